package org.complaintrules.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.complaintrules.cli.Cli.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The batch pipeline: input order under parallelism, bounded work in flight, one answer per input, output faults. */
class BatchTest {
    private static final Path SAMPLES =
            Path.of(System.getProperty("complaint.data.dir")).getParent().resolve("samples/data/complaints.jsonl");

    private static List<String> samples() throws IOException {
        return Files.readAllLines(SAMPLES).stream().filter(l -> !l.isBlank()).toList();
    }

    @Test
    void resultsComeInInputOrderWhateverOrderTheWorkersFinishIn() {
        List<Integer> inputs = IntStream.range(0, 2_000).boxed().toList();
        SplittableRandom random = new SplittableRandom(7);
        long[] delays = inputs.stream().mapToLong(i -> random.nextInt(200_000)).toArray();
        List<Integer> out = new ArrayList<>();

        Batch.inOrder(
                inputs,
                i -> {
                    long until = System.nanoTime() + delays[i];
                    while (System.nanoTime() < until) {
                        Thread.onSpinWait();
                    }
                    return i * 3;
                },
                4,
                out::add);

        assertThat(out).isEqualTo(inputs.stream().map(i -> i * 3).toList());
    }

    /**
     * The numbers 0 to n-1, counting how far reading runs ahead of consuming: hand {@link #consume}
     * to the batch as (part of) its consumer.
     */
    private static final class Ahead implements Iterable<Integer> {
        private final int n;
        private final AtomicInteger read = new AtomicInteger();
        private final AtomicInteger consumed = new AtomicInteger();
        private final List<Integer> out = new ArrayList<>();
        private int most;

        Ahead(int n) {
            this.n = n;
        }

        @Override
        public java.util.Iterator<Integer> iterator() {
            return new java.util.Iterator<>() {
                @Override
                public boolean hasNext() {
                    return read.get() < n;
                }

                @Override
                public Integer next() {
                    most = Math.max(most, read.get() - consumed.get());
                    return read.getAndIncrement();
                }
            };
        }

        void consume(int i) {
            out.add(i);
            consumed.incrementAndGet();
        }
    }

    @Test
    void workInFlightIsBoundedSoAHugeInputIsNeverReadAhead() {
        int threads = 3;
        Ahead endless = new Ahead(50_000);

        Batch.inOrder(endless, i -> i, threads, endless::consume);

        assertThat(endless.out).hasSize(50_000);
        assertThat(endless.most).isBetween(1, threads * Batch.WINDOW_PER_THREAD);
    }

    @Test
    void longInputsAreFewerInFlightButEveryWorkerHasOne() {
        int threads = 3;
        Ahead quarters = new Ahead(1_000);

        // every input weighs a quarter of the budget: at most four in flight, well below the count window
        Batch.inOrder(quarters, i -> Batch.WINDOW_TEXT / 4, i -> i, threads, quarters::consume);

        assertThat(quarters.out).isEqualTo(IntStream.range(0, 1_000).boxed().toList());
        assertThat(quarters.most).isBetween(threads, 4);

        // an input larger than the whole budget still goes through, one per worker
        Ahead huge = new Ahead(1_000);
        Batch.inOrder(huge, i -> Batch.WINDOW_TEXT * 2, i -> i, threads, huge::consume);

        assertThat(huge.out).isEqualTo(IntStream.range(0, 1_000).boxed().toList());
        assertThat(huge.most).isBetween(1, threads);
    }

    @Test
    void anExceptionInTheWorkEndsTheRunAndIsRethrown() {
        List<Integer> seen = new ArrayList<>();
        assertThatThrownBy(() -> Batch.inOrder(
                        IntStream.range(0, 1_000).boxed().toList(),
                        i -> {
                            if (i == 500) {
                                throw new IllegalStateException("boom at " + i);
                            }
                            return i;
                        },
                        2,
                        seen::add))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("boom at 500");
        assertThat(seen).isEqualTo(IntStream.range(0, 500).boxed().toList());
    }

