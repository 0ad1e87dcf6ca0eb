package org.complaintrules.cli;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.complaintrules.api.CaseResult;
import org.complaintrules.api.ComplaintAdvisor;
import org.complaintrules.api.RegulatoryProfile;
import org.complaintrules.api.RuleCompilationException;
import org.complaintrules.api.RuleProblem;
import org.complaintrules.drools.DroolsComplaintAdvisor;
import org.complaintrules.json.AdviceWriter;
import org.complaintrules.json.CaseInput;
import org.complaintrules.json.CaseReader;

/**
 * The {@code complaint-advisor} command line (CONTRACT.md section 4).
 *
 * <pre>
 * complaint-advisor advise [FILE|-] [--rules DIR] [--format json|text] [--profile PROFILE]
 * complaint-advisor check  [--rules DIR] [--scenarios DIR] [--report FILE.html] [--require-coverage]
 * complaint-advisor explain FILE [--rules DIR] [--profile PROFILE]
 * complaint-advisor diff --from DIR --to DIR FILE [--format text|json] [--examples N]
 * </pre>
 * Exit codes: 0 when every case was advised (and for {@code check}, all is well), 2 when any case was
 * answered with an error, 1 when it could not run at all.
 */
public final class Main {
    static final int OK = 0;
    static final int CANNOT_RUN = 1;
    static final int CASE_ERRORS = 2;

    private static final String USAGE = """
            usage:
              complaint-advisor advise [FILE|-] [--rules DIR] [--format json|text] [--profile PROFILE]
              complaint-advisor check  [--rules DIR] [--scenarios DIR] [--report FILE.html] [--require-coverage]
              complaint-advisor explain FILE [--rules DIR] [--profile PROFILE]
              complaint-advisor diff --from DIR --to DIR FILE [--format text|json] [--examples N]
            Without --rules the bundled default policy is used. PROFILE is one of GENERIC, UK_FCA, US_CFPB,
            EU_PSD2, AU_ASIC. advise reads one JSON object, a JSON array or JSON Lines and prints one JSON
            line per case. Exit 0: all advised; 2: some case answered with an error; 1: could not run.
            diff runs FILE through two policies (DIR may be "default") and reports what changes.
            """;

    private final PrintWriter out;
    private final PrintWriter err;

    Main(PrintWriter out, PrintWriter err) {
        this.out = out;
        this.err = err;
    }

    /** @param args the command line */
    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), false);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int code = new Main(out, err).run(args);
        out.flush();
        err.flush();
        System.exit(code);
    }

    int run(String[] args) {
        try {
            if (args.length == 0 || Set.of("-h", "--help", "help").contains(args[0])) {
                (args.length == 0 ? err : out).print(USAGE);
                return args.length == 0 ? CANNOT_RUN : OK;
            }
            List<String> rest = Arrays.asList(args).subList(1, args.length);
            return switch (args[0]) {
                case "advise" -> advise(Arguments.parse(rest, Set.of("rules", "format", "profile"), Set.of()));
                case "explain" -> explain(Arguments.parse(rest, Set.of("rules", "profile"), Set.of()));
                case "check" ->
                    Check.run(
                            Arguments.parse(rest, Set.of("rules", "scenarios", "report"), Set.of("require-coverage")),
                            out);
                case "diff" ->
                    Diff.run(Arguments.parse(rest, Set.of("from", "to", "format", "examples"), Set.of()), out);
                default -> throw new UsageException("unknown command \"" + args[0] + "\"");
            };
        } catch (UsageException e) {
            err.println("complaint-advisor: " + e.getMessage());
            err.print(USAGE);
            return CANNOT_RUN;
        } catch (RuleCompilationException e) {
            err.println("complaint-advisor: the rules do not compile:");
            for (RuleProblem p : e.problems()) {
                err.println(p);
            }
            return CANNOT_RUN;
        } catch (IllegalArgumentException | UncheckedIOException e) {
            err.println("complaint-advisor: " + e.getMessage());
            return CANNOT_RUN;
        } finally {
            out.flush();
        }
    }

    private int advise(Arguments a) {
        String format = a.option("format", "json").toLowerCase(Locale.ROOT);
        if (!format.equals("json") && !format.equals("text")) {
            throw new UsageException("--format must be json or text, was \"" + format + "\"");
        }
        List<String> files = a.positional();
        if (files.size() > 1) {
            throw new UsageException("advise takes one FILE (or - for standard input), got " + files.size());
        }
        List<CaseInput> inputs = read(files.isEmpty() ? "-" : files.get(0));
        ComplaintAdvisor advisor = advisor(a);
        return answer(inputs, advisor, format.equals("text"), false);
    }

    private int explain(Arguments a) {
        if (a.positional().size() != 1) {
            throw new UsageException("explain takes exactly one FILE");
        }
        List<CaseInput> inputs = read(a.positional().get(0));
        return answer(inputs, advisor(a), true, true);
    }

    private int answer(List<CaseInput> inputs, ComplaintAdvisor advisor, boolean text, boolean why) {
        AdviceWriter writer = AdviceWriter.create();
        boolean anyError = false;
        for (CaseInput in : inputs) {
            CaseResult result = in.isValid() ? advisor.tryAdvise(in.complaintCase()) : in.error();
            anyError |= !(result instanceof org.complaintrules.api.Advice);
            if (text) {
                out.print(TextReport.render(result, advisor, why));
            } else {
                out.println(writer.write(result));
            }
        }
        return anyError ? CASE_ERRORS : OK;
    }

    static ComplaintAdvisor advisor(Arguments a) {
        DroolsComplaintAdvisor.Builder b = DroolsComplaintAdvisor.builder();
        Path rules = a.path("rules");
        if (rules != null) {
            b.rulesDirectory(rules);
        }
        String profile = a.option("profile");
        if (profile != null) {
            try {
                b.regulatoryProfile(RegulatoryProfile.valueOf(profile));
            } catch (IllegalArgumentException e) {
                throw new UsageException("--profile must be one of " + List.of(RegulatoryProfile.values()) + ", was \""
                        + profile + "\"");
            }
        }
        return b.build();
    }

    static List<CaseInput> read(String file) {
        CaseReader reader = CaseReader.create();
        if (file.equals("-")) {
            return reader.readAll(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        }
        Path path = Path.of(file);
        if (!Files.isReadable(path) || Files.isDirectory(path)) {
            throw new IllegalArgumentException("cannot read " + file + ": no such readable file");
        }
        try (Reader r = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            return reader.readAll(r);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
