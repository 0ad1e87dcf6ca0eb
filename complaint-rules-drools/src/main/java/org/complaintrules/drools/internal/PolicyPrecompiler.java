package org.complaintrules.drools.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.complaintrules.api.RuleCompilationException;
import org.complaintrules.api.RuleProblem;
import org.complaintrules.wording.PolicyWording;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.drl.ast.descr.FunctionDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.internal.builder.conf.ReproducibleExecutableModelGenerationOption;
import org.objectweb.asm.ClassReader;

/**
 * Precompiles a policy's rule files to Drools' executable model when a library or an application is
 * built, so that building an advisor from the same rule files loads generated classes instead of
 * compiling (see {@link PrecompiledPolicy}). The bundled default policy is precompiled by its
 * module's build; a host may do the same for its own policy, with {@code drools-model-codegen} on the
 * build's class path.
 *
 * <p>Both sandbox layers run here, as at run time: the analysis of the rule files, and the check of
 * every generated class's bytecode (the lambda classes holding the policy's conditions and
 * consequences, and its functions). The rule files are also compiled the usual way, so that the
 * index keeps exactly what the compiler learns of them; loading checks that the model holds exactly
 * the rules the index lists. The policy's reply templates are rendered here too, and recorded, so
 * that loading the same wording files skips rendering ({@code PolicyWording.recordRendering}).
 *
 * <p>Usage: {@code PolicyPrecompiler <policy> <output folder>}, where {@code <policy>} is a folder
 * or {@code classpath:<folder>} (the form that digests the files under the names the library reads
 * them by from the class path, as {@code DroolsComplaintAdvisor.Builder.classpathPolicy} does).
 */
public final class PolicyPrecompiler {
    private static final String CLASSPATH = "classpath:";

    private PolicyPrecompiler() {}

    /**
     * @param args the policy (a folder, or {@code classpath:<folder>}) and the output folder
     * @throws RuleCompilationException when the policy has problems
     */
    public static void main(String[] args) {
        if (args.length != 2) {
            throw new IllegalArgumentException(
                    "usage: PolicyPrecompiler <policy folder | classpath:<folder>> <output folder>");
        }
        List<PolicyFile> files = args[0].startsWith(CLASSPATH)
                ? PolicyLoader.fromClasspath(
                        PolicyPrecompiler.class.getClassLoader(), args[0].substring(CLASSPATH.length()))
                : PolicyLoader.fromDirectory(Path.of(args[0]));
        Result r = precompile(files, Path.of(args[1]));
        System.out.println("Precompiled " + r.rules() + " rules into " + r.classes() + " classes: " + r.index());
    }

    /**
     * What was written.
     *
     * @param index the index file
     * @param classes how many classes were written
     * @param rules how many rules the model holds
     */
    public record Result(Path index, int classes, int rules) {}

    /**
     * Precompiles rule files into a folder that will be on the class path.
     *
     * @param files the policy's files (only its rule files matter)
     * @param out the folder to write the classes and the index into
     * @return what was written
     * @throws RuleCompilationException with every problem, as {@code file:line: message}
     * @throws UncheckedIOException when writing fails
     */
    public static Result precompile(List<PolicyFile> files, Path out) {
        return precompile(files, out, true);
    }

    /**
     * @param firstLayer whether the rule files' analysis, and the check of the classes compiled from
     *     them the usual way, refuse code (off only to prove the check of the model's classes on its
     *     own, in tests)
     */
    static Result precompile(List<PolicyFile> files, Path out, boolean firstLayer) {
        List<PolicyFile> drl = PolicyCompiler.drlSources(files);
        if (drl.isEmpty()) {
            throw new RuleCompilationException(List.of(new RuleProblem("(policy)", 0, "no rule files to precompile")));
        }
        ClassLoader loader = PolicyPrecompiler.class.getClassLoader();
        DrlAnalyzer.Result analysis = DrlAnalyzer.analyse(drl, firstLayer, loader);
        List<RuleProblem> problems = new ArrayList<>(analysis.violations());
        problems.addAll(analysis.problems());
        if (!problems.isEmpty()) {
            throw new RuleCompilationException(problems);
        }
        PolicyCompiler.Options options = new PolicyCompiler.Options(firstLayer, false, List.of());
        // compiled the usual way too: the index keeps what that compiler learns (reads, globals, rules)
        RuleBaseCache.Entry usual = PolicyCompiler.build(drl, analysis, options, problems);
        if (!problems.isEmpty()) {
            throw new RuleCompilationException(problems);
        }
        return precompile(files, out, analysis, usual);
    }