    @Test
    void adviseOnSeveralThreadsWritesExactlyWhatOneThreadWritesWithErrorsInTheirPlace() throws IOException {
        List<String> lines = new ArrayList<>();
        int n = 0;
        for (int round = 0; round < 8; round++) {
            for (String s : samples()) {
                lines.add(s.replace("\"id\": \"C-", "\"id\": \"R" + round + "-C-"));
                if (++n % 17 == 0) {
                    lines.add("{\"complaint\": {\"id\": \"BAD-" + n + "\"}, \"customer\": 5}");
                }
            }
        }
        String stdin = String.join("\n", lines) + "\n";

        Run one = Cli.run(stdin, Terminal.none(), "advise", "--threads", "1");
        Run four = Cli.run(stdin, Terminal.none(), "advise", "--threads", "4");

        assertThat(one.exit()).as(one.err()).isEqualTo(2);
        assertThat(four.exit()).as(four.err()).isEqualTo(2);
        assertThat(one.out().lines()).hasSize(lines.size());
        assertThat(four.out()).isEqualTo(one.out());
        List<String> ids = four.out()
                .lines()
                .map(l -> l.replaceAll("^\\{\"caseId\":\"([^\"]+)\".*$", "$1"))
                .toList();
        List<String> expected = lines.stream()
                .map(l -> l.replaceAll("^.*?\"id\":\\s*\"([^\"]+)\".*$", "$1"))
                .toList();
        assertThat(ids).isEqualTo(expected);
        assertThat(four.out().lines().filter(l -> l.contains("\"error\":")).count())
                .isEqualTo(lines.stream().filter(l -> l.contains("BAD-")).count());
    }

    @Test
    void explainOnSeveralThreadsWritesWhatOneThreadWrites() throws IOException {
        String stdin = String.join("\n", samples());

        Run one = Cli.run(stdin, Terminal.none(), "explain", "-", "--threads", "1");
        Run three = Cli.run(stdin, Terminal.none(), "explain", "-", "--threads", "3");

        assertThat(one.exit()).as(one.err()).isZero();
        assertThat(three.out()).isEqualTo(one.out());
        assertThat(three.out()).contains("C-2001", "C-2024");
        assertThat(three.out().indexOf("C-2001")).isLessThan(three.out().indexOf("C-2024"));
    }

    @Test
    void diffOnSeveralThreadsGivesTheSameReportAndExamplesInCorpusOrder(@TempDir Path dir) throws IOException {
        Path after = dir.resolve("after");
        assertThat(Cli.run("init", after.toString()).exit()).isZero();
        Path props = after.resolve("policy.properties");
        Files.writeString(props, Files.readString(props).replace("cap.noLoss=25", "cap.noLoss=40"));
        List<String> lines = new ArrayList<>();
        for (int round = 0; round < 4; round++) {
            for (String s : samples()) {
                lines.add(s.replace("\"id\": \"C-", "\"id\": \"R" + round + "-C-"));
            }
        }
        lines.add(2, "{not json");
        String stdin = String.join("\n", lines);
        String[] args = {
            "diff", "--from", "default", "--to", after.toString(), "-", "--format", "json", "--examples", "1000"
        };

        Run one = Cli.run(stdin, Terminal.none(), concat(args, "--threads", "1"));
        Run two = Cli.run(stdin, Terminal.none(), concat(args, "--threads", "2"));

        assertThat(one.exit()).as(one.err()).isZero();
        assertThat(two.out()).isEqualTo(one.out());
        assertThat(one.out()).contains("\"cases\":" + (lines.size() - 1), "\"invalidInputs\":1");
        assertThat(one.out()).containsPattern("\"maxCompensation\":\\{\"count\":[1-9]");
    }

