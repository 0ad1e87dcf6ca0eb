package org.complaintrules.drools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.complaintrules.api.Advice;
import org.complaintrules.api.CaseError;
import org.complaintrules.api.CaseResult;
import org.complaintrules.api.Category;
import org.complaintrules.api.ComplaintCase;
import org.complaintrules.api.Customer;
import org.complaintrules.api.ErrorCode;
import org.complaintrules.api.RuleCompilationException;
import org.complaintrules.api.RuleProblem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A rule file is untrusted input. One fixture per attack: the sandbox refuses it when the policy is
 * built, naming the file, the line and what was refused; or, where the run-time layer answers, only
 * the case that triggers it fails and nothing escapes.
 */
class HostilePolicyTest {
    private static final String HEAD = """
            package hostile;
            import org.complaintrules.api.*;
            import org.complaintrules.drools.model.*;
            """;
    private static Path mini;

    @TempDir
    static Path scratch;

    @BeforeAll
    static void fixtures() throws URISyntaxException {
        mini = Path.of(HostilePolicyTest.class.getResource("/fixtures/mini").toURI());
    }

    /** A rule whose consequence is {@code body}, on line 8 of the file (HEAD is 3 lines). */
    private static String consequence(String body) {
        return HEAD + """
                rule "Hostile"
                    @id(HOSTILE-1)
                when
                    $p : PolicySettings()
                then
                    %s
                end
                """.formatted(body);
    }

