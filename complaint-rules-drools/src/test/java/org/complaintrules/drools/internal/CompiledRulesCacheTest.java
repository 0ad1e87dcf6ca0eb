package org.complaintrules.drools.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.complaintrules.api.Advice;
import org.complaintrules.api.EscalationLevel;
import org.complaintrules.api.RuleCompilationException;
import org.complaintrules.api.RuleProblem;
import org.complaintrules.drools.DroolsComplaintAdvisor;
import org.complaintrules.drools.FreshJvm;
import org.complaintrules.drools.TestCases;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Rules compiled from rule files are kept between runs: the next JVM that builds an advisor from the
 * same files loads them from the cache, with both sandbox layers run again; anything else (other
 * files, a class the sandbox refuses, a folder others may write to) is compiled as without a cache.
 */
class CompiledRulesCacheTest {
    /** The policy of {@link PrecompiledPolicyTest}: one rule that escalates on many contacts, and a function. */
    private static List<PolicyFile> files(String extra) {
        return PrecompiledPolicyTest.policy("cache.test", PrecompiledPolicyTest.ESCALATE + extra);
    }

    private static String key(List<PolicyFile> files) {
        return RuleBaseCache.key(PolicyCompiler.drlSources(files), true);
    }

    /** Compiles the files the usual way and writes them to the cache, as a run with a writable cache does. */
    private static void store(Path cache, List<PolicyFile> files) {
        DrlAnalyzer.Result analysis = analysis(files);
        List<RuleProblem> problems = new java.util.ArrayList<>();
        RuleBaseCache.Entry usual = PolicyCompiler.build(
                PolicyCompiler.drlSources(files), analysis, PolicyCompiler.Options.defaults(), problems);
        assertThat(problems).isEmpty();
        CompiledRulesCache.store(cache, key(files), files, analysis, usual);
    }

    /** The first class file of the cache whose name matches {@code name}. */
    private static Path cachedClass(Path cache, String name) throws IOException {
        try (Stream<Path> all = Files.walk(cache)) {
            return all.filter(p -> p.getFileName().toString().matches(name))
                    .findFirst()
                    .orElseThrow();
        }
    }

    private static DrlAnalyzer.Result analysis(List<PolicyFile> files) {
        return DrlAnalyzer.analyse(
                PolicyCompiler.drlSources(files), true, CompiledRulesCacheTest.class.getClassLoader());
    }

    /** Builds an advisor from a rules folder with a cache, in a JVM of its own; prints the advice's escalation. */
    public static void main(String[] args) {
        DroolsComplaintAdvisor advisor = DroolsComplaintAdvisor.builder()
                .rulesDirectory(Path.of(args[0]))
                .compiledRulesCache(Path.of(args[1]), Boolean.parseBoolean(args[2]))
                .build();
        Advice a = advisor.advise(TestCases.withContacts("C-CACHE", 4));
        System.out.println("escalation " + a.escalation().level() + " fired " + a.firedRules());
    }

