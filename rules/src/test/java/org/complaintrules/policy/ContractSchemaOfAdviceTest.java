package org.complaintrules.policy;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.complaintrules.api.CaseResult;
import org.complaintrules.api.ComplaintAdvisor;
import org.complaintrules.api.ComplaintCase;
import org.complaintrules.api.RegulatoryProfile;
import org.complaintrules.drools.DroolsComplaintAdvisor;
import org.complaintrules.json.AdviceWriter;
import org.complaintrules.json.CaseInput;
import org.complaintrules.json.CaseReader;
import org.complaintrules.json.ContractSchemas;
import org.complaintrules.testkit.CaseGenerator;
import org.complaintrules.testkit.GeneratedCase;
import org.junit.jupiter.api.Test;

/**
 * The JSON Schemas of complaint-rules-json hold for real output: every sample and generated case,
 * as the writer writes it, validates against the case schema, and the advice (or error) the default
 * policy gives each of them validates against the advice-line schema, under every profile.
 */
class ContractSchemaOfAdviceTest {
    private static final SchemaRegistry REGISTRY =
            SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private static final Schema CASE = REGISTRY.getSchema(ContractSchemas.caseSchema(), InputFormat.JSON);
    private static final Schema LINE = REGISTRY.getSchema(ContractSchemas.adviceLineSchema(), InputFormat.JSON);
    private static final long SEED = 20261126L;

    private final AdviceWriter writer = AdviceWriter.create();
    private final Map<RegulatoryProfile, ComplaintAdvisor> advisors = new EnumMap<>(RegulatoryProfile.class);

    private ComplaintAdvisor advisor(RegulatoryProfile profile) {
        return advisors.computeIfAbsent(
                profile,
                p -> DroolsComplaintAdvisor.builder()
                        .defaultPolicy()
                        .regulatoryProfile(p)
                        .build());
    }

    private static List<String> errors(Schema schema, String json) {
        return schema
                .validate(json, InputFormat.JSON, ctx -> ctx.executionConfig(c -> c.formatAssertionsEnabled(true)))
                .stream()
                .map(e -> e.getInstanceLocation() + " " + e.getMessage())
                .toList();
    }

    private void assertValidLine(CaseResult result) {
        String line = writer.write(result);
        assertThat(errors(LINE, line)).as(line).isEmpty();
    }

    @Test
    void theAdviceForEverySampleValidatesUnderEveryProfile() throws IOException {
        List<CaseInput> inputs;
        try (InputStream in = Files.newInputStream(SampleComplaintsTest.samplesFile())) {
            inputs = CaseReader.create().readAll(in);
        }
        assertThat(inputs).isNotEmpty().allMatch(CaseInput::isValid);
        for (RegulatoryProfile profile : RegulatoryProfile.values()) {
            for (CaseInput input : inputs) {
                assertThat(errors(CASE, writer.writeCase(input.complaintCase())))
                        .isEmpty();
                assertValidLine(advisor(profile).tryAdvise(input.complaintCase()));
            }
        }
    }

    @Test
    void everyGeneratedCaseAndItsAdviceValidate() {
        List<GeneratedCase> cases =
                CaseGenerator.builder().seed(SEED).build().stream(400).toList();
        for (GeneratedCase g : cases) {
            String json = writer.writeCase(g.complaintCase());
            assertThat(errors(CASE, json)).as(json).isEmpty();
            assertValidLine(advisor(g.profile()).tryAdvise(g.complaintCase()));
        }
    }

    @Test
    void anErrorAnsweredByTheAdvisorValidates() {
        ComplaintCase yen = CaseReader.create()
                .readCase(
                        "{\"complaint\":{\"id\":\"C-1\",\"receivedAt\":\"2026-11-20T10:15:00Z\",\"channel\":\"EMAIL\","
                                + "\"category\":\"BILLING\",\"claimedLoss\":{\"amount\":\"100\",\"currency\":\"JPY\"}},"
                                + "\"customer\":{\"id\":\"K-1\"}}");
        CaseResult result = advisor(RegulatoryProfile.GENERIC).tryAdvise(yen);
        assertThat(result).isInstanceOf(org.complaintrules.api.CaseError.class);
        assertValidLine(result);
    }
}
