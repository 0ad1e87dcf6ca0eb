package org.complaintrules.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.complaintrules.api.Advice;
import org.complaintrules.api.CaseError;
import org.complaintrules.api.ComplaintAdvisor;
import org.complaintrules.api.ErrorCode;
import org.complaintrules.drools.DroolsComplaintAdvisor;
import org.complaintrules.json.AdviceWriter;
import org.complaintrules.json.CaseReader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The topology on Kafka's test driver (no broker): every case record is answered once, on the right topic. */
class AdviceTopologyTest {
    private static ComplaintAdvisor advisor;
    private final CaseReader reader = CaseReader.create();
    private TopologyTestDriver driver;
    private TestInputTopic<String, byte[]> cases;
    private TestOutputTopic<String, String> advice;
    private TestOutputTopic<String, String> errors;

    @TempDir
    Path state;

    @BeforeAll
    static void buildOnce() {
        advisor = DroolsComplaintAdvisor.builder().build();
    }

    @BeforeEach
    void start() {
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "complaint-advisor-test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        props.put(StreamsConfig.STATE_DIR_CONFIG, state.toString());
        AdviceTopology.Topics topics = AdviceTopology.Topics.defaults();
        driver = new TopologyTestDriver(AdviceTopology.build(advisor, topics), props);
        cases = driver.createInputTopic(topics.cases(), new StringSerializer(), new ByteArraySerializer());
        advice = driver.createOutputTopic(topics.advice(), new StringDeserializer(), new StringDeserializer());
        errors = driver.createOutputTopic(topics.errors(), new StringDeserializer(), new StringDeserializer());
    }

    @AfterEach
    void stop() {
        driver.close();
    }

    static String caseJson(String id, String currency) {
        return "{\"complaint\": {\"id\": \"" + id
                + "\", \"receivedAt\": \"2026-11-20T10:15:00Z\", \"channel\": \"EMAIL\","
                + " \"category\": \"PRODUCT_QUALITY\", \"text\": \"The blender broke after two days. I want my money back.\","
                + " \"claimedLoss\": {\"amount\": \"89.99\", \"currency\": \"" + currency + "\"}},"
                + " \"customer\": {\"id\": \"K-77\"}}";
    }

    private void send(String key, String value) {
        cases.pipeInput(key, value == null ? null : value.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void eachCaseIsAdvisedOnTheAdviceTopicKeyedByCaseId() {
        send("customer-K-77", caseJson("C-1", "EUR"));
        send(null, caseJson("C-2", "EUR"));

        List<TestRecord<String, String>> out = advice.readRecordsToList();
        assertThat(out).extracting(TestRecord::key).containsExactly("C-1", "C-2");
        String expected = AdviceWriter.create().write(advisor.advise(reader.readCase(caseJson("C-1", "EUR"))));
        assertThat(out.get(0).value()).isEqualTo(expected);
        assertThat(reader.readResult(out.get(1).value())).isInstanceOf(Advice.class);
        assertThat(new String(
                        out.get(0)
                                .headers()
                                .lastHeader(AdviceTopology.SOURCE_HEADER)
                                .value(),
                        StandardCharsets.UTF_8))
                .isEqualTo("complaint-cases/0/0");
        assertThat(errors.isEmpty()).isTrue();
    }

    @Test
    void aMalformedRecordBecomesAnErrorRecordAndTheStreamGoesOn() {
        send("k-1", caseJson("C-1", "EUR"));
        send("k-2", "{\"complaint\": {\"id\": \"C-2\", ");
        cases.pipeInput("k-3", new byte[] {'{', (byte) 0xC3, (byte) 0x28, '}'});
        send("k-4", null);
        send("k-5", "[" + caseJson("C-5a", "EUR") + ", " + caseJson("C-5b", "EUR") + "]");
        send("k-6", caseJson("C-6", "EUR"));

        assertThat(advice.readKeyValuesToList()).extracting(kv -> kv.key).containsExactly("C-1", "C-6");
        List<TestRecord<String, String>> failed = errors.readRecordsToList();
        // the reader still finds the id of the cut-off case: its error is keyed by it; the others by the input key
        assertThat(failed).extracting(TestRecord::key).containsExactly("C-2", "k-3", "k-4", "k-5");
        assertThat(failed)
                .allSatisfy(r -> assertThat(reader.readResult(r.value()))
                        .isInstanceOfSatisfying(
                                CaseError.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_INPUT)));
        assertThat(failed.get(1).value()).contains("not valid UTF-8");
        assertThat(failed.get(2).value()).contains("no value");
        assertThat(failed.get(3).value()).contains("found 2");
        assertThat(new String(
                        failed.get(0)
                                .headers()
                                .lastHeader(AdviceTopology.SOURCE_HEADER)
                                .value(),
                        StandardCharsets.UTF_8))
                .isEqualTo("complaint-cases/0/1");
    }

    @Test
    void aCaseThePolicyCannotAdviseIsAnErrorKeyedByItsId() {
        send("k-1", caseJson("C-1", "USD"));
        send("k-2", caseJson("C-2", "EUR").replace("\"89.99\"", "\"-5\""));

        List<TestRecord<String, String>> failed = errors.readRecordsToList();
        assertThat(failed).extracting(TestRecord::key).containsExactly("C-1", "C-2");
        assertThat(reader.readResult(failed.get(0).value()))
                .isEqualTo(new CaseError(
                        "C-1",
                        ErrorCode.UNSUPPORTED,
                        "complaint.claimedLoss.currency",
                        ((CaseError) advisor.tryAdvise(reader.readCase(caseJson("C-1", "USD")))).message()));
        assertThat(((CaseError) reader.readResult(failed.get(1).value())).field())
                .isEqualTo("complaint.claimedLoss.amount");
        assertThat(advice.isEmpty()).isTrue();
    }
}
