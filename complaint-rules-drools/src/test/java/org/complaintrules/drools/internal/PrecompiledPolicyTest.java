package org.complaintrules.drools.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.complaintrules.api.RuleCompilationException;
import org.complaintrules.drools.FreshJvm;
import org.complaintrules.drools.TestCases;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A policy precompiled to Drools' executable model loads from its classes with what the compiler
 * learnt of its files, passes both sandbox layers when it is made, and is used only for exactly the
 * rule files it was made from, by the Drools version that made it.
 */
class PrecompiledPolicyTest {
    static List<PolicyFile> policy(String pkg, String consequence) {
        return List.of(
                new PolicyFile(PolicyLoader.PROPERTIES, TestCases.MINIMAL_PROPERTIES + "escalation.manyContacts=3\n"),
                new PolicyFile("rules.drl", """
                        package %s;
                        import org.complaintrules.api.*;
                        import org.complaintrules.drools.model.*;

                        function boolean many(int contacts, int limit) {
                            return contacts >= limit;
                        }

                        rule "Many contacts escalate"
                            @id(C-1)
                            @description("d")
                        when
                            $p : PolicySettings()
                            Conversation( many(contacts, $p.whole("escalation.manyContacts")) )
                            $d : AdviceDraft()
                        then
                            %s
                        end
                        """.formatted(pkg, consequence)));
    }

    static final String ESCALATE = "$d.escalate( EscalationLevel.SUPERVISOR, \"MANY_CONTACTS\" );";

    private static String key(List<PolicyFile> files) {
        return RuleBaseCache.key(PolicyCompiler.drlSources(files), true);
    }

    @Test
    void aPrecompiledPolicyLoadsWithWhatTheCompilerLearntOfItsFiles(@TempDir Path out) throws IOException {
        List<PolicyFile> files = policy("pre.load", ESCALATE);
        PolicyPrecompiler.Result made = PolicyPrecompiler.precompile(files, out);
        assertThat(made.rules()).isEqualTo(1);
        assertThat(made.index()).exists();

        try (URLClassLoader loader = loader(out)) {
            RuleBaseCache.Entry model = PrecompiledPolicy.load(key(files), loader);
            assertThat(model).isNotNull();
            // the consequence is a generated lambda class, not compiled DRL
            RuleImpl rule = (RuleImpl) model.kieBase().getRule("pre.load", "Many contacts escalate");
            assertThat(rule.getConsequence().getClass().getName()).contains(".Lambda");
            CompiledPolicy compiled = PolicyCompiler.compile(
                    files, Map.of(), null, PolicyCompiler.Options.defaults().withPrecompiled(false));
            assertThat(model.rules()).isEqualTo(compiled.rules());
            assertThat(model.reads()).extracting(DrlAnalyzer.KeyRead::key).containsExactly("escalation.manyContacts");
            assertThat(model.globals())
                    .isEqualTo(Map.of("$p", SingletonFacts.Kind.SETTINGS, "$d", SingletonFacts.Kind.DRAFT));
        }
    }

    @Test
    void otherRuleFilesAnotherDroolsVersionOrABrokenIndexAreNotUsed(@TempDir Path out) throws IOException {
        List<PolicyFile> files = policy("pre.other", ESCALATE);
        PolicyPrecompiler.Result made = PolicyPrecompiler.precompile(files, out);
        String index = Files.readString(made.index(), StandardCharsets.UTF_8);
        try (URLClassLoader loader = loader(out)) {
            // one character more in a rule file: another key, no model
            List<PolicyFile> changed = policy("pre.other", ESCALATE + " ");
            assertThat(PrecompiledPolicy.load(key(changed), loader)).isNull();
            assertThat(PrecompiledPolicy.load(key(files), loader)).isNotNull();

            Files.writeString(made.index(), index.replaceFirst("drools=[^\\n]*", "drools=9.44.0"));
            assertThat(PrecompiledPolicy.load(key(files), loader)).isNull();

            Files.writeString(made.index(), index.replaceFirst("models=[^\\n]*", "models=pre.other.Missing"));
            assertThat(PrecompiledPolicy.load(key(files), loader)).isNull();

            Files.writeString(
                    made.index(), index.replaceFirst("rule\\.00000=[^\\n]*", "rule.00000=rules.drl\\\\tGone"));
            assertThat(PrecompiledPolicy.load(key(files), loader)).isNull();
        }
    }

    @Test
    void theSecondLayerRefusesWhatTheGeneratedClassesDoEvenWithoutTheFirst(@TempDir Path out) {
        List<PolicyFile> exits = policy("pre.exit", "System.exit(3);");
        // the first layer refuses the rule file itself
        assertThatThrownBy(() -> PolicyPrecompiler.precompile(exits, out.resolve("one")))
                .isInstanceOf(RuleCompilationException.class)
                .hasMessageContaining("rules.drl")
                .hasMessageContaining("System");
        // without it, the bytecode check of the generated lambda class refuses it
        assertThatThrownBy(() -> PolicyPrecompiler.precompile(exits, out.resolve("two"), false))
                .isInstanceOf(RuleCompilationException.class)
                .hasMessageContaining("sandbox (compiled code)")
                .hasMessageContaining("java.lang.System")
                .hasMessageContaining("Lambda");
        assertThat(out.resolve("two")).doesNotExist();
    }

