package org.complaintrules.testkit.logging;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * The JUnit 5 extension behind {@link ExpectQuietLog}: fails a test on an unexpected WARN or ERROR log line.
 *
 * <p>Before each test it replaces {@code System.err} with a stream that passes everything on to the previous
 * one and keeps the lines that SLF4J's simple binding writes at level WARN or ERROR
 * ({@code [thread] WARN logger - message}, with or without the thread, with or without brackets around
 * the level). After the test it puts the previous stream back and fails the test with every unexpected line.
 * Lines from all threads count, so a warning from a worker thread fails the test too.
 *
 * <p>Limits: it sees only what reaches {@code System.err} while a test runs (the simple binding's default
 * target; a test setting {@code org.slf4j.simpleLogger.logFile} elsewhere is not checked), and tests that
 * run in parallel in one JVM share {@code System.err}, so a noisy test can fail a quiet one running beside it.
 */
public final class QuietLogExtension implements BeforeEachCallback, AfterEachCallback {

    /**
     * {@code [thread] WARN logger - }, the simple binding's default layout; a leading date or time
     * ({@code showDateTime}), the thread and the brackets are optional.
     */
    private static final Pattern LOG_LINE =
            Pattern.compile("^(?:[\\d:.,+/TZ -]+ )?(?:\\[[^\\]]*\\] )?\\[?(WARN|ERROR)\\]? (\\S+) - ");

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(QuietLogExtension.class);

    /** Creates the extension; JUnit does so for {@link ExpectQuietLog}. */
    public QuietLogExtension() {}

    @Override
    public void beforeEach(ExtensionContext context) {
        PrintStream previous = System.err;
        Capture capture = new Capture(previous);
        context.getStore(NAMESPACE).put(Capture.class, capture);
        System.setErr(capture.stream);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        Capture capture = context.getStore(NAMESPACE).remove(Capture.class, Capture.class);
        if (capture == null) {
            return;
        }
        capture.stream.flush();
        System.setErr(capture.previous);
        List<String> allowed = allowed(context);
        List<String> unexpected = new ArrayList<>();
        for (String line : capture.lines()) {
            Optional<String> logger = warningLogger(line);
            if (logger.isPresent() && !isAllowed(logger.get(), allowed)) {
                unexpected.add(line);
            }
        }
        if (!unexpected.isEmpty()) {
            throw new AssertionError("expected a quiet run, but " + unexpected.size()
                    + " WARN/ERROR log line(s) were written (allow a logger with @ExpectQuietLog(allow = ...)):\n  "
                    + String.join("\n  ", unexpected));
        }
    }

    /**
     * The logger of a WARN or ERROR line in the simple binding's layout.
     *
     * @param line one line of {@code System.err}
     * @return the logger's name, or empty when the line is not a WARN or ERROR log line
     */
    static Optional<String> warningLogger(String line) {
        Matcher m = LOG_LINE.matcher(line);
        return m.find() ? Optional.of(m.group(2)) : Optional.empty();
    }

    /**
     * Whether a logger is allowed to warn.
     *
     * @param logger the logger's name
     * @param allowed logger names, and prefixes ending in {@code .}
     * @return true when the name is listed or starts with a listed prefix
     */
    static boolean isAllowed(String logger, List<String> allowed) {
        for (String a : allowed) {
            if (a.endsWith(".") ? logger.startsWith(a) : logger.equals(a)) {
                return true;
            }
        }
        return false;
    }

    private static List<String> allowed(ExtensionContext context) {
        Stream<ExpectQuietLog> onClass =
                context.getTestClass().flatMap(c -> AnnotationSupport.findAnnotation(c, ExpectQuietLog.class)).stream();
        Stream<ExpectQuietLog> onMethod =
                context
                        .getTestMethod()
                        .flatMap(m -> AnnotationSupport.findAnnotation(m, ExpectQuietLog.class))
                        .stream();
        return Stream.concat(onClass, onMethod)
                .flatMap(a -> Arrays.stream(a.allow()))
                .toList();
    }

    /** What was written to {@code System.err} during one test, passed on as it came. */
    private static final class Capture {
        private final PrintStream previous;
        private final ByteArrayOutputStream copy = new ByteArrayOutputStream();
        private final PrintStream stream;

        Capture(PrintStream previous) {
            this.previous = previous;
            // the bytes pass through unchanged; the copy is decoded only to find the ASCII layout of a log line
            this.stream = new PrintStream(new Tee(previous, copy), true, Charset.defaultCharset());
        }

        List<String> lines() {
            synchronized (copy) {
                return copy.toString(Charset.defaultCharset()).lines().toList();
            }
        }
    }

    /** Writes each byte both to the previous stream and to the copy. */
    private static final class Tee extends OutputStream {
        private final PrintStream out;
        private final ByteArrayOutputStream copy;

        Tee(PrintStream out, ByteArrayOutputStream copy) {
            this.out = out;
            this.copy = copy;
        }

        @Override
        public void write(int b) {
            synchronized (copy) {
                copy.write(b);
            }
            out.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            synchronized (copy) {
                copy.write(b, off, len);
            }
            out.write(b, off, len);
        }

        @Override
        public void flush() {
            out.flush();
        }
    }
}
