package org.complaintrules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.complaintrules.cli.Cli.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/** The command line in this JVM: help, version, typos, enum case, exit codes, the terminal hint, progress. */
class MainTest {
    private static final Path SAMPLES =
            Path.of(System.getProperty("complaint.data.dir")).getParent().resolve("samples/data/complaints.jsonl");

    static String firstSample() throws IOException {
        return Files.readAllLines(SAMPLES).get(0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"advise", "check", "explain", "diff", "init"})
    void everyCommandHasHelpDescribingEveryOptionAndExitsZero(String command) {
        Run r = Cli.run(command, "--help");

        assertThat(r.exit()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).startsWith("Usage: complaint-advisor " + command).contains("Exit codes:");
        CommandLine sub = Main.commandLine(new Main.Cli(
                        null,
                        new java.io.PrintWriter(java.io.Writer.nullWriter()),
                        new java.io.PrintWriter(java.io.Writer.nullWriter()),
                        Terminal.none()))
                .getSubcommands()
                .get(command);
        for (OptionSpec o : sub.getCommandSpec().options()) {
            assertThat(o.description()).as(o.longestName() + " is described").isNotEmpty();
            assertThat(String.join(" ", o.description())).isNotBlank();
            assertThat(r.out()).contains(o.longestName());
        }
        sub.getCommandSpec()
                .positionalParameters()
                .forEach(p -> assertThat(p.description())
                        .as(p.paramLabel() + " is described")
                        .isNotEmpty());
        assertThat(Cli.run("help", command).out()).isEqualTo(r.out());
    }

    @Test
    void versionNamesTheProgramThePolicyAndDrools() {
        Run r = Cli.run("--version");

        assertThat(r.exit()).isZero();
        assertThat(r.out())
                .startsWith("complaint-advisor 0.")
                .contains("bundled policy default-policy ")
                .contains("Drools 10.1.0");
        assertThat(Cli.run("advise", "--version").out()).isEqualTo(r.out());
    }

    @Test
    void aMistypedCommandOrOptionGetsASuggestionAndExitsOne() {
        Run command = Cli.run("advize", "cases.jsonl");
        assertThat(command.exit()).isEqualTo(1);
        assertThat(command.out()).isEmpty();
        assertThat(command.err()).contains("'advize'").contains("Did you mean: complaint-advisor advise?");

        Run option = Cli.run("advise", "--rulez", "x");
        assertThat(option.exit()).isEqualTo(1);
        assertThat(option.err()).contains("Unknown option: '--rulez'").contains("--rules");

        Run checkOption = Cli.run("check", "--scenario", "x");
        assertThat(checkOption.exit()).isEqualTo(1);
        assertThat(checkOption.err()).contains("--scenarios");
    }

    @Test
    void usageErrorsExitOneWithTheUsage() {
        Run none = Cli.run();
        assertThat(none.exit()).isEqualTo(1);
        assertThat(none.err()).contains("a command is needed", "Commands:", "advise", "init");

        Run badEnum = Cli.run("advise", SAMPLES.toString(), "--format", "xml");
        assertThat(badEnum.exit()).isEqualTo(1);
        assertThat(badEnum.err()).contains("--format", "xml");

        Run missing = Cli.run("diff", "--from", "default", SAMPLES.toString());
        assertThat(missing.exit()).isEqualTo(1);
        assertThat(missing.err()).contains("--to");

        Run examples =
                Cli.run("diff", "--from", "default", "--to", "default", "--examples", "5000", SAMPLES.toString());
        assertThat(examples.exit()).isEqualTo(1);
        assertThat(examples.err()).contains("--examples must be 0..1000, was 5000");

        Run twoFiles = Cli.run("advise", "a.jsonl", "b.jsonl");
        assertThat(twoFiles.exit()).isEqualTo(1);

        // an input that is no file says why
        Run folder = Cli.run("advise", SAMPLES.getParent().toString());
        assertThat(folder.exit()).isEqualTo(1);
        assertThat(folder.err()).contains(SAMPLES.getParent() + ": it is a directory, not a file of cases");
        Run absent =
                Cli.run("advise", SAMPLES.resolveSibling("no-such-cases.jsonl").toString());
        assertThat(absent.exit()).isEqualTo(1);
        assertThat(absent.err()).contains("no-such-cases.jsonl: no such file");
    }

    @Test
    void enumValuesIgnoreCase() throws IOException {
        String stdin = firstSample();
        Run lower = Cli.run(stdin, Terminal.none(), "advise", "--profile", "uk_fca", "--format", "TEXT");
        Run upper = Cli.run(stdin, Terminal.none(), "advise", "--profile", "UK_FCA", "--format", "text");

        assertThat(lower.exit()).as(lower.err()).isZero();
        assertThat(lower.out()).isEqualTo(upper.out()).contains("Tags: ").contains("UK_FCA");
        Run wrong = Cli.run(stdin, Terminal.none(), "advise", "--profile", "uk-fca");
        assertThat(wrong.exit()).isEqualTo(1);
        assertThat(wrong.err()).contains("UK_FCA");
    }

    @Test
    void adviseReadingATerminalSaysSoOnStandardErrorOnly() throws IOException {
        String stdin = firstSample();
        Run typed = Cli.run(stdin, Cli.terminal(true, true), "advise");
        assertThat(typed.exit()).isZero();
        assertThat(typed.err()).contains("reading cases from the terminal", "Ctrl-D", "advise FILE");
        assertThat(typed.out().lines()).hasSize(1).allMatch(l -> l.startsWith("{\"caseId\":\"C-2001\""));

        Run piped = Cli.run(stdin, Cli.terminal(false, true), "advise", "-");
        assertThat(piped.err()).isEmpty();
        assertThat(piped.out()).isEqualTo(typed.out());

        Run fromFile = Cli.run(null, Cli.terminal(true, true), "advise", SAMPLES.toString());
        assertThat(fromFile.err()).isEmpty();
    }

    @Test
    void longWorkShowsProgressOnATerminalAndNothingOtherwise() throws IOException {
        String one = firstSample();
        String many = IntStream.range(0, Progress.THRESHOLD + 1)
                .mapToObj(i -> one.replace("\"C-2001\"", "\"C-" + i + "\""))
                .collect(Collectors.joining("\n"));

        Run terminal = Cli.run(many, Cli.terminal(false, true), "advise");
        assertThat(terminal.exit()).isZero();
        assertThat(terminal.out().lines()).hasSize(Progress.THRESHOLD + 1);
        assertThat(terminal.err())
                .contains("\radvised ")
                .contains(String.format(java.util.Locale.ROOT, "advised %,d cases", Progress.THRESHOLD + 1))
                .endsWith("\r\u001b[K");

        Run pipe = Cli.run(many, Cli.terminal(false, false), "advise");
        assertThat(pipe.err()).isEmpty();
        assertThat(pipe.out()).isEqualTo(terminal.out());

        String few = String.join("\n", List.of(one, one.replace("\"C-2001\"", "\"C-2\"")));
        assertThat(Cli.run(few, Cli.terminal(false, true), "advise").err()).isEmpty();
    }
}