    static Stream<Arguments> refusedAtBuild() {
        Path target = scratch.resolve("written.txt");
        return Stream.of(
                Arguments.of("System.exit", consequence("System.exit(42);"), 9, "java.lang.System"),
                Arguments.of(
                        "Runtime.exec",
                        consequence("Runtime.getRuntime().exec(\"touch /tmp/hostile\");"),
                        9,
                        "java.lang.Runtime"),
                Arguments.of(
                        "Files write",
                        consequence(
                                "java.nio.file.Files.writeString(java.nio.file.Path.of(\"" + target + "\"), \"x\");"),
                        9,
                        "java.nio.file.Files"),
                Arguments.of(
                        "socket",
                        consequence("new java.net.Socket(\"127.0.0.1\", 9).getOutputStream().write(1);"),
                        9,
                        "java.net.Socket"),
                Arguments.of(
                        "reflection on PolicySettings",
                        consequence("java.lang.reflect.Field f = PolicySettings.class.getDeclaredField(\"values\");"
                                + " f.setAccessible(true);"),
                        9,
                        "java.lang.reflect.Field"),
                Arguments.of("getClass", consequence("Object o = $p.getClass().getClassLoader();"), 9, "getClass"),
                Arguments.of(
                        "Class.forName through a string concatenation",
                        consequence("Object c = Class.forName(\"java.lang.\" + \"System\");"),
                        9,
                        "forName"),
                Arguments.of("endless loop in a consequence", consequence("while (true) { }"), 9, "loops"),
                Arguments.of("loop disguised as for", consequence("for (int i = 0; i >= 0; i++) { }"), 9, "loops"),
                Arguments.of("endless loop in a function used by eval", HEAD + """
                                function boolean spin() {
                                    while (true) { }
                                }
                                rule "Spins"
                                    @id(HOSTILE-2)
                                when
                                    eval( spin() )
                                then
                                end
                                """, 5, "loops"),
                Arguments.of("deep recursion", HEAD + """
                                function int deep(int n) {
                                    return deep(n + 1);
                                }
                                rule "Recurses"
                                    @id(HOSTILE-3)
                                when
                                    eval( deep(0) > 0 )
                                then
                                end
                                """, 4, "recursion"),
                Arguments.of("recursion through two functions", HEAD + """
                                function int ping(int n) { return pong(n); }
                                function int pong(int n) { return ping(n); }
                                rule "Bounces"
                                    @id(HOSTILE-4)
                                when
                                    eval( ping(0) > 0 )
                                then
                                end
                                """, 4, "recursion"),
                Arguments.of("new Thread", consequence("new Thread().start();"), 9, "java.lang.Thread"),
                Arguments.of("Files in a from", HEAD + """
                                rule "Deletes through from"
                                    @id(HOSTILE-FROM-1)
                                when
                                    $d : AdviceDraft()
                                    $b : Boolean() from java.nio.file.Files.deleteIfExists(java.nio.file.Path.of("%s"))
                                then
                                end
                                """.formatted(target), 8, "java.nio.file.Files"),
                Arguments.of("System in a from", HEAD + """
                                rule "Reads the environment through from"
                                    @id(HOSTILE-FROM-2)
                                when
                                    $s : String() from java.lang.System.getenv("HOME")
                                then
                                end
                                """, 7, "java.lang.System"),
                Arguments.of("System by its simple name in a from", HEAD + """
                                rule "Reads a property through from"
                                    @id(HOSTILE-FROM-3)
                                when
                                    $s : String() from System.getProperty("user.home")
                                then
                                end
                                """, 7, "java.lang.System"),
                Arguments.of("MVEL dialect", HEAD + """
                                rule "Mvel"
                                    @id(HOSTILE-5)
                                    dialect "mvel"
                                when
                                    Complaint()
                                then
                                end
                                """, 6, "dialect \"mvel\""),
                Arguments.of(
                        "java.lang.invoke",
                        consequence("Object l = java.lang.invoke.MethodHandles.lookup();"),
                        9,
                        "java.lang.invoke.MethodHandles"),
                Arguments.of(
                        "a lambda that loops",
                        consequence("java.util.List.of(1, 2).forEach(x -> { while (true) { } });"),
                        9,
                        "lambdas"),
                Arguments.of(
                        "a stream",
                        consequence("long n = java.util.stream.LongStream.range(0, Long.MAX_VALUE).sum();"),
                        9,
                        "java.util.stream.LongStream"),
                Arguments.of(
                        "String.repeat of a huge count",
                        consequence("String s = \"x\".repeat(2000000000);"),
                        9,
                        "repeat"),
                Arguments.of("a regular expression on the complaint text", HEAD + """
                                rule "Backtracks"
                                    @id(HOSTILE-6)
                                when
                                    Complaint( text matches "(a+)+b" )
                                then
                                end
                                """, 7, "matches"),
                Arguments.of("an MVEL built-in class name", HEAD + """
                                rule "Arrays"
                                    @id(HOSTILE-7)
                                when
                                    eval( Array.newInstance(Object, 1) != null )
                                then
                                end
                                """, 7, "Array"),
                Arguments.of("the engine itself", consequence("drools.getKieRuntime().halt();"), 9, "drools"),
                Arguments.of(
                        "a unicode escape hiding code in a comment",
                        consequence("// \\u000a System.exit(1);"),
                        9,
                        "unicode escapes"),
                Arguments.of(
                        "an import of java.io",
                        HEAD + "import java.io.File;\nrule \"Files\" @id(HOSTILE-8) when Complaint() then end\n",
                        4,
                        "import java.io.File"),
                Arguments.of(
                        "a global of a thread pool",
                        HEAD + "global java.util.concurrent.ExecutorService pool;\n"
                                + "rule \"Pool\" @id(HOSTILE-9) when Complaint() then end\n",
                        4,
                        "java.util.concurrent.ExecutorService"),
                Arguments.of("try/catch", consequence("try { int x = 1; } catch (RuntimeException e) { }"), 9, "try"),
                Arguments.of(
                        "an anonymous class",
                        consequence("Object o = new Object() { public String toString() { return \"\"; } };"),
                        9,
                        "anonymous"),
                Arguments.of(
                        "reading settings past the key checks",
                        consequence("Object v = $p.values().get(\"cap.default\");"),
                        9,
                        "values"),
                Arguments.of(
                        "the wall clock in a consequence",
                        consequence("java.time.Instant t = java.time.Instant.now();"),
                        9,
                        "now(...) is not allowed: a rule must give the same answer"),
                Arguments.of("the wall clock in a condition", HEAD + """
                                rule "Today"
                                    @id(HOSTILE-10)
                                when
                                    Complaint( receivedAt.isBefore( java.time.Instant.now().minusSeconds(60) ) )
                                then
                                end
                                """, 7, "now"),
                Arguments.of(
                        "today's date",
                        consequence("java.time.LocalDate d = java.time.LocalDate.now(java.time.ZoneOffset.UTC);"),
                        9,
                        "now"),
                Arguments.of(
                        "the system clock",
                        consequence("java.time.Clock c = java.time.Clock.systemUTC();"),
                        9,
                        "systemUTC"),
                Arguments.of(
                        "the host's time zone",
                        consequence("java.time.ZoneId z = java.time.ZoneId.systemDefault();"),
                        9,
                        "systemDefault"),
                Arguments.of(
                        "the host's locale",
                        consequence("java.util.Locale l = java.util.Locale.getDefault();"),
                        9,
                        "getDefault"),
                Arguments.of("a random number", consequence("double r = Math.random();"), 9, "random"),
                // a Class reached from an allowed enum, in a condition the MVEL interpreter runs (no class is
                // generated for it, so only the first layer sees it), by a call or by a property read
                Arguments.of("a Class from an enum, in a from", HEAD + """
                                rule "Reach"
                                    @id(REACH-1)
                                when
                                    $u : Object() from java.time.DayOfWeek.MONDAY.getDeclaringClass().getResource("x")
                                then
                                end
                                """, 7, "getDeclaringClass"),
                Arguments.of("a Class from an enum, as a property", HEAD + """
                                rule "Reach"
                                    @id(REACH-2)
                                when
                                    $m : Object() from java.time.DayOfWeek.MONDAY.declaringClass.module
                                then
                                end
                                """, 7, "declaringClass"),
                Arguments.of(
                        "the JVM's default locale changed",
                        consequence("java.util.Locale.setDefault(java.util.Locale.ROOT);"),
                        9,
                        "setDefault"),
                Arguments.of(
                        "a clock that ticks with the wall clock",
                        consequence(
                                "java.time.Instant t = java.time.Clock.tickMillis(java.time.ZoneOffset.UTC).instant();"),
                        9,
                        "tickMillis"),
                Arguments.of(
                        "a list of two billion elements",
                        consequence("int n = java.util.Collections.nCopies(2000000000, \"x\").size();"),
                        9,
                        "nCopies"),
                Arguments.of(
                        "a number of three million bits",
                        consequence("String s = java.math.BigInteger.ONE.shiftLeft(3000000).toString();"),
                        9,
                        "shiftLeft"),
                Arguments.of(
                        "functions that double the work, without loops or recursion",
                        HEAD + """
                                function int f0() { return 1; }
                                function int f1() { return f0() + f0(); }
                                function int f2() { return f1() + f1(); }
                                function int f3() { return f2() + f2(); }
                                function int f4() { return f3() + f3(); }
                                function int f5() { return f4() + f4(); }
                                function int f6() { return f5() + f5(); }
                                function int f7() { return f6() + f6(); }
                                function int f8() { return f7() + f7(); }
                                function int f9() { return f8() + f8(); }
                                function int f10() { return f9() + f9(); }
                                function int f11() { return f10() + f10(); }
                                function int f12() { return f11() + f11(); }
                                function int f13() { return f12() + f12(); }
                                function int f14() { return f13() + f13(); }
                                function int f15() { return f14() + f14(); }
                                """,
                        19,
                        "leads to 65535 calls"),
                // metadata and annotations: Drools runs a value that is not a literal as MVEL while it builds
                // the rules, before the compiled code is checked
                Arguments.of("code in a rule's metadata", HEAD + """
                                rule "Meta"
                                    @id(META-1)
                                    @note(new java.io.FileOutputStream("%s").close())
                                when
                                    $p : PolicySettings()
                                then
                                end
                                """.formatted(target), 4, "@note"),
                Arguments.of("MVEL called from metadata", HEAD + """
                                rule "Meta"
                                    @id(org.mvel2.MVEL.eval("1"))
                                when
                                    $p : PolicySettings()
                                then
                                end
                                """, 4, "@id"),
                Arguments.of("code in a declared type's annotation", HEAD + """
                                declare Note
                                    @role(java.lang.System.getProperty("user.home"))
                                    text : String
                                end
                                """, 4, "@role"),
                Arguments.of("code in a declared field's annotation", HEAD + """
                                declare Note
                                    text : String @key(java.lang.Runtime.getRuntime().availableProcessors())
                                end
                                """, 5, "@key"),
                Arguments.of("code in a pattern's annotation", HEAD + """
                                rule "Watch"
                                    @id(WATCH-1)
                                when
                                    $p : PolicySettings() @watch(java.lang.System.exit(1))
                                then
                                end
                                """, 7, "@watch"),
                Arguments.of(
                        "a static call into the engine",
                        consequence("org.drools.core.impl.RuleBaseFactory.newRuleBase();"),
                        9,
                        "org.drools.core.impl.RuleBaseFactory"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void refusedAtBuild(String attack, String drl, int line, String named) {
        assertThatThrownBy(() -> DroolsComplaintAdvisor.builder()
                        .drl("policy.properties", TestCases.MINIMAL_PROPERTIES)
                        .drl("attack.drl", drl)
                        .build())
                .as(attack)
                .isInstanceOfSatisfying(
                        RuleCompilationException.class,
                        e -> assertThat(e.problems()).as(e.getMessage()).anySatisfy(p -> {
                            assertThat(p.file()).isEqualTo("attack.drl");
                            assertThat(p.line()).isEqualTo(line);
                            assertThat(p.message()).startsWith("sandbox").contains(named);
                        }));
        assertThat(scratch.resolve("written.txt")).doesNotExist();
    }

    @Test
    void metadataWrittenAsLiteralsIsAccepted() {
        // what policy owners write: an id word, quoted text over lines with simple escapes, numbers, booleans,
        // a pattern's watch list
        String drl = HEAD + """
                rule "Literal metadata"
                    @id(LIT-1)
                    @description("A description
                        over two lines, with \\"quotes\\" and a tab\\t")
                    @weight(3) @ratio(-0.5) @draft(false) @owner('complaints team')
                when
                    $p : PolicySettings() @watch(*)
                then
                end
                """;
        assertThatCode(() -> DroolsComplaintAdvisor.builder()
                        .drl("policy.properties", TestCases.MINIMAL_PROPERTIES)
                        .drl("literal.drl", drl)
                        .build())
                .doesNotThrowAnyException();
    }

    @Test
    void bothLayersAreIndependentTheCompiledCodeIsCheckedToo() {
        // the second layer reads the bytecode: a function class calling itself is refused there as well
        assertThatThrownBy(() -> DroolsComplaintAdvisor.builder()
                        .drl("policy.properties", TestCases.MINIMAL_PROPERTIES)
                        .drl("attack.drl", HEAD + "function int deep(int n) { return deep(n + 1); }\n")
                        .build())
                .isInstanceOfSatisfying(
                        RuleCompilationException.class,
                        e -> assertThat(e.problems())
                                .extracting(RuleProblem::message)
                                .anyMatch(m -> m.contains("recursion")));
    }

    private static List<ComplaintCase> fourCasesTheThirdHostile() {
        List<ComplaintCase> cases = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            cases.add(ComplaintCase.of(
                    TestCases.complaint("C-" + i)
                            .category(i == 3 ? Category.OTHER : Category.BILLING)
                            .text(i == 3 ? "hostile" : "calm")
                            .build(),
                    Customer.of("K-" + i)));
        }
        return cases;
    }

    private static String throwsFor(String body) {
        return HEAD + """
                rule "Throws for the hostile case"
                    @id(HOSTILE-RUN)
                when
                    $p : PolicySettings()
                    $d : AdviceDraft()
                    Complaint( text == "hostile" )
                then
                    %s
                end
                """.formatted(body);
    }

    private static void onlyTheThirdCaseFails(DroolsComplaintAdvisor advisor, String message) {
        List<CaseResult> results = advisor.adviseAll(fourCasesTheThirdHostile());
        assertThat(results).hasSize(4);
        assertThat(results.get(0)).isInstanceOf(Advice.class);
        assertThat(results.get(1)).isInstanceOf(Advice.class);
        assertThat(results.get(3)).isInstanceOf(Advice.class);
        assertThat(results.get(2)).isInstanceOfSatisfying(CaseError.class, e -> {
            assertThat(e.caseId()).isEqualTo("C-3");
            assertThat(e.code()).isEqualTo(ErrorCode.RULES_FAILED);
            assertThat(e.message()).contains(message);
        });
    }

    @Test
    void throwNewErrorFailsOnlyItsCase() {
        DroolsComplaintAdvisor advisor = DroolsComplaintAdvisor.builder()
                .rulesDirectory(mini)
                .drl("attack.drl", throwsFor("throw new Error(\"hostile\");"))
                .build();
        onlyTheThirdCaseFails(advisor, "HOSTILE-RUN");
    }

    @Test
    void deepRecursionWithoutTheSandboxFailsOnlyItsCase() {
        DroolsComplaintAdvisor advisor = DroolsComplaintAdvisor.builder()
                .rulesDirectory(mini)
                .unrestrictedRules()
                .drl("attack.drl", throwsFor("deep(0);") + "function int deep(int n) { return deep(n + 1) + 1; }\n")
                .build();
        onlyTheThirdCaseFails(advisor, "StackOverflowError");
    }

    @Test
    void aForeignCurrencyInTheApprovalLadderFailsOnlyItsCaseNamingTheRule() {
        DroolsComplaintAdvisor advisor = DroolsComplaintAdvisor.builder()
                .rulesDirectory(mini)
                .drl("attack.drl", throwsFor("$d.authority( ApprovalRole.MANAGER, Money.of(\"10\", \"USD\") );"))
                .build();
        onlyTheThirdCaseFails(advisor, "rule HOSTILE-RUN failed");
        assertThat(advisor.tryAdvise(fourCasesTheThirdHostile().get(2)))
                .isInstanceOfSatisfying(
                        CaseError.class, e -> assertThat(e.message()).contains("authority of MANAGER", "USD", "EUR"));
    }

    @Test
    void aForeignCurrencyCapFailsOnlyItsCaseNamingTheRule() {
        DroolsComplaintAdvisor advisor = DroolsComplaintAdvisor.builder()
                .rulesDirectory(mini)
                .drl(
                        "attack.drl",
                        throwsFor("insert( new CompensationCap( Money.of(\"10\", \"USD\"), \"DOLLARS\" ) );"))
                .build();
        onlyTheThirdCaseFails(advisor, "compensation cap DOLLARS set by rule HOSTILE-RUN");
    }

    @Test
    void rulesCannotInsertTheEnginesFinalCompensation() {
        DroolsComplaintAdvisor advisor = DroolsComplaintAdvisor.builder()
                .rulesDirectory(mini)
                .drl(
                        "attack.drl",
                        throwsFor("insert( new FinalCompensation( Money.zero($p.currency()), ApprovalRole.AGENT ) );"))
                .build();
        onlyTheThirdCaseFails(advisor, "may not insert one");
    }

    static Stream<Arguments> endlessLoops() {
        return Stream.of(
                Arguments.of("in a consequence", throwsFor("while (true) { }"), "rule HOSTILE-RUN"),
                Arguments.of("in eval", HEAD + """
                                rule "Spins in eval"
                                    @id(HOSTILE-EVAL)
                                when
                                    Complaint( text == "hostile" )
                                    eval( spin() )
                                then
                                end
                                function boolean spin() { while (true) { } }
                                """, "rule HOSTILE-EVAL, in function spin"),
                Arguments.of("in a function used by a constraint", HEAD + """
                                rule "Spins in a constraint"
                                    @id(HOSTILE-CONSTRAINT)
                                when
                                    Complaint( text == "hostile", spin( text ) )
                                then
                                end
                                function boolean spin(String s) { long i = 0; while (s != null) { i++; } return false; }
                                """, "function spin"));
    }

    @ParameterizedTest(name = "endless loop {0}, sandbox off: the case fails in the budget, the next 100 are advised")
    @MethodSource
    void endlessLoops(String where, String drl, String running) {
        Duration budget = Duration.ofMillis(300);
        DroolsComplaintAdvisor advisor = DroolsComplaintAdvisor.builder()
                .rulesDirectory(mini)
                .unrestrictedRules()
                .timeBudget(budget)
                .drl("attack.drl", drl)
                .build();
        ComplaintCase hostile = fourCasesTheThirdHostile().get(2);

        long start = System.nanoTime();
        CaseResult r = advisor.tryAdvise(hostile);
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(r).isInstanceOfSatisfying(CaseError.class, e -> {
            assertThat(e.code()).isEqualTo(ErrorCode.RULES_FAILED);
            assertThat(e.message()).contains("time budget of 300 ms", running + " was running");
        });
        assertThat(took).isLessThan(budget.plusSeconds(2));
        afterTheHostileCase();
        assertThat(advisor.adviseAll(TestCases.random(11, 100)))
                .allSatisfy(a -> assertThat(a).isInstanceOf(Advice.class));
    }

    @Test
    void theBudgetSpentInOneSlowAllowedCallNamesThatRuleNotTheNextOne() {
        // one allowed call that takes far longer than the budget, in the first rule to fire; the budget is
        // checked before the next firing, and the time went on the rule that fired last
        DroolsComplaintAdvisor advisor = DroolsComplaintAdvisor.builder()
                .rulesDirectory(mini)
                .timeBudget(Duration.ofMillis(100))
                .drl("attack.drl", HEAD + "import java.math.BigDecimal;\nimport java.math.MathContext;\n" + """
                        rule "A slow rule"
                            @id(SB-SLOW)
                            salience 10000
                        when
                            Complaint( text == "hostile" )
                        then
                            BigDecimal.valueOf(2).sqrt(new MathContext(20000)).toString();
                        end
                        """)
                .build();
        // a first, ordinary case: the classes and the session are warm before the budget is measured
        assertThat(advisor.tryAdvise(fourCasesTheThirdHostile().get(0))).isInstanceOf(Advice.class);

        assertThat(advisor.tryAdvise(fourCasesTheThirdHostile().get(2)))
                .isInstanceOfSatisfying(
                        CaseError.class,
                        e -> assertThat(e.message())
                                .contains("time budget of 100 ms", "rule SB-SLOW was running")
                                // the answer comes after the firing: the message says how long the rules ran
                                .containsPattern("\\(they ran for \\d+ ms\\)"));
    }

    @Test
    void aRuleThatKeepsFiringRunsIntoTheBudgetWithTheSandboxOn() {
        DroolsComplaintAdvisor advisor = DroolsComplaintAdvisor.builder()
                .rulesDirectory(mini)
                .firingLimit(1_000_000)
                .timeBudget(Duration.ofMillis(200))
                .drl("attack.drl", HEAD + """
                        declare Tick
                            n : long
                        end
                        rule "Start ticking" @id(TICK-1) when Complaint( text == "hostile" ) then insert( new Tick( 0 ) ); end
                        rule "Tick again" @id(TICK-2) when Tick( $n : n ) then insert( new Tick( $n + 1 ) ); end
                        """)
                .build();

        assertThat(advisor.tryAdvise(fourCasesTheThirdHostile().get(2)))
                .isInstanceOfSatisfying(
                        CaseError.class, e -> assertThat(e.message()).contains("time budget of 200 ms", "TICK-"));
        afterTheHostileCase();
        assertThat(advisor.adviseAll(TestCases.random(12, 100)))
                .allSatisfy(a -> assertThat(a).isInstanceOf(Advice.class));
    }

    /**
     * Collects what the hostile case left (up to a million facts), so that a collector's pause on a
     * loaded machine is not charged to the time budget of the next, ordinary case: the property is
     * that the advisor goes on advising, not how fast the collector is.
     */
    private static void afterTheHostileCase() {
        System.gc();
    }

    @Test
    void nothingIsWrittenWhenTheBuildIsRefused() throws Exception {
        Path target = scratch.resolve("never.txt");
        assertThatThrownBy(() -> DroolsComplaintAdvisor.builder()
                        .rulesDirectory(mini)
                        .drl(
                                "attack.drl",
                                throwsFor("java.nio.file.Files.writeString(java.nio.file.Path.of(\"" + target
                                        + "\"), \"x\");"))
                        .build())
                .isInstanceOf(RuleCompilationException.class);
        assertThat(Files.exists(target)).isFalse();
    }
}
