package org.complaintrules.spring;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Reloads a {@link ManagedComplaintAdvisor} when the rule files below its rules directory change:
 * every interval it looks at the names, sizes and modification times of the {@code .drl} files and
 * {@code policy.properties}; a change is reloaded once the files have stayed the same for one more
 * interval, so an editor's several writes make one reload. A reload that fails keeps the rules in
 * force (the advisor logs why); the next change tries again.
 */
public final class PolicyFileWatcher implements SmartLifecycle {
    private static final Logger LOG = LoggerFactory.getLogger(PolicyFileWatcher.class);

    private final ManagedComplaintAdvisor advisor;
    private final Path directory;
    private final Duration interval;
    private ScheduledExecutorService timer;
    private List<String> loaded;
    private List<String> pending;

    /**
     * @param advisor the advisor to reload
     * @param directory its rules directory
     * @param interval how often to look, at least 10 ms
     * @throws IllegalArgumentException when {@code interval} is shorter than 10 ms
     */
    public PolicyFileWatcher(ManagedComplaintAdvisor advisor, Path directory, Duration interval) {
        this.advisor = Objects.requireNonNull(advisor, "advisor");
        this.directory = Objects.requireNonNull(directory, "directory");
        this.interval = Objects.requireNonNull(interval, "interval");
        if (interval.toMillis() < 10) {
            throw new IllegalArgumentException("interval must be at least 10 ms, was " + interval);
        }
    }

    @Override
    public synchronized void start() {
        if (timer != null) {
            return;
        }
        loaded = snapshot();
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "complaint-rules-watch");
            t.setDaemon(true);
            return t;
        });
        long ms = interval.toMillis();
        timer.scheduleWithFixedDelay(this::look, ms, ms, TimeUnit.MILLISECONDS);
        LOG.info("complaint-rules: watching {} for rule changes every {} ms", directory, ms);
    }

    @Override
    public synchronized void stop() {
        if (timer != null) {
            timer.shutdownNow();
            timer = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return timer != null;
    }

    private void look() {
        try {
            List<String> now = snapshot();
            if (now.equals(loaded)) {
                pending = null;
                return;
            }
            if (!now.equals(pending)) {
                pending = now; // changed since the last look: wait until it settles
                return;
            }
            if (advisor.state() == ManagedComplaintAdvisor.State.COMPILING) {
                return;
            }
            loaded = now;
            pending = null;
            advisor.reload();
        } catch (RuntimeException e) {
            // the advisor has logged a failed reload; anything else (a folder that vanished) is logged here
            if (!(e instanceof org.complaintrules.api.ComplaintRulesException)) {
                LOG.warn("complaint-rules: could not look at or reload {}: {}", directory, e.getMessage());
            }
        }
    }

    /** The rule files' relative names, sizes and modification times, sorted. */
    private List<String> snapshot() {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(directory)) {
            return walk.filter(p -> {
                        String name = p.getFileName().toString();
                        return name.endsWith(".drl") || name.equals("policy.properties");
                    })
                    .map(p -> {
                        try {
                            BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
                            return directory.relativize(p) + "|" + a.size() + "|"
                                    + a.lastModifiedTime().toMillis();
                        } catch (IOException e) {
                            return directory.relativize(p) + "|gone";
                        }
                    })
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
