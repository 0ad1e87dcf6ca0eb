package org.complaintrules.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.complaintrules.json.TestJson.MINIMAL_CASE;
import static org.complaintrules.json.TestJson.line;

import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Input that stays open, as a pipe from a host that writes a line and waits for its answer: a line
 * cut short that no later line can complete is answered without waiting for the next line; one that
 * may be the first line of a pretty-printed object waits for it. A whole pretty-printed object, and
 * an array element with its ',', are answered without waiting for what comes after them.
 */
class OpenPipeTest {
    private final PipedOutputStream host = new PipedOutputStream();
    private final ExecutorService reading = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "open-pipe-reader");
        t.setDaemon(true);
        return t;
    });

    @AfterEach
    void close() throws Exception {
        host.close();
        reading.shutdownNow();
    }

    private Iterator<CaseInput> open() throws Exception {
        return CaseReader.create().iterator(new PipedInputStream(host, 1 << 16));
    }

    private void write(String text) throws Exception {
        host.write(text.getBytes(StandardCharsets.UTF_8));
        host.flush();
    }

    /** @return the next input, or {@code null} when the reader is still waiting after {@code millis} */
    private CaseInput next(Iterator<CaseInput> cases, long millis) throws Exception {
        Future<CaseInput> f = reading.submit(() -> cases.hasNext() ? cases.next() : null);
        try {
            return f.get(millis, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            return null;
        }
    }

    @Test
    void aLineCutShortIsAnsweredWithoutTheNextLineWhenNoLineCouldCompleteIt() throws Exception {
        Iterator<CaseInput> cases = open();
        write(line("C-1") + "\n");
        assertThat(next(cases, 20_000).caseId()).isEqualTo("C-1");

        write("{\"complaint\":{\"id\":\"C-2\",\"text\":\"ab\n"); // inside a string
        CaseInput cut = next(cases, 20_000);
        assertThat(cut).as("answered while the input stays open").isNotNull();
        assertThat(cut.isValid()).isFalse();
        assertThat(cut.caseId()).isEqualTo("C-2");
        assertThat(cut.error().message()).startsWith("not valid JSON at line 2");

        write("{\"complaint\":{\"id\":\"C-3\",\"text\":\"ab\"\n"); // after a value, in JSON Lines
        CaseInput afterValue = next(cases, 20_000);
        assertThat(afterValue).isNotNull();
        assertThat(afterValue.caseId()).isEqualTo("C-3");
        assertThat(afterValue.error().message()).startsWith("not valid JSON at line 3");

        // a lone "{" may start a pretty-printed object: it waits for the lines after it
        write("{\n");
        Future<CaseInput> pretty = reading.submit(() -> cases.hasNext() ? cases.next() : null);
        Thread.sleep(300);
        assertThat(pretty).isNotDone();
        write("  " + MINIMAL_CASE.substring(1).replace("\"C-1\"", "\"C-4\"") + "\n");
        write(line("C-5") + "\n"); // an object over lines is answered once the line after it is seen
        assertThat(pretty.get(20, TimeUnit.SECONDS).caseId()).isEqualTo("C-4");
        assertThat(next(cases, 20_000).caseId()).isEqualTo("C-5");
    }

    @Test
    void aPrettyPrintedObjectIsAnsweredWithoutWaitingForTheLineAfterIt() throws Exception {
        Iterator<CaseInput> cases = open();
        write(TestJson.of(line("C-1")).json().replace(",", ",\n  ") + "\n");
        CaseInput first = next(cases, 20_000);
        assertThat(first).as("answered while the input stays open").isNotNull();
        assertThat(first.caseId()).isEqualTo("C-1");
        assertThat(first.isValid()).isTrue();

        write("{\n  " + MINIMAL_CASE.substring(1).replace("\"C-1\"", "\"C-2\"").replace(",", ",\n  ") + "\n");
        assertThat(next(cases, 20_000).caseId()).isEqualTo("C-2");
    }

    @Test
    void anArrayElementIsAnsweredOnceItsCommaHasCome() throws Exception {
        Iterator<CaseInput> cases = open();
        write("[\n  " + line("C-1") + ",\n");
        CaseInput first = next(cases, 20_000);
        assertThat(first).as("answered before the next element comes").isNotNull();
        assertThat(first.caseId()).isEqualTo("C-1");
        assertThat(first.isValid()).isTrue();

        write("  " + line("C-2") + ",\n");
        assertThat(next(cases, 20_000).caseId()).isEqualTo("C-2");
        write("  " + line("C-3") + "\n]\n");
        assertThat(next(cases, 20_000).caseId()).isEqualTo("C-3");
    }

    @Test
    void beforeTheInputReadsAsJsonLinesALineEndingAfterAValueWaitsForTheNext() throws Exception {
        Iterator<CaseInput> cases = open();
        int split = MINIMAL_CASE.indexOf(",\"customer\"");
        write(MINIMAL_CASE.substring(0, split) + "\n");
        Future<CaseInput> first = reading.submit(() -> cases.hasNext() ? cases.next() : null);
        Thread.sleep(300);
        assertThat(first).as("the first line may start an object over lines").isNotDone();
        write("  " + MINIMAL_CASE.substring(split) + "\n");
        write(line("C-2") + "\n");
        CaseInput whole = first.get(20, TimeUnit.SECONDS);
        assertThat(whole.isValid()).isTrue();
        assertThat(whole.caseId()).isEqualTo("C-1");
    }
}
