package org.complaintrules.benchmarks;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * {@code advise} of two builds of the library side by side in one JVM (see {@link SideBySide}), each
 * with its bundled policy, on the same cases: JMH runs one jar at a time, minutes apart, and this
 * machine's speed drifts more than that; here both builds advise the same cases in alternating
 * rounds, so the ratio holds however busy the machine is. Each build reads the cases with its own
 * reader (both must accept every line), warms up on them for a fixed time, then every round
 * advises all of them once per build:
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar org.complaintrules.benchmarks.AdviseAb OLD.jar NEW.jar cases.jsonl \
 *     [rounds] [warm-up seconds]
 * </pre>
 *
 * The jars are whole builds, such as the command line's jar of each; {@code cases.jsonl} holds one
 * case per line (e.g. written by {@code org.complaintrules.testkit.Corpus}, of a build whose cases
 * the old reader still accepts). Defaults: 15 rounds, 60 seconds of warm-up per build.
 */
public final class AdviseAb {
    /** Keeps the advice, so that the JIT cannot drop the work. */
    static volatile Object sink;

    static {
        // both builds' logging (each jar's own simple logger reads this) stays off the report
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
    }

    private AdviseAb() {}

    /**
     * @param args the old build's jar, the new build's jar, the cases, optionally rounds and warm-up seconds
     * @throws Exception when a jar lacks the API or a build rejects a case
     */
    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            throw new IllegalArgumentException(
                    "usage: AdviseAb <old jar> <new jar> <cases.jsonl> [rounds] [warm-up seconds]");
        }
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 15;
        long warmUpNanos = (args.length > 4 ? Long.parseLong(args[4]) : 60) * 1_000_000_000L;
        List<String> lines = Files.readAllLines(Path.of(args[2]), StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank())
                .toList();
        Build[] builds = {Build.load(args[0], lines), Build.load(args[1], lines)};
        IntConsumer adviseAll = build -> builds[build].adviseAll();
        for (int b = 0; b < 2; b++) {
            long end = System.nanoTime() + warmUpNanos;
            while (System.nanoTime() < end) {
                adviseAll.accept(b);
            }
        }
        System.out.println(lines.size() + " cases, " + rounds + " rounds");
        System.out.println("          old ns/case  new ns/case  new/old (median of rounds, min-max)");
        System.out.println(SideBySide.alternate(rounds, lines.size(), adviseAll).line("advise"));
    }

    /** One build: its advisor and the cases as its own reader read them. */
    private record Build(ClassLoader loader, Object advisor, Method advise, List<Object> cases) {
        static Build load(String jar, List<String> lines) throws ReflectiveOperationException {
            ClassLoader loader = SideBySide.load(jar);
            // Drools finds its services through the context class loader: the build's own
            Thread.currentThread().setContextClassLoader(loader);
            Class<?> readerClass = loader.loadClass("org.complaintrules.json.CaseReader");
            Object reader = readerClass.getMethod("create").invoke(null);
            Method readCase = readerClass.getMethod("readCase", String.class);
            List<Object> cases = new ArrayList<>(lines.size());
            for (int i = 0; i < lines.size(); i++) {
                try {
                    cases.add(readCase.invoke(reader, lines.get(i)));
                } catch (InvocationTargetException e) {
                    throw new IllegalArgumentException(
                            jar + " rejects line " + (i + 1) + ": "
                                    + e.getCause().getMessage(),
                            e);
                }
            }
            Class<?> builder = loader.loadClass("org.complaintrules.drools.DroolsComplaintAdvisor");
            Object b = builder.getMethod("builder").invoke(null);
            Object advisor = b.getClass().getMethod("build").invoke(b);
            Method advise = loader.loadClass("org.complaintrules.api.ComplaintAdvisor")
                    .getMethod("advise", loader.loadClass("org.complaintrules.api.ComplaintCase"));
            return new Build(loader, advisor, advise, cases);
        }

        void adviseAll() {
            Thread.currentThread().setContextClassLoader(loader);
            try {
                for (Object c : cases) {
                    sink = advise.invoke(advisor, c);
                }
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            } catch (InvocationTargetException e) {
                throw new IllegalStateException("advise failed: " + e.getCause(), e.getCause());
            }
        }
    }
}
