package org.complaintrules.kafka;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.complaintrules.api.ComplaintAdvisor;
import org.complaintrules.api.RegulatoryProfile;
import org.complaintrules.drools.DroolsComplaintAdvisor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs {@link AdviceTopology} against a Kafka cluster. One argument: a properties file with the
 * Kafka Streams settings ({@code bootstrap.servers}, {@code application.id}, ...) and these:
 *
 * <ul>
 *   <li>{@code complaint-rules.rules-directory}: the policy folder (default: the bundled policy);</li>
 *   <li>{@code complaint-rules.profile}: a regulatory profile, e.g. {@code UK_FCA};</li>
 *   <li>{@code topics.cases}, {@code topics.advice}, {@code topics.errors}: the topic names
 *       (default {@code complaint-cases}, {@code complaint-advice}, {@code complaint-errors}).</li>
 * </ul>
 *
 * <p>The advisor is built once, before the stream starts, and shared by every stream thread. Start
 * more instances with the same {@code application.id} to share the partitions of the cases topic.
 */
public final class AdvisorStreamsApp {
    private static final Logger LOG = LoggerFactory.getLogger(AdvisorStreamsApp.class);

    private AdvisorStreamsApp() {}

    /**
     * @param args the path of the properties file
     * @throws IOException when it cannot be read
     * @throws InterruptedException when interrupted while running
     */
    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length != 1) {
            System.err.println("usage: java -jar complaint-advisor-kafka-streams.jar streams.properties");
            System.exit(1);
        }
        Properties config = new Properties();
        try (Reader in = Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8)) {
            config.load(in);
        }
        ComplaintAdvisor advisor = advisor(config);
        AdviceTopology.Topics defaults = AdviceTopology.Topics.defaults();
        AdviceTopology.Topics topics = new AdviceTopology.Topics(
                (String) config.getOrDefault("topics.cases", defaults.cases()),
                (String) config.getOrDefault("topics.advice", defaults.advice()),
                (String) config.getOrDefault("topics.errors", defaults.errors()));
        config.keySet().removeIf(k -> k.toString().startsWith("topics."));
        config.putIfAbsent(StreamsConfig.APPLICATION_ID_CONFIG, "complaint-advisor");
        KafkaStreams streams = new KafkaStreams(AdviceTopology.build(advisor, topics), config);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            streams.close();
            stopped.countDown();
        }));
        streams.start();
        LOG.info(
                "advising {} into {} and {} with policy {} {}",
                topics.cases(),
                topics.advice(),
                topics.errors(),
                advisor.ruleSet().name(),
                advisor.ruleSet().version());
        stopped.await();
    }

    static ComplaintAdvisor advisor(Properties config) {
        DroolsComplaintAdvisor.Builder b = DroolsComplaintAdvisor.builder();
        Object dir = config.remove("complaint-rules.rules-directory");
        if (dir != null) {
            b.rulesDirectory(Path.of(dir.toString()));
        }
        Object profile = config.remove("complaint-rules.profile");
        if (profile != null) {
            try {
                b.regulatoryProfile(RegulatoryProfile.valueOf(profile.toString().strip()));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("complaint-rules.profile must be one of "
                        + java.util.Arrays.toString(RegulatoryProfile.values()) + ", was \"" + profile + "\"");
            }
        }
        return b.build();
    }
}