    /**
     * Precompiles rule files that were analysed and compiled the usual way already (with the
     * one-per-case facts as globals, {@link PolicyCompiler.Options#singletonGlobals()}).
     *
     * @param files the policy's files
     * @param out the folder to write the classes and the index into
     * @param analysis the rule files' analysis, passed
     * @param usual what the usual compiler learnt of them
     * @return what was written
     * @throws RuleCompilationException with every problem of the model
     * @throws UncheckedIOException when writing fails
     */
    static Result precompile(List<PolicyFile> files, Path out, DrlAnalyzer.Result analysis, RuleBaseCache.Entry usual) {
        List<PolicyFile> drl = PolicyCompiler.drlSources(files);
        List<RuleProblem> problems = new ArrayList<>();
        Map<String, byte[]> classes = generate(drl, analysis, problems);
        if (!problems.isEmpty()) {
            throw new RuleCompilationException(problems);
        }
        for (BytecodeVerifier.Violation v : BytecodeVerifier.verifyModel(classes, functions(analysis))) {
            problems.add(new RuleProblem(
                    "(policy)", 0, "sandbox (compiled code): " + v.message() + " (in " + v.className() + ")"));
        }
        if (!problems.isEmpty()) {
            throw new RuleCompilationException(problems);
        }
        List<String> models = modelClasses(classes);
        String key = RuleBaseCache.key(drl, true);
        try {
            for (Map.Entry<String, byte[]> c : classes.entrySet()) {
                Path file = out.resolve(c.getKey().replace('.', '/') + ".class");
                Files.createDirectories(file.getParent());
                Files.write(file, c.getValue());
            }
            // the wording's rendering checked once here, so that loading these files skips it
            Map<String, String> byName = new LinkedHashMap<>();
            files.forEach(f -> byName.put(f.name(), f.content()));
            PolicyWording.recordRendering(byName, out);
            Path index = out.resolve(PrecompiledPolicy.indexPath(key));
            Files.createDirectories(index.getParent());
            try (Writer w = Files.newBufferedWriter(index, StandardCharsets.UTF_8)) {
                PrecompiledPolicy.writeIndex(w, models, usual);
            }
            return new Result(index, classes.size(), usual.rules().size());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the precompiled policy to " + out, e);
        }
    }

    /** @return the names of the policy's DRL functions */
    private static Set<String> functions(DrlAnalyzer.Result analysis) {
        Set<String> functions = new HashSet<>();
        for (PackageDescr p : analysis.parsed().values()) {
            for (FunctionDescr f : p.getFunctions()) {
                functions.add(f.getName());
            }
        }
        return functions;
    }

    /** The executable model's classes for the rule files as rewritten at run time, by binary name. */
    private static synchronized Map<String, byte[]> generate(
            List<PolicyFile> drl, DrlAnalyzer.Result analysis, List<RuleProblem> problems) {
        // the same class names on every build of the same files
        System.setProperty(ReproducibleExecutableModelGenerationOption.PROPERTY_NAME, "true");
        KieServices ks = KieServices.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        Map<String, PolicyFile> byKiePath =
                PolicyCompiler.write(ks, kfs, drl, SingletonFacts.rewrite(drl, analysis.parsed()));
        ReleaseId releaseId = ks.newReleaseId("org.complaintrules.policy", "precompiled", "1.0.0");
        kfs.generateAndWritePomXML(releaseId);
        KieBuilder builder = ks.newKieBuilder(kfs).buildAll(ExecutableModelProject.class);
        for (Message msg : builder.getResults().getMessages(Message.Level.ERROR)) {
            PolicyFile f = msg.getPath() == null ? null : byKiePath.get(msg.getPath());
            problems.add(new RuleProblem(
                    f == null ? "(policy)" : f.name(),
                    Math.max(msg.getLine(), 0),
                    "executable model: " + msg.getText().trim()));
        }
        if (!problems.isEmpty()) {
            ks.getRepository().removeKieModule(releaseId);
            return Map.of();
        }
        byte[] kjar = ((InternalKieModule) builder.getKieModule()).getBytes();
        ks.getRepository().removeKieModule(releaseId);
        Map<String, byte[]> classes = new TreeMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(kjar))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                String name = e.getName();
                // the project model names the module (a release id of this build): the index replaces it
                if (name.endsWith(".class") && !name.startsWith("org/drools/project/model/")) {
                    classes.put(
                            name.substring(0, name.length() - ".class".length()).replace('/', '.'), zip.readAllBytes());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return classes;
    }

    /** The classes that are models of a package ({@code org.drools.model.Model}), in name order. */
    private static List<String> modelClasses(Map<String, byte[]> classes) {
        List<String> models = new ArrayList<>();
        classes.forEach((name, bytes) -> {
            for (String i : new ClassReader(bytes).getInterfaces()) {
                if (i.equals("org/drools/model/Model")) {
                    models.add(name);
                }
            }
        });
        if (models.isEmpty()) {
            throw new IllegalStateException("the executable model has no model class");
        }
        return models;
    }
}
