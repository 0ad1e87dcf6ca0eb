package org.complaintrules.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.complaintrules.api.Advice;
import org.complaintrules.api.ApprovalRole;
import org.complaintrules.api.CaseError;
import org.complaintrules.api.Category;
import org.complaintrules.api.Channel;
import org.complaintrules.api.CompensationForm;
import org.complaintrules.api.ComplainantType;
import org.complaintrules.api.ErrorCode;
import org.complaintrules.api.EscalationLevel;
import org.complaintrules.api.InvalidInputException;
import org.complaintrules.api.Priority;
import org.complaintrules.api.Referral;
import org.complaintrules.api.RegulatedService;
import org.complaintrules.api.Reply;
import org.complaintrules.api.ReplyKind;
import org.complaintrules.api.Segment;
import org.complaintrules.api.SignalType;
import org.complaintrules.api.Team;
import org.complaintrules.api.VulnerabilityDriver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The JSON Schemas shipped in this module, tested both ways with the networknt validator: what the
 * reader accepts and the writer writes validates; what the schema rejects, the reader rejects with
 * the same field path; and the schemas' keys and enums are the contract's.
 */
class ContractSchemaTest {
    private static final SchemaCheck CASES = SchemaCheck.cases();
    private static final SchemaCheck LINES = SchemaCheck.adviceLines();
    private final CaseReader reader = CaseReader.create();
    private final AdviceWriter writer = AdviceWriter.create();

    static Path repository() {
        String dataDir = System.getProperty("complaint.data.dir");
        Path data = dataDir != null && !dataDir.isBlank() ? Path.of(dataDir) : Path.of("..", "data");
        return data.resolve("..").normalize();
    }

    // ---------------------------------------------------------------- what is valid validates

    @Test
    void everySampleCaseValidates() throws IOException {
        List<String> lines = Files.readAllLines(SampleDataTest.samplesFile(), StandardCharsets.UTF_8);
        int checked = 0;
        for (String line : lines) {
            if (line.isBlank()) {
                continue;
            }
            assertThat(CASES.errors(line)).as(line).isEmpty();
            checked++;
        }
        assertThat(checked).isGreaterThanOrEqualTo(20);
    }

    @Test
    void everyScenarioCaseValidates() throws IOException {
        Path folder = repository().resolve("rules/src/test/resources/scenarios");
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(50);
        for (Path f : files) {
            JsonNode given = TestJson.MAPPER.readTree(f.toFile()).get("given");
            String json = TestJson.MAPPER.writeValueAsString(given);
            assertThat(CASES.errors(json)).as(f.getFileName().toString()).isEmpty();
            assertThat(reader.readAll(json)).allMatch(CaseInput::isValid);
        }
    }

    @Test
    void theContractsCasesAndEveryCaseTheWriterWritesValidate() {
        for (String json : List.of(
                TestJson.CONTRACT_CASE,
                TestJson.MINIMAL_CASE,
                ContractExamples.resource("contract-section1-case.json"),
                ContractExamples.resource("contract-section5-case.json"),
                writer.writeCase(ContractExamples.section5Case()),
                TestJson.contractCase()
                        .set("complaint.text", "null")
                        .set("complaint.service", "null")
                        .set("conversation", "null")
                        .json())) {
            assertThat(CASES.errors(json)).as(json).isEmpty();
            assertThat(reader.readAll(json)).allMatch(CaseInput::isValid);
        }
    }

