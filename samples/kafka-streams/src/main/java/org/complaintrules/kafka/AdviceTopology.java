package org.complaintrules.kafka;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.complaintrules.api.Advice;
import org.complaintrules.api.CaseError;
import org.complaintrules.api.CaseResult;
import org.complaintrules.api.ComplaintAdvisor;
import org.complaintrules.api.ErrorCode;
import org.complaintrules.json.AdviceWriter;
import org.complaintrules.json.CaseInput;
import org.complaintrules.json.CaseReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The processor's topology: each record of the cases topic holds one case as contract JSON
 * (CONTRACT.md section 1); each is answered by exactly one record, an advice on the advice topic or
 * an error object (section 3) on the errors topic, keyed by the case id (the input key when the id
 * could not be read). A record that cannot be read (not UTF-8, not JSON, not a valid case, a
 * tombstone) is answered on the errors topic and the stream goes on. Every answer carries the
 * header {@value #SOURCE_HEADER} = {@code topic/partition/offset} of the case it answers.
 *
 * <p>One {@link ComplaintAdvisor} serves every task and stream thread of the instance: it is
 * thread-safe and compiling a policy is costly, so it is built once and handed in.
 */
public final class AdviceTopology {
    /** Header naming the input record an answer belongs to: {@code topic/partition/offset}. */
    public static final String SOURCE_HEADER = "complaint-rules-source";

    static final String SOURCE = "cases";
    static final String PROCESSOR = "advise";
    static final String ADVICE_SINK = "advice";
    static final String ERRORS_SINK = "errors";

    private AdviceTopology() {}

    /**
     * The topic names.
     *
     * @param cases the input: one case per record
     * @param advice the output: one advice per record
     * @param errors the output: one error object per record
     */
    public record Topics(String cases, String advice, String errors) {
        /** Validates the names. */
        public Topics {
            Objects.requireNonNull(cases, "cases");
            Objects.requireNonNull(advice, "advice");
            Objects.requireNonNull(errors, "errors");
        }

        /** @return {@code complaint-cases}, {@code complaint-advice}, {@code complaint-errors} */
        public static Topics defaults() {
            return new Topics("complaint-cases", "complaint-advice", "complaint-errors");
        }
    }

    /**
     * @param advisor the instance's advisor, shared by all its tasks
     * @param topics the topic names
     * @return the topology
     */
    public static Topology build(ComplaintAdvisor advisor, Topics topics) {
        Objects.requireNonNull(advisor, "advisor");
        Objects.requireNonNull(topics, "topics");
        CaseReader reader = CaseReader.create();
        AdviceWriter writer = AdviceWriter.create();
        return new Topology()
                .addSource(SOURCE, new StringDeserializer(), new ByteArrayDeserializer(), topics.cases())
                .addProcessor(PROCESSOR, () -> new Advise(advisor, reader, writer), SOURCE)
                .addSink(ADVICE_SINK, topics.advice(), new StringSerializer(), new StringSerializer(), PROCESSOR)
                .addSink(ERRORS_SINK, topics.errors(), new StringSerializer(), new StringSerializer(), PROCESSOR);
    }

    /** Answers one record. */
    static final class Advise implements Processor<String, byte[], String, String> {
        private static final Logger LOG = LoggerFactory.getLogger(Advise.class);
        private final ComplaintAdvisor advisor;
        private final CaseReader reader;
        private final AdviceWriter writer;
        private ProcessorContext<String, String> context;

        Advise(ComplaintAdvisor advisor, CaseReader reader, AdviceWriter writer) {
            this.advisor = advisor;
            this.reader = reader;
            this.writer = writer;
        }

        @Override
        public void init(ProcessorContext<String, String> context) {
            this.context = context;
        }

        @Override
        public void process(Record<String, byte[]> record) {
            CaseResult result = answer(record.value());
            String key = result.caseId() != null ? result.caseId() : record.key();
            Headers headers = new RecordHeaders(record.headers().toArray());
            context.recordMetadata().ifPresent(m -> headers.add(SOURCE_HEADER, source(m)));
            context.forward(
                    new Record<>(key, writer.write(result), record.timestamp(), headers),
                    result instanceof Advice ? ADVICE_SINK : ERRORS_SINK);
        }

        private static byte[] source(RecordMetadata m) {
            return (m.topic() + "/" + m.partition() + "/" + m.offset()).getBytes(StandardCharsets.UTF_8);
        }

        private CaseResult answer(byte[] value) {
            if (value == null) {
                return invalid("the record has no value; a record holds one case as a JSON object");
            }
            String json;
            try {
                json = StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(value))
                        .toString();
            } catch (CharacterCodingException e) {
                return invalid("the record is not valid UTF-8");
            }
            List<CaseInput> inputs = reader.readAll(json);
            if (inputs.size() != 1) {
                return invalid("a record holds one case as a JSON object, found " + inputs.size());
            }
            CaseInput in = inputs.get(0);
            if (!in.isValid()) {
                return in.error();
            }
            try {
                return advisor.tryAdvise(in.complaintCase());
            } catch (RuntimeException e) {
                // the message may quote the case: log the type and the id only
                LOG.error("unexpected {} advising case {}", e.getClass().getName(), in.caseId());
                return new CaseError(
                        in.caseId(),
                        ErrorCode.RULES_FAILED,
                        null,
                        "could not be advised: unexpected " + e.getClass().getSimpleName());
            }
        }

        private static CaseError invalid(String message) {
            return new CaseError(null, ErrorCode.INVALID_INPUT, null, message);
        }
    }
}