    private static String[] concat(String[] a, String... b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @Test
    void anArrayWhoseFirstElementIsAnArrayIsAnsweredElementByElementInEveryCommand(@TempDir Path dir)
            throws IOException {
        // regression: the array was read as one value, and every case after its first element was dropped
        List<String> cases = samples().subList(0, 2);
        Path after = dir.resolve("after");
        assertThat(Cli.run("init", after.toString()).exit()).isZero();
        for (String first : List.of("[1]", "[]", "[[\"x\"]]")) {
            for (String stdin : List.of(
                    "[" + first + "," + String.join(",", cases) + "]",
                    "[" + first + ",\n" + String.join(",\n", cases) + "\n]\n")) {
                for (String threads : List.of("1", "2")) {
                    Run advise = Cli.run(stdin, Terminal.none(), "advise", "-", "--threads", threads);

                    assertThat(advise.exit()).as(advise.err()).isEqualTo(2);
                    List<String> out = advise.out().lines().toList();
                    assertThat(out).as(stdin).hasSize(3);
                    assertThat(out.get(0))
                            .isEqualTo("{\"caseId\":null,\"error\":{\"code\":\"INVALID_INPUT\",\"field\":null,"
                                    + "\"message\":\"must be a JSON object, was an array\"}}");
                    assertThat(out.get(1)).startsWith("{\"caseId\":\"C-2001\",\"ruleSet\"");
                    assertThat(out.get(2)).startsWith("{\"caseId\":\"C-2002\",\"ruleSet\"");

                    Run explain = Cli.run(stdin, Terminal.none(), "explain", "-", "--threads", threads);
                    assertThat(explain.out()).contains("must be a JSON object, was an array", "C-2001", "C-2002");
                    assertThat(explain.out().indexOf("C-2001"))
                            .isLessThan(explain.out().indexOf("C-2002"));

                    Run diff = Cli.run(
                            stdin,
                            Terminal.none(),
                            "diff",
                            "--from",
                            "default",
                            "--to",
                            after.toString(),
                            "-",
                            "--format",
                            "json",
                            "--threads",
                            threads);
                    assertThat(diff.exit()).as(diff.err()).isZero();
                    assertThat(diff.out()).contains("\"cases\":2", "\"invalidInputs\":1");
                }
            }
        }
    }

    @Test
    void privateUseAndGrandfatheredLanguageTagsAreAdvisedAsAnyLanguageWithoutWordLists() throws IOException {
        // regression: x-klingon and i-klingon were INVALID_INPUT; like fr, the library has no word lists for them
        String tagged = samples().stream()
                .filter(l -> l.matches(".*\"language\": \"[a-z]+\".*"))
                .collect(Collectors.joining("\n", "", "\n"));
        String asFrench = tagged.replaceAll("\"language\": \"[a-z]+\"", "\"language\": \"fr\"");
        for (String[] args : List.of(new String[] {"advise", "-", "--reply"}, new String[] {"explain", "-"})) {
            Run french = Cli.run(asFrench, Terminal.none(), args);
            assertThat(french.exit()).as(french.err()).isZero();
            assertThat(french.out()).doesNotContain("INVALID_INPUT");
            for (String tag : List.of("x-klingon", "i-klingon", "X-KLINGON")) {
                Run other = Cli.run(asFrench.replace("\"fr\"", "\"" + tag + "\""), Terminal.none(), args);

                assertThat(other.exit()).as(tag + " " + other.err()).isZero();
                assertThat(other.out()).as(tag).isEqualTo(french.out());
            }
        }
    }

    @Test
    void anOverlongOrTooDeepCaseNamesItsFieldAndCaseInLinesAndArraysAlike() throws IOException {
        // regression: field null and the line's limit for a text past its own; caseId null in an array; the
        // parser's words for nesting too deep
        String one = samples().get(0);
        String longText = one.replace("\"C-2001\"", "\"C-LONG\"")
                .replaceFirst("\"text\": \"[^\"]*\"", "\"text\": \"" + "a".repeat(400_000) + "\"");
        String deep = one.replace("\"C-2001\"", "\"C-DEEP\"")
                .replace("\"satisfactionScore\": 2", "\"satisfactionScore\": " + "[".repeat(40) + "]".repeat(40));
        ObjectMapper json = new ObjectMapper();
        for (String stdin : List.of(
                longText + "\n" + deep + "\n" + one + "\n", "[" + longText + ",\n" + deep + ",\n" + one + "]\n")) {
            Run r = Cli.run(stdin, Terminal.none(), "advise", "-");

            assertThat(r.exit()).as(r.err()).isEqualTo(2);
            List<String> out = r.out().lines().toList();
            assertThat(out).hasSize(3);
            var text = json.readTree(out.get(0));
            assertThat(text.get("caseId").asText()).isEqualTo("C-LONG");
            assertThat(text.at("/error/field").asText()).isEqualTo("complaint.text");
            assertThat(text.at("/error/message").asText())
                    .isEqualTo("must be at most 100000 characters, was 400000 characters");
            var nested = json.readTree(out.get(1));
            assertThat(nested.get("caseId").asText()).isEqualTo("C-DEEP");
            assertThat(nested.at("/error/field").asText()).isEqualTo("complaint.satisfactionScore");
            assertThat(nested.at("/error/message").asText())
                    .endsWith(": objects and arrays are nested more than 32 levels deep")
                    .doesNotContain("Document", "maximum allowed");
            assertThat(out.get(2)).startsWith("{\"caseId\":\"C-2001\",\"ruleSet\"");
        }
    }

    @Test
    void aMalformedFirstLineIsOneErrorAndEveryLineAfterItIsAdvised() throws IOException {
        List<String> lines = samples();
        String stdin = "{\n" + String.join("\n", lines) + "\n";

        Run r = Cli.run(stdin, Terminal.none(), "advise", "--threads", "2");

        assertThat(r.exit()).isEqualTo(2);
        List<String> out = r.out().lines().toList();
        assertThat(out).hasSize(lines.size() + 1);
        assertThat(out.get(0)).startsWith("{\"caseId\":null,\"error\":{\"code\":\"INVALID_INPUT\"");
        assertThat(out.subList(1, out.size())).allMatch(l -> l.contains("\"complainantType\""));
    }

    @ParameterizedTest(name = "--threads {0}")
    @ValueSource(strings = {"1", "2"})
    void aHostWritingOneCaseAtATimeGetsEachAnswerWhileItsInputStaysOpen(String threads) throws Exception {
        String one = samples().get(0);
        try (OpenPipe host = OpenPipe.start(threads)) {
            for (int i = 0; i < 3; i++) {
                host.write(one.replace("\"C-2001\"", "\"C-OPEN-" + i + "\"") + "\n");
                // the input stays open: the answer must come without more input
                assertThat(host.answer(60))
                        .as("answer %d while standard input is still open", i)
                        .contains("\"caseId\":\"C-OPEN-" + i + "\"");
            }
        }
    }

    @ParameterizedTest(name = "--threads {0}")
    @ValueSource(strings = {"1", "2"})
    void aLineCutShortOnAnOpenPipeIsAnsweredBeforeTheNextLineComes(String threads) throws Exception {
        String one = samples().get(0);
        try (OpenPipe host = OpenPipe.start(threads)) {
            host.write(one.replace("\"C-2001\"", "\"C-OPEN-0\"") + "\n");
            assertThat(host.answer(60)).contains("\"caseId\":\"C-OPEN-0\"");

            // cut short inside a string: no line after it can complete it
            host.write("{\"complaint\": {\"id\": \"C-CUT-1\", \"text\": \"ab\n");
            assertThat(host.answer(20))
                    .as("the answer to a line cut short while the input stays open")
                    .contains("\"caseId\":\"C-CUT-1\"")
                    .contains("\"code\":\"INVALID_INPUT\"")
                    .contains("not valid JSON at line 2");
            // cut short after a value, in JSON Lines: a pretty-printed object breaks its lines elsewhere
            host.write("{\"complaint\": {\"id\": \"C-CUT-2\", \"text\": \"ab\"\n");
            assertThat(host.answer(20)).contains("\"caseId\":\"C-CUT-2\"").contains("not valid JSON at line 3");

            // a pretty-printed object written a line at a time is still read whole
            String[] pretty = new ObjectMapper()
                    .readTree(one.replace("\"C-2001\"", "\"C-PRETTY\""))
                    .toPrettyString()
                    .split("\n");
            for (String l : pretty) {
                host.write(l + "\n");
                Thread.sleep(20); // each line alone in the pipe, as a host writing a line at a time leaves it
            }
            host.write(one.replace("\"C-2001\"", "\"C-OPEN-1\"") + "\n");
            assertThat(host.answer(20)).contains("\"caseId\":\"C-PRETTY\"").contains("\"complainantType\"");
            assertThat(host.answer(20)).contains("\"caseId\":\"C-OPEN-1\"");
        }
    }

    /** Standard input kept open by a host that writes a line and waits for its answer. */
    private static final class OpenPipe implements AutoCloseable {
        private final PipedOutputStream host = new PipedOutputStream();
        private final BlockingQueue<String> answers = new LinkedBlockingQueue<>();
        private final Thread run;

        private OpenPipe(String threads) throws IOException {
            PipedInputStream stdin = new PipedInputStream(host, 1 << 16);
            Writer lines = new Writer() {
                private final StringBuilder line = new StringBuilder();

                @Override
                public void write(char[] cbuf, int off, int len) {
                    for (int i = off; i < off + len; i++) {
                        if (cbuf[i] == '\n') {
                            answers.add(line.toString());
                            line.setLength(0);
                        } else {
                            line.append(cbuf[i]);
                        }
                    }
                }

                @Override
                public void flush() {}

                @Override
                public void close() {}
            };
            run = new Thread(
                    () -> new Main(stdin, new PrintWriter(lines), new PrintWriter(new StringWriter()), Terminal.none())
                            .run(new String[] {"advise", "-", "--threads", threads}));
            run.setDaemon(true);
            run.start();
        }

        static OpenPipe start(String threads) throws IOException {
            return new OpenPipe(threads);
        }

        void write(String text) throws IOException {
            host.write(text.getBytes(StandardCharsets.UTF_8));
            host.flush();
        }

        /** @return the next answer line, or {@code null} when none came within the time */
        String answer(int seconds) throws InterruptedException {
            return answers.poll(seconds, TimeUnit.SECONDS);
        }

        @Override
        public void close() throws Exception {
            host.close();
            run.join(60_000);
            assertThat(answers).as("answers left over").isEmpty();
        }
    }

    @Test
    void aTextReportShowsNoControlCharacterOfTheInput() throws IOException {
        String one = samples().get(0);
        String forged = one.replace("\"C-2001\"", "\"C-1\\u001b[2J\\nCase C-FAKE\"");

        for (String[] args : List.of(new String[] {"explain", "-"}, new String[] {"advise", "-", "--format", "text"})) {
            Run r = Cli.run(forged + "\n", Terminal.none(), args);

            assertThat(r.out())
                    .as(String.join(" ", args))
                    .doesNotContain("\u001b")
                    .contains("C-1\\u001B[2J\\u000ACase C-FAKE");
            assertThat(r.out().lines().filter(l -> l.startsWith("Case "))).hasSize(1);
        }
    }

    @Test
    void invalidUtf8IsAnErrorNamingTheLineAndByteNotARepairedCase() throws IOException {
        String first = samples().get(0);
        byte[] good = (first + "\n").getBytes(StandardCharsets.UTF_8);
        byte[] bad = (first.replace("C-2001", "C-BAD").replace("rain", "ra\u00ffn") + "\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        byte[] all = new byte[good.length * 2 + bad.length];
        System.arraycopy(good, 0, all, 0, good.length);
        System.arraycopy(bad, 0, all, good.length, bad.length);
        System.arraycopy(good, 0, all, good.length + bad.length, good.length);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int exit = new Main(new ByteArrayInputStream(all), new PrintWriter(out), new PrintWriter(err), Terminal.none())
                .run(new String[] {"advise"});

        assertThat(exit).isEqualTo(2);
        List<String> lines = out.toString().lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(1))
                .startsWith("{\"caseId\":\"C-BAD\"") // the id was read whole: the answer names its case
                .contains("\"code\":\"INVALID_INPUT\"", "line 2", "byte");
        assertThat(lines.get(0)).isEqualTo(lines.get(2)).contains("\"complainantType\"");
    }

    @Test
    void anUnpairedSurrogateEscapeIsAnErrorNamingTheFieldNotAReplacedCharacter() throws IOException {
        // regression: a lone high-surrogate escape before "C-1" was advised, its case id written as "?C-1", and the run
        // exited 0
        String one = samples().get(0);
        String badId = one.replace("\"C-2001\"", "\"\\ud800C-1\"");
        String badText = one.replace("\"C-2001\"", "\"C-2\"").replace("in the rain", "in the ra\\udc00in");
        String stdin = badId + "\n" + badText + "\n" + one + "\n";
        ObjectMapper json = new ObjectMapper();

        for (String threads : List.of("1", "2")) {
            Run r = Cli.run(stdin, Terminal.none(), "advise", "-", "--threads", threads);

            assertThat(r.exit()).as(r.err()).isEqualTo(2);
            List<String> out = r.out().lines().toList();
            assertThat(out).hasSize(3);
            var id = json.readTree(out.get(0));
            assertThat(id.get("caseId").isNull()).isTrue();
            assertThat(id.at("/error/code").asText()).isEqualTo("INVALID_INPUT");
            assertThat(id.at("/error/field").asText()).isEqualTo("complaint.id");
            assertThat(id.at("/error/message").asText())
                    .isEqualTo("holds an unpaired UTF-16 surrogate (\\ud800 at character 1), which is not a"
                            + " character; was \"\\ud800C-1\"");
            var text = json.readTree(out.get(1));
            assertThat(text.get("caseId").asText()).isEqualTo("C-2");
            assertThat(text.at("/error/field").asText()).isEqualTo("complaint.text");
            assertThat(text.at("/error/message").asText())
                    .startsWith("holds an unpaired UTF-16 surrogate (\\udc00 at character ")
                    .doesNotContain("rain");
            assertThat(out.get(2)).startsWith("{\"caseId\":\"C-2001\",\"ruleSet\"");
            assertThat(r.out()).doesNotContain("?C-1", "\ud800", "\udc00");
        }
    }

    @Test
    void invalidUtf8InTheIdItselfLeavesTheCaseIdUnread() throws IOException {
        byte[] bad = (samples().get(0).replace("C-2001", "C-\u00ff") + "\n").getBytes(StandardCharsets.ISO_8859_1);
        StringWriter out = new StringWriter();

        int exit = new Main(
                        new ByteArrayInputStream(bad),
                        new PrintWriter(out),
                        new PrintWriter(new StringWriter()),
                        Terminal.none())
                .run(new String[] {"advise"});

        assertThat(exit).isEqualTo(2);
        assertThat(out.toString()).startsWith("{\"caseId\":null,").contains("INVALID_INPUT", "byte");
    }

    @Test
    void anOutputThatFailsEndsTheRunWithExitOneAndAMessage() throws IOException {
        String one = samples().get(0);
        String many = IntStream.range(0, 3_000)
                .mapToObj(i -> one.replace("\"C-2001\"", "\"C-" + i + "\""))
                .collect(Collectors.joining("\n"));
        AtomicInteger written = new AtomicInteger();
        Writer full = new Writer() {
            @Override
            public void write(char[] cbuf, int off, int len) throws IOException {
                if (written.addAndGet(len) > 100_000) {
                    throw new IOException("No space left on device");
                }
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        StringWriter err = new StringWriter();

        int exit = new Main(
                        new ByteArrayInputStream(many.getBytes(StandardCharsets.UTF_8)),
                        new PrintWriter(full),
                        new PrintWriter(err),
                        Terminal.none())
                .run(new String[] {"advise", "--threads", "2"});

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString()).containsOnlyOnce("complaint-advisor: cannot write to standard output");
        // the run stopped soon after the fault, not after advising all 3,000 cases
        assertThat(written.get()).isLessThan(100_000 + 2 * ResultSink.CHECK_EVERY_CHARS + 20_000);
    }

    @ParameterizedTest(name = "--threads {0}")
    @ValueSource(strings = {"1", "2"})
    void anOutputThatFailsWhileAnswersAreFlushedForAWaitingHostEndsTheRunToo(String threads) throws IOException {
        String one = samples().get(0);
        String many = IntStream.range(0, 500)
                .mapToObj(i -> one.replace("\"C-2001\"", "\"C-" + i + "\""))
                .collect(Collectors.joining("\n"));
        // a pipe with nothing waiting in it before every read: the answers are flushed before each
        InputStream pipe =
                new java.io.FilterInputStream(new ByteArrayInputStream(many.getBytes(StandardCharsets.UTF_8))) {
                    @Override
                    public int available() {
                        return 0;
                    }

                    @Override
                    public int read(byte[] b, int off, int len) throws IOException {
                        return super.read(b, off, Math.min(len, 512));
                    }
                };
        AtomicInteger written = new AtomicInteger();
        Writer closed = new Writer() {
            @Override
            public void write(char[] cbuf, int off, int len) {
                written.addAndGet(len);
            }

            @Override
            public void flush() throws IOException {
                if (written.get() > 0) {
                    throw new IOException("Broken pipe");
                }
            }

            @Override
            public void close() {}
        };
        StringWriter err = new StringWriter();

        int exit = new Main(pipe, new PrintWriter(closed), new PrintWriter(err), Terminal.none())
                .run(new String[] {"advise", "-", "--threads", threads});

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString()).containsOnlyOnce("complaint-advisor: cannot write to standard output");
        assertThat(err.toString()).doesNotContain("cannot read");
    }

    @Test
    void threadsOutOfRangeIsAUsageError() {
        Run zero = Cli.run("advise", "--threads", "0", SAMPLES.toString());
        assertThat(zero.exit()).isEqualTo(1);
        assertThat(zero.err()).contains("--threads must be 1..256, was 0");
        assertThat(zero.out()).isEmpty();
    }
}