    @Test
    void aFunctionCallingItselfIsRefusedInTheModel(@TempDir Path out) {
        List<PolicyFile> files = List.of(
                new PolicyFile(PolicyLoader.PROPERTIES, TestCases.MINIMAL_PROPERTIES),
                new PolicyFile("rules.drl", """
                        package pre.recursion;
                        import org.complaintrules.api.*;
                        import org.complaintrules.drools.model.*;

                        function int down(int n) {
                            return n <= 0 ? 0 : down(n - 1);
                        }

                        rule "Counts down"
                            @id(R-1)
                            @description("d")
                        when
                            Conversation( down(contacts) == 0 )
                        then
                        end
                        """));
        assertThatThrownBy(() -> PolicyPrecompiler.precompile(files, out, false))
                .isInstanceOf(RuleCompilationException.class)
                .hasMessageContaining("a function calling itself (recursion) is not allowed");
    }

    static List<PolicyFile> withConditions(String pkg, String complaint, String signal) {
        return List.of(
                new PolicyFile(PolicyLoader.PROPERTIES, TestCases.MINIMAL_PROPERTIES),
                new PolicyFile("rules.drl", """
                        package %s;
                        import org.complaintrules.api.*;
                        import org.complaintrules.drools.model.*;

                        rule "Conditions with operators"
                            @id(O-1)
                            @description("d")
                        when
                            Complaint( $signals : signals, %s )
                            Signal( %s )
                            $d : AdviceDraft()
                        then
                            %s
                        end
                        """.formatted(pkg, complaint, signal, ESCALATE)));
    }

    @Test
    void collectionAndStringOperatorsPassTheModelsCheckAndMatchesDoesNot(@TempDir Path out) throws IOException {
        // contains, not contains, in and str[...] in the complaint's pattern, memberOf in the signal's: the
        // model evaluates them through D.eval with the operator's singleton
        List<PolicyFile> files = withConditions(
                "pre.operators",
                "signals contains SignalType.SHOUTING, signals not contains SignalType.SAFETY_RISK,"
                        + " channel in (Channel.EMAIL, Channel.CHAT), text str[startsWith] \"I\","
                        + " text str[endsWith] \".\", text str[length] 20",
                "type memberOf $signals");
        PolicyPrecompiler.Result made = PolicyPrecompiler.precompile(files, out.resolve("operators"));
        assertThat(made.rules()).isEqualTo(1);
        try (URLClassLoader loader = loader(out.resolve("operators"))) {
            assertThat(PrecompiledPolicy.load(key(files), loader)).isNotNull();
        }
        // a regular expression on complaint text could run for a very long time: its operator stays out
        List<PolicyFile> regex = withConditions("pre.regex", "text matches \"(a+)+b\"", "type != null");
        assertThatThrownBy(() -> PolicyPrecompiler.precompile(regex, out.resolve("regex"), false))
                .isInstanceOf(RuleCompilationException.class)
                .hasMessageContaining("sandbox (compiled code)")
                .hasMessageContaining("org.drools.model.operators.MatchesOperator is not allowed");
    }

    /** As builds run it: one policy per JVM (the generator remembers lambdas it made earlier in a JVM). */
    @Test
    void theSameFilesMakeTheSameBytesOnEveryBuild(@TempDir Path out) throws Exception {
        List<PolicyFile> files = policy("pre.same", ESCALATE);
        Path folder = out.resolve("policy");
        Files.createDirectories(folder);
        for (PolicyFile f : files) {
            Files.writeString(folder.resolve(f.name()), f.content(), StandardCharsets.UTF_8);
        }
        for (String run : List.of("a", "b")) {
            String said = FreshJvm.run(
                    PolicyPrecompiler.class, folder.toString(), out.resolve(run).toString());
            assertThat(said).contains("Precompiled 1 rules");
        }
        assertThat(contents(out.resolve("b"))).isEqualTo(contents(out.resolve("a")));
    }

    private static Map<String, String> contents(Path dir) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.filter(Files::isRegularFile).toList()) {
                files.put(dir.relativize(p).toString(), java.util.HexFormat.of().formatHex(Files.readAllBytes(p)));
            }
        }
        assertThat(files).isNotEmpty();
        return files;
    }

    private static URLClassLoader loader(Path dir) throws IOException {
        return new URLClassLoader(new URL[] {dir.toUri().toURL()}, PrecompiledPolicyTest.class.getClassLoader());
    }
}
