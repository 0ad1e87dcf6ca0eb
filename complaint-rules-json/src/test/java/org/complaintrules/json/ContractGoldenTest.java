package org.complaintrules.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The JSON written for the CONTRACT.md examples equals the contract's JSON, key order included.
 * The contract's JSON is kept verbatim in test resources.
 */
class ContractGoldenTest {
    private final AdviceWriter writer = AdviceWriter.create();
    private final CaseReader reader = CaseReader.create();

    /** The document re-written compactly by Jackson, which keeps key order: only whitespace changes. */
    private static String compact(String json) throws Exception {
        return TestJson.MAPPER.writeValueAsString(TestJson.MAPPER.readTree(json));
    }

    /** Every key path in document order, e.g. {@code strategy.do}, so a key-order difference shows plainly. */
    private static List<String> keyOrder(JsonNode node, String path, List<String> out) {
        if (node.isObject()) {
            for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
                String name = it.next();
                String child = path.isEmpty() ? name : path + "." + name;
                out.add(child);
                keyOrder(node.get(name), child, out);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                keyOrder(node.get(i), path + "[" + i + "]", out);
            }
        }
        return out;
    }

    /**
     * The section 2 example as 0.2 writes it: the contract's JSON with {@code vulnerability}, which
     * is always present since 0.2 (section 5.2), inserted after {@code evidence}.
     */
    private static String section2As02() throws Exception {
        ObjectNode contract =
                (ObjectNode) TestJson.MAPPER.readTree(ContractExamples.resource("contract-section2-advice.json"));
        ObjectNode out = TestJson.MAPPER.createObjectNode();
        for (Iterator<String> it = contract.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            out.set(name, contract.get(name));
            if (name.equals("evidence")) {
                out.set("vulnerability", TestJson.MAPPER.readTree("{\"drivers\":[],\"evidence\":[]}"));
            }
        }
        return TestJson.MAPPER.writeValueAsString(out);
    }

    @Test
    void section2AdviceIsWrittenExactlyAsTheContractShowsItWithTheEmptyVulnerability() throws Exception {
        String expected = section2As02();
        String written = writer.write(ContractExamples.section2Advice());

        assertThat(written).doesNotContain("\n");
        assertThat(keyOrder(TestJson.MAPPER.readTree(written), "", new ArrayList<>()))
                .containsExactlyElementsOf(keyOrder(TestJson.MAPPER.readTree(expected), "", new ArrayList<>()));
        assertThat(written).isEqualTo(expected);
    }

    @Test
    void section2AdviceIsReadBackFromTheContractsJson() {
        assertThat(reader.readResult(ContractExamples.resource("contract-section2-advice.json")))
                .isEqualTo(ContractExamples.section2Advice());
    }

    @Test
    void section5AdviceIsWrittenWithEveryAdditionWhereTheContractPutsIt() throws Exception {
        String contract = ContractExamples.resource("contract-section5-advice.json");
        String written = writer.write(ContractExamples.section5Advice());

        List<String> keys = keyOrder(TestJson.MAPPER.readTree(written), "", new ArrayList<>());
        assertThat(keys).containsExactlyElementsOf(keyOrder(TestJson.MAPPER.readTree(contract), "", new ArrayList<>()));
        assertThat(keys.get(keys.indexOf("vulnerability") - 1)).isEqualTo("evidence[0].detail");
        assertThat(keys.indexOf("vulnerability")).isEqualTo(keys.indexOf("priority") - 5);
        assertThat(keys.indexOf("referral")).isGreaterThan(keys.indexOf("deadlines.basis[0].rule"));
        assertThat(keys.get(keys.size() - 7)).isEqualTo("reply");
        assertThat(written).isEqualTo(compact(contract));
    }

    @Test
    void section5AdviceIsReadBackFromItsJson() {
        assertThat(reader.readResult(ContractExamples.resource("contract-section5-advice.json")))
                .isEqualTo(ContractExamples.section5Advice());
    }

    @Test
    void section5CaseIsReadAndWrittenBackWithItsKeysInOrder() throws Exception {
        String json = ContractExamples.resource("contract-section5-case.json");
        assertThat(reader.readCase(json)).isEqualTo(ContractExamples.section5Case());
        assertThat(writer.writeCase(ContractExamples.section5Case())).isEqualTo(compact(json));
    }

    @Test
    void section3ErrorIsWrittenExactlyAsTheContractShowsIt() throws Exception {
        String contract = ContractExamples.resource("contract-section3-error.json");
        assertThat(writer.write(ContractExamples.section3Error())).isEqualTo(compact(contract));
        assertThat(reader.readResult(contract)).isEqualTo(ContractExamples.section3Error());
    }

    @Test
    void section1CaseIsReadFromTheContractsJson() {
        assertThat(reader.readCase(ContractExamples.resource("contract-section1-case.json")))
                .isEqualTo(ContractExamples.section1Case());
    }

    @Test
    void section1CaseIsWrittenWithTheContractsKeysInOrder() throws Exception {
        String contract = ContractExamples.resource("contract-section1-case.json");
        List<String> contractKeys = keyOrder(TestJson.MAPPER.readTree(contract), "", new ArrayList<>());
        // writeCase leaves out publiclyVisible: false, which the contract example spells out
        contractKeys.remove("complaint.publiclyVisible");
        assertThat(keyOrder(
                        TestJson.MAPPER.readTree(writer.writeCase(ContractExamples.section1Case())),
                        "",
                        new ArrayList<>()))
                .containsExactlyElementsOf(contractKeys);
    }
}