    @Test
    void everyAdviceAndErrorTheWriterWritesValidates() {
        Advice full = ContractExamples.section5Advice();
        List<Object> results = List.of(
                ContractExamples.section2Advice(),
                full,
                full.withReferral(new Referral("AFCA", null, null, true, "ASIC RG 271")),
                full.withReply(new Reply(ReplyKind.HOLDING, "zh-Hans", "", "", List.of(), List.of())),
                full.withVulnerability(null).withReferral(null).withReply(null),
                ContractExamples.section3Error(),
                new CaseError(null, ErrorCode.INVALID_INPUT, null, "not valid JSON at line 1 column 2: x"),
                new CaseError("C-9", ErrorCode.RULES_FAILED, null, "rule X threw"));
        for (Object r : results) {
            String line = writer.write((org.complaintrules.api.CaseResult) r);
            assertThat(LINES.errors(line)).as(line).isEmpty();
            String pretty = writer.writePretty((org.complaintrules.api.CaseResult) r);
            assertThat(LINES.errors(pretty)).as(pretty).isEmpty();
        }
        assertThat(LINES.errors(ContractExamples.resource("contract-section5-advice.json")))
                .isEmpty();
        assertThat(LINES.errors(ContractExamples.resource("contract-section3-error.json")))
                .isEmpty();
    }

    @Test
    void anAdviceLineMissingA02KeyOrWithAnUnknownOneIsRejected() {
        String advice = writer.write(ContractExamples.section5Advice());
        assertThat(LINES.errorPaths(TestJson.of(advice).remove("vulnerability").json()))
                .containsExactly("vulnerability");
        assertThat(LINES.errorPaths(TestJson.of(advice).set("score", "1").json()))
                .containsExactly("score");
        assertThat(LINES.errorPaths(TestJson.of(advice)
                        .setString("referral.windowAfterFinalResponse", "6 months")
                        .json()))
                .containsExactly("referral.windowAfterFinalResponse");
        assertThat(LINES.errorPaths(
                        TestJson.of(advice).setString("reply.kind", "POSTCARD").json()))
                .containsExactly("reply.kind");
        assertThat(LINES.errorPaths("{\"caseId\":null,\"error\":{\"code\":\"OOPS\",\"field\":null,\"message\":\"x\"}}"))
                .containsExactly("error.code");
    }

    // ---------------------------------------------------------------- what is invalid is rejected by both, at one path

    static List<Object[]> invalidCases() {
        List<Object[]> out = new ArrayList<>();
        json(out, "complaint.colour", "\"red\"");
        json(out, "colour", "\"red\"");
        removed(out, "complaint.receivedAt");
        removed(out, "customer");
        removed(out, "customer.id");
        text(out, "complaint.id", "");
        text(out, "complaint.id", "   ");
        text(out, "customer.id", "K".repeat(129));
        text(out, "complaint.channel", "FAX");
        text(out, "complaint.category", "billing");
        text(out, "complaint.receivedAt", "2026-11-20T10:15:00");
        text(out, "complaint.receivedAt", "yesterday");
        text(out, "complaint.receivedAt", "+999999999-01-01T00:00:00Z");
        text(out, "complaint.receivedAt", "1969-12-31T10:00:00Z");
        text(out, "complaint.claimedLoss.amount", "-5");
        json(out, "complaint.claimedLoss.amount", "89.99");
        text(out, "complaint.claimedLoss.amount", "1.12345");
        text(out, "complaint.claimedLoss.amount", "1000000000001");
        text(out, "complaint.requestedCompensation.currency", "eur");
        removed(out, "complaint.claimedLoss.currency");
        json(out, "complaint.claimedLoss.note", "1");
        json(out, "complaint.satisfactionScore", "7");
        json(out, "complaint.satisfactionScore", "\"2\"");
        json(out, "complaint.publiclyVisible", "\"yes\"");
        text(out, "complaint.text", "x".repeat(100_001));
        text(out, "complaint.language", "English!");
        text(out, "complaint.language", "en-x");
        text(out, "complaint.language", "en-1-abc");
        add(
                out,
                TestJson.contractCase().set("complaint.signals", "[\"SHOUTING\", \"TELEPATHY\"]"),
                "complaint.signals[1]");
        json(out, "complaint.signals", "\"SHOUTING\"");
        json(out, "complaint.signals", "[" + String.join(",", java.util.Collections.nCopies(65, "\"SHOUTING\"")) + "]");
        text(out, "complaint.jurisdiction", "gb");
        text(out, "complaint.jurisdiction", "GB-SCOT");
        text(out, "complaint.timeZone", "+02:00");
        text(out, "complaint.timeZone", "UTC+02:00");
        text(out, "complaint.service", "BANKING");
        text(out, "complaint.replyDraft", "LETTER");
        text(out, "complaint.incidentDate", "1969-07-20");
        text(out, "complaint.incidentDate", "20.11.2026");
        text(out, "customer.customerSince", "1900-01-01");
        text(out, "customer.segment", "GOLD");
        json(out, "customer.complaintsLast12Months", "-1");
        json(out, "customer.upheldComplaintsLast12Months", "100001");
        json(out, "conversation.contacts", "0");
        json(out, "conversation.offersRejected", "true");
        json(out, "conversation.extra", "1");
        json(out, "conversation", "[]");
        return out;
    }