    @Test
    void theNextRunLoadsTheRulesOneRunCompiledAndChangedFilesAreCompiled(@TempDir Path tmp) throws Exception {
        Path rules = tmp.resolve("rules");
        Files.createDirectories(rules);
        for (PolicyFile f : files("")) {
            Files.writeString(rules.resolve(f.name()), f.content(), StandardCharsets.UTF_8);
        }
        Path cache = tmp.resolve("cache");

        String first = FreshJvm.run(CompiledRulesCacheTest.class, rules.toString(), cache.toString(), "true");
        assertThat(first).contains("compiled policy").contains("Compiled rules cached");
        assertThat(entries(cache)).hasSize(1);
        if (cache.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(cache)))
                    .isEqualTo("rwx------");
        }

        String second = FreshJvm.run(CompiledRulesCacheTest.class, rules.toString(), cache.toString(), "false");
        assertThat(second).contains("loaded (rules compiled by an earlier run)").doesNotContain("compiled policy");
        assertThat(answer(second))
                .isEqualTo(answer(first))
                .contains("escalation SUPERVISOR")
                .contains("C-1");

        // one character more: other rule files, compiled; read-only runs write nothing
        Files.writeString(rules.resolve("rules.drl"), files("\n").get(1).content(), StandardCharsets.UTF_8);
        String third = FreshJvm.run(CompiledRulesCacheTest.class, rules.toString(), cache.toString(), "false");
        assertThat(third).contains("compiled policy").doesNotContain("earlier run");
        assertThat(answer(third)).isEqualTo(answer(first));
        assertThat(entries(cache)).hasSize(1);
    }

    @Test
    void theEntryHoldsTheModelOfExactlyTheseRules(@TempDir Path cache) {
        List<PolicyFile> files = files("");
        store(cache, files);

        RuleBaseCache.Entry loaded = CompiledRulesCache.load(cache, key(files), PolicyCompiler.drlSources(files));

        assertThat(loaded).isNotNull();
        RuleImpl rule = (RuleImpl) loaded.kieBase().getRule("cache.test", "Many contacts escalate");
        assertThat(rule.getConsequence().getClass().getName()).contains(".Lambda");
        CompiledPolicy compiled = PolicyCompiler.compile(
                files, Map.of(), null, PolicyCompiler.Options.defaults().withPrecompiled(false));
        assertThat(loaded.rules()).isEqualTo(compiled.rules());
        // other rule files have no entry
        List<PolicyFile> other = files(" ");
        assertThat(CompiledRulesCache.load(cache, key(other), PolicyCompiler.drlSources(other)))
                .isNull();
    }

    @Test
    void codeTheCompiledCodesCheckRefusesWhileCachingRefusesThePolicy(@TempDir Path cache) {
        // rule code the first layer did not see (here: checked without the sandbox), compiled as usual; writing
        // its executable model runs the compiled code's check, which refuses it: the policy is refused, not
        // used as the usual compiler made it, and nothing is cached
        List<PolicyFile> files = files("java.lang.System.getProperty(\"user.home\");");
        DrlAnalyzer.Result unchecked = DrlAnalyzer.analyse(
                PolicyCompiler.drlSources(files), false, CompiledRulesCacheTest.class.getClassLoader());
        List<RuleProblem> problems = new java.util.ArrayList<>();
        RuleBaseCache.Entry usual = PolicyCompiler.build(
                PolicyCompiler.drlSources(files),
                unchecked,
                new PolicyCompiler.Options(false, false, List.of()),
                problems);
        assertThat(problems).isEmpty();

        assertThatThrownBy(() -> CompiledRulesCache.store(cache, key(files), files, unchecked, usual))
                .isInstanceOfSatisfying(
                        RuleCompilationException.class,
                        e -> assertThat(e.problems())
                                .extracting(RuleProblem::message)
                                .anyMatch(m -> m.startsWith("sandbox (compiled code)") && m.contains("System")));
        assertThat(CompiledRulesCache.load(cache, key(files), PolicyCompiler.drlSources(files)))
                .isNull();
    }

    @Test
    void aClassTheSandboxRefusesKeepsTheEntryFromLoading(@TempDir Path cache) throws IOException {
        List<PolicyFile> files = files("");
        store(cache, files);
        Path lambda = cachedClass(cache, "LambdaConsequence.*");
        Files.write(lambda, exiting(Files.readAllBytes(lambda)));

        assertThat(CompiledRulesCache.load(cache, key(files), PolicyCompiler.drlSources(files)))
                .isNull();
        // and a build with that cache compiles the rule files instead, with the same answer
        DroolsComplaintAdvisor.Builder b = DroolsComplaintAdvisor.builder();
        files.forEach(f -> b.drl(f.name(), f.content()));
        Advice a = b.compiledRulesCache(cache, false).build().advise(TestCases.withContacts("C-REFUSED", 4));
        assertThat(a.escalation().level()).isEqualTo(EscalationLevel.SUPERVISOR);
    }

    @Test
    void aDeclaredTypeWithKeysAndAnEnumAreCachedAndLoaded(@TempDir Path cache) {
        // the model's own classes are held to what Drools generates: a declared type's equals() compares
        // getClass(), a declared enum's values() copies its array with System.arraycopy
        List<PolicyFile> files = new java.util.ArrayList<>(files(""));
        files.add(new PolicyFile("types.drl", """
                package cache.test;

                declare Keyed
                    label : String @key
                    count : int @key
                    ratio : double
                end

                declare enum Level
                    LOW, HIGH;
                end
                """));
        store(cache, files);

        assertThat(CompiledRulesCache.load(cache, key(files), PolicyCompiler.drlSources(files)))
                .isNotNull();
    }

    @Test
    void aModelClassOfAHandMadeEntryThatRunsMvelTextKeepsTheEntryFromLoading(@TempDir Path cache) throws IOException {
        // regression (sandbox audit): the model's classes other than its lambdas were checked against
        // a deny-list only, so a rule definition calling org.mvel2.MVEL.eval(String) was loaded
        List<PolicyFile> files = files("");
        store(cache, files);
        Path model = cachedClass(cache, "Rules[0-9A-F]+RuleMethods\\d+\\.class");
        assertThat(CompiledRulesCache.load(cache, key(files), PolicyCompiler.drlSources(files)))
                .isNotNull();

        Files.write(model, evaluating(Files.readAllBytes(model)));

        assertThat(CompiledRulesCache.load(cache, key(files), PolicyCompiler.drlSources(files)))
                .isNull();
    }

    @Test
    void theCacheKeepsTheEntriesUsedLastAndNothingElseOfTheFolderIsTouched(@TempDir Path cache) throws IOException {
        long now = System.currentTimeMillis();
        List<Path> entries = new java.util.ArrayList<>();
        for (int i = 0; i < CompiledRulesCache.MAX_ENTRIES + 3; i++) {
            Path e = Files.createDirectories(cache.resolve(String.format(java.util.Locale.ROOT, "%064x", i)));
            Files.writeString(e.resolve("x.class"), "x");
            // entry i was used i minutes ago
            Files.setLastModifiedTime(e, FileTime.fromMillis(now - i * 60_000L));
            entries.add(e);
        }
        Path stale = Files.createDirectories(cache.resolve(".writing-123"));
        Files.setLastModifiedTime(stale, FileTime.fromMillis(now - 2 * 3_600_000L));
        Path writing = Files.createDirectories(cache.resolve(".writing-456"));
        Path other = Files.createDirectories(cache.resolve("someone-elses"));
        Files.setLastModifiedTime(other, FileTime.fromMillis(now - 10 * 3_600_000L));

        CompiledRulesCache.prune(cache);

        assertThat(entries.subList(0, CompiledRulesCache.MAX_ENTRIES)).allMatch(Files::isDirectory);
        assertThat(entries.subList(CompiledRulesCache.MAX_ENTRIES, entries.size()))
                .noneMatch(Files::exists);
        assertThat(stale).doesNotExist();
        assertThat(writing).isDirectory(); // another run may be writing it now
        assertThat(other).isDirectory();
    }

    @Test
    void everyIdentifierOfTheRuleFilesCountsAsAFunctionName() {
        List<PolicyFile> drl = List.of(new PolicyFile("a.drl", """
                function boolean
                    /* a comment where a reader looks for the name */ many
                    (int contacts) { return contacts > 2; }
                rule "R" when Conversation() then end
                """));
        assertThat(CompiledRulesCache.identifiers(drl)).contains("many", "contacts", "Conversation", "function");
    }

    @Test
    void aFolderOthersMayWriteToIsNotRead(@TempDir Path cache) throws IOException {
        assumeTrue(cache.getFileSystem().supportedFileAttributeViews().contains("posix"));
        List<PolicyFile> files = files("");
        store(cache, files);
        Path dir = CompiledRulesCache.entry(cache, key(files));
        assertThat(CompiledRulesCache.load(cache, key(files), PolicyCompiler.drlSources(files)))
                .isNotNull();

        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxrwxr-x"));
        assertThat(CompiledRulesCache.load(cache, key(files), PolicyCompiler.drlSources(files)))
                .isNull();
    }

    @Test
    void theEngineDigestIsTheBuildsAndFollowsEveryClass(@TempDir Path classes) throws IOException {
        assertThat(EngineDigest.current()).matches("[0-9a-f]{64}");
        Path one = classes.resolve("org/complaintrules/drools/A.class");
        Files.createDirectories(one.getParent());
        Files.write(one, new byte[] {1, 2, 3});
        String before = EngineDigest.of(classes);
        Files.write(one, new byte[] {1, 2, 4});
        assertThat(EngineDigest.of(classes)).isNotEqualTo(before).matches("[0-9a-f]{64}");
    }

    private static List<Path> entries(Path cache) throws IOException {
        try (Stream<Path> all = Files.list(cache)) {
            return all.toList();
        }
    }

    /** @return the line the probe printed */
    private static String answer(String said) {
        return said.lines().filter(l -> l.startsWith("escalation ")).findFirst().orElseThrow();
    }

    /** The same class with {@code org.mvel2.MVEL.eval("1")} first in each of its methods. */
    private static byte[] evaluating(byte[] model) {
        ClassReader r = new ClassReader(model);
        ClassWriter w = new ClassWriter(r, ClassWriter.COMPUTE_MAXS);
        r.accept(
                new ClassVisitor(Opcodes.ASM9, w) {
                    @Override
                    public MethodVisitor visitMethod(
                            int access, String name, String descriptor, String signature, String[] exceptions) {
                        return new MethodVisitor(
                                Opcodes.ASM9, super.visitMethod(access, name, descriptor, signature, exceptions)) {
                            @Override
                            public void visitCode() {
                                super.visitCode();
                                super.visitLdcInsn("1");
                                super.visitMethodInsn(
                                        Opcodes.INVOKESTATIC,
                                        "org/mvel2/MVEL",
                                        "eval",
                                        "(Ljava/lang/String;)Ljava/lang/Object;",
                                        false);
                                super.visitInsn(Opcodes.POP);
                            }
                        };
                    }
                },
                0);
        return w.toByteArray();
    }

    /**
     * The same class with {@code System.exit(3)} first in each of its {@code execute} methods: rule
     * code the sandbox refuses, which would end this JVM if it were ever loaded and fired.
     */
    private static byte[] exiting(byte[] lambda) {
        ClassReader r = new ClassReader(lambda);
        ClassWriter w = new ClassWriter(r, ClassWriter.COMPUTE_MAXS);
        r.accept(
                new ClassVisitor(Opcodes.ASM9, w) {
                    @Override
                    public MethodVisitor visitMethod(
                            int access, String name, String descriptor, String signature, String[] exceptions) {
                        MethodVisitor m = super.visitMethod(access, name, descriptor, signature, exceptions);
                        if (!name.equals("execute")) {
                            return m;
                        }
                        return new MethodVisitor(Opcodes.ASM9, m) {
                            @Override
                            public void visitCode() {
                                super.visitCode();
                                super.visitInsn(Opcodes.ICONST_3);
                                super.visitMethodInsn(Opcodes.INVOKESTATIC, "java/lang/System", "exit", "(I)V", false);
                            }
                        };
                    }
                },
                0);
        return w.toByteArray();
    }
}
