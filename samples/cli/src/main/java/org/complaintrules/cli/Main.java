package org.complaintrules.cli;

import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.complaintrules.api.RuleCompilationException;
import org.complaintrules.api.RuleProblem;
import org.complaintrules.tooling.scenario.ScenarioLoadException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The {@code complaint-advisor} command line (CONTRACT.md section 4), on picocli.
 *
 * <pre>
 * complaint-advisor advise [FILE|-] [--rules DIR] [--format json|text] [--profile PROFILE]
 * complaint-advisor check  [--rules DIR] [--scenarios DIR] [--report FILE.html] [--require-coverage]
 * complaint-advisor explain FILE [--rules DIR] [--profile PROFILE] [--format text|html]
 * complaint-advisor diff --from DIR --to DIR FILE [--format text|json] [--examples N] [--report FILE.html]
 * complaint-advisor init DIR
 * </pre>
 * Exit codes: 0 when every case was advised (and for {@code check}, all is well), 2 when any case was
 * answered with an error (for {@code check}: a scenario failed), 1 when it could not run at all,
 * usage errors included. {@code --help} on any command, {@code --version}.
 */
public final class Main {
    static final int OK = 0;
    static final int CANNOT_RUN = 1;
    static final int CASE_ERRORS = 2;

    /** The top command: holds the streams the subcommands use. */
    @Command(
            name = "complaint-advisor",
            scope = ScopeType.INHERIT,
            mixinStandardHelpOptions = true,
            versionProvider = Version.class,
            sortOptions = false,
            usageHelpAutoWidth = true,
            description = {
                "Advice for handling customer complaints from an editable Drools policy: complainant type, strategy,"
                        + " compensation authority, escalation and deadlines, with the rules that made each decision.",
                "Without --rules the bundled default policy is used."
            },
            subcommands = {
                AdviseCommand.class,
                CheckCommand.class,
                ExplainCommand.class,
                DiffCommand.class,
                InitCommand.class,
                CommandLine.HelpCommand.class
            },
            commandListHeading = "%nCommands:%n",
            exitCodeListHeading = "%nExit codes:%n",
            exitCodeList = {
                "0:all went well",
                "2:some case was answered with an error (check: a scenario failed)",
                "1:it could not run at all (usage error, unreadable input or rules, rules that do not compile)"
            })
    static final class Cli implements Runnable {
        final InputStream in;
        final PrintWriter out;
        final PrintWriter err;
        final Terminal terminal;

        @picocli.CommandLine.Spec
        picocli.CommandLine.Model.CommandSpec spec;

        Cli(InputStream in, PrintWriter out, PrintWriter err, Terminal terminal) {
            this.in = in;
            this.out = out;
            this.err = err;
            this.terminal = terminal;
        }

        @Override
        public void run() {
            throw new ParameterException(spec.commandLine(), "a command is needed");
        }
    }

    /** {@code --version}: this program, the bundled policy, Drools and Java. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            Properties v = load("org/complaintrules/cli/version.properties");
            Properties policy = load("org/complaintrules/policy/policy.properties");
            return new String[] {
                "complaint-advisor " + v.getProperty("version", "unknown"),
                "bundled policy " + policy.getProperty("name", "?") + " " + policy.getProperty("version", "?"),
                "Drools " + v.getProperty("drools", "unknown") + ", Java " + System.getProperty("java.version")
            };
        }

        private static Properties load(String resource) {
            Properties p = new Properties();
            try (InputStream in = Main.class.getClassLoader().getResourceAsStream(resource)) {
                if (in != null) {
                    p.load(in);
                }
            } catch (IOException e) {
                // shown as unknown
            }
            return p;
        }
    }

    private final Cli cli;

    Main(InputStream in, PrintWriter out, PrintWriter err, Terminal terminal) {
        this.cli = new Cli(in, out, err, terminal);
    }

    /** @param args the command line */
    public static void main(String[] args) {
        // not System.out: a PrintStream swallows write errors, so a full disk would go unnoticed
        PrintWriter out = new PrintWriter(
                new BufferedWriter(
                        new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8),
                        1 << 16),
                false);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int code = new Main(System.in, out, err, Terminal.system()).run(args);
        System.exit(code);
    }

    /** @return the command line, configured (also used by the build to generate shell completion) */
    static CommandLine commandLine(Cli cli) {
        CommandLine cmd = new CommandLine(cli);
        cmd.setCaseInsensitiveEnumValuesAllowed(true);
        cmd.setOut(cli.out);
        cmd.setErr(cli.err);
        cmd.setParameterExceptionHandler(Main::usageError);
        cmd.setExecutionExceptionHandler((e, commandLine, parseResult) -> cannotRun(e, cli.err));
        return cmd;
    }

    int run(String[] args) {
        try {
            int code = commandLine(cli).execute(args);
            cli.out.flush();
            if (cli.out.checkError()) {
                if (code != CANNOT_RUN) {
                    cli.err.println("complaint-advisor: " + new ResultSink.OutputFailedException().getMessage());
                }
                return CANNOT_RUN;
            }
            return code;
        } finally {
            cli.err.flush();
        }
    }

    private static int usageError(ParameterException e, String[] args) {
        CommandLine cmd = e.getCommandLine();
        PrintWriter err = cmd.getErr();
        err.println("complaint-advisor: " + e.getMessage());
        if (!UnmatchedArgumentException.printSuggestions(e, err)) {
            cmd.usage(err);
        } else {
            err.println("See '" + cmd.getCommandSpec().qualifiedName() + " --help'.");
        }
        err.flush();
        return CANNOT_RUN;
    }

    private static int cannotRun(Exception e, PrintWriter err) {
        if (e instanceof RuleCompilationException rce) {
            err.println("complaint-advisor: the rules do not compile:");
            for (RuleProblem p : rce.problems()) {
                err.println(p);
            }
        } else if (e instanceof ScenarioLoadException sle) {
            err.println("complaint-advisor: the scenarios cannot be read:");
            sle.problems().forEach(err::println);
        } else if (e instanceof IllegalArgumentException
                || e instanceof UncheckedIOException
                || e instanceof ResultSink.OutputFailedException) {
            err.println("complaint-advisor: " + e.getMessage());
        } else {
            err.println("complaint-advisor: failed: " + e);
            e.printStackTrace(err);
        }
        err.flush();
        return CANNOT_RUN;
    }
}