    private static void add(List<Object[]> out, TestJson json, String field) {
        out.add(new Object[] {field, json.json()});
    }

    /** The contract case with the string {@code value} at {@code path}, rejected at that path. */
    private static void text(List<Object[]> out, String path, String value) {
        add(out, TestJson.contractCase().setString(path, value), path);
    }

    /** The contract case with the JSON {@code value} at {@code path}, rejected at that path. */
    private static void json(List<Object[]> out, String path, String value) {
        add(out, TestJson.contractCase().set(path, value), path);
    }

    /** The contract case without the field at {@code path}, rejected at that path. */
    private static void removed(List<Object[]> out, String path) {
        add(out, TestJson.contractCase().remove(path), path);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidCases")
    void theSchemaAndTheReaderRejectTheSameFieldPath(String field, String json) {
        assertThat(CASES.errorPaths(json))
                .as("schema errors %s", CASES.errors(json))
                .containsExactly(field);
        try {
            reader.readCase(json);
            throw new AssertionError("the reader accepted what the schema rejects at " + field);
        } catch (InvalidInputException e) {
            assertThat(e.field()).isEqualTo(field);
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "en", "zh-Hans", "de-CH-1996", "es-419", "en-u-ca-gregory", "en-US-x-twain", "x-klingon",
                "i-klingon", "I-Klingon", "i-default", "en-GB-oed", "zh-min-nan", "art-lojban", "sgn-BE-FR"
            })
    void theSchemaAndTheReaderAcceptTheSameLanguageTags(String tag) {
        // regression: private-use and irregular grandfathered tags (x-klingon, i-klingon) were refused
        String json =
                TestJson.contractCase().setString("complaint.language", tag).json();
        assertThat(CASES.errorPaths(json))
                .as("schema errors %s", CASES.errors(json))
                .isEmpty();
        assertThat(reader.readCase(json).complaint().language()).isEqualTo(tag);
    }

    // ---------------------------------------------------------------- the schemas say what the contract says

    private static JsonNode schema(String text) throws IOException {
        return TestJson.MAPPER.readTree(text);
    }

    private static Set<String> keys(JsonNode object) {
        Set<String> out = new TreeSet<>();
        for (Iterator<String> it = object.fieldNames(); it.hasNext(); ) {
            out.add(it.next());
        }
        return out;
    }

    private static List<String> enumOf(JsonNode node) {
        List<String> out = new ArrayList<>();
        node.get("enum").forEach(v -> {
            if (!v.isNull()) {
                out.add(v.textValue());
            }
        });
        return out;
    }

    private static List<String> names(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
    }

    @Test
    void theCaseSchemaHasTheReadersFieldsAndTheApisEnums() throws IOException {
        JsonNode defs = schema(ContractSchemas.caseSchema()).get("$defs");
        JsonNode complaint = defs.get("complaint").get("properties");
        assertThat(keys(complaint)).isEqualTo(new TreeSet<>(CaseMapper.COMPLAINT_FIELDS));
        assertThat(keys(defs.get("customer").get("properties"))).isEqualTo(new TreeSet<>(CaseMapper.CUSTOMER_FIELDS));
        assertThat(keys(defs.get("conversation").get("properties")))
                .isEqualTo(new TreeSet<>(CaseMapper.CONVERSATION_FIELDS));
        assertThat(enumOf(complaint.get("channel"))).isEqualTo(names(Channel.class));
        assertThat(enumOf(complaint.get("category"))).isEqualTo(names(Category.class));
        assertThat(enumOf(complaint.get("signals").get("items"))).isEqualTo(names(SignalType.class));
        assertThat(enumOf(complaint.get("service"))).isEqualTo(names(RegulatedService.class));
        assertThat(enumOf(complaint.get("replyDraft"))).isEqualTo(names(ReplyKind.class));
        assertThat(enumOf(defs.get("customer").get("properties").get("segment")))
                .isEqualTo(names(Segment.class));
    }

    @Test
    void theAdviceSchemaHasTheWritersKeysAndTheApisEnums() throws IOException {
        JsonNode defs = schema(ContractSchemas.adviceLineSchema()).get("$defs");
        JsonNode advice = defs.get("advice").get("properties");
        assertThat(keys(advice)).isEqualTo(new TreeSet<>(ResultMapper.ADVICE_FIELDS));
        assertThat(keys(advice.get("deadlines").get("properties")))
                .isEqualTo(new TreeSet<>(ResultMapper.DEADLINE_FIELDS));
        assertThat(keys(advice.get("referral").get("properties")))
                .isEqualTo(new TreeSet<>(ResultMapper.REFERRAL_FIELDS));
        assertThat(keys(advice.get("reply").get("properties"))).isEqualTo(new TreeSet<>(ResultMapper.REPLY_FIELDS));
        assertThat(keys(advice.get("vulnerability").get("properties")))
                .isEqualTo(new TreeSet<>(ResultMapper.VULNERABILITY_FIELDS));
        assertThat(enumOf(defs.get("complainantType"))).isEqualTo(names(ComplainantType.class));
        assertThat(enumOf(advice.get("priority"))).isEqualTo(names(Priority.class));
        assertThat(enumOf(advice.get("compensation")
                        .get("properties")
                        .get("allowedForms")
                        .get("items")))
                .isEqualTo(names(CompensationForm.class));
        assertThat(enumOf(advice.get("compensation")
                        .get("properties")
                        .get("approvals")
                        .get("items")
                        .get("properties")
                        .get("role")))
                .isEqualTo(names(ApprovalRole.class));
        assertThat(enumOf(advice.get("escalation").get("properties").get("level")))
                .isEqualTo(names(EscalationLevel.class));
        assertThat(enumOf(
                        advice.get("escalation").get("properties").get("teams").get("items")))
                .isEqualTo(names(Team.class));
        assertThat(enumOf(advice.get("vulnerability")
                        .get("properties")
                        .get("drivers")
                        .get("items")))
                .isEqualTo(names(VulnerabilityDriver.class));
        assertThat(enumOf(advice.get("reply").get("properties").get("kind"))).isEqualTo(names(ReplyKind.class));
        assertThat(enumOf(defs.get("errorLine")
                        .get("properties")
                        .get("error")
                        .get("properties")
                        .get("code")))
                .isEqualTo(names(ErrorCode.class));
        assertThat(enumOf(advice.get("deadlines")
                        .get("properties")
                        .get("basis")
                        .get("items")
                        .get("properties")
                        .get("deadline")))
                .isEqualTo(org.complaintrules.api.DeadlineBasis.DEADLINES);
    }

    @Test
    void theSchemasAreDraft202012AndValidAgainstTheirMetaSchema() throws IOException {
        SchemaCheck meta = SchemaCheck.metaSchema();
        for (String s : List.of(ContractSchemas.caseSchema(), ContractSchemas.adviceLineSchema())) {
            assertThat(schema(s).get("$schema").textValue()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
            assertThat(meta.errors(s)).isEmpty();
        }
    }
}
