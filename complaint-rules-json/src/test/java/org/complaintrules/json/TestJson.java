package org.complaintrules.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** Builds case JSON for tests: the contract's section 1 example, changed one field at a time. */
final class TestJson {
    static final ObjectMapper MAPPER = new ObjectMapper();

    /** CONTRACT.md section 1, verbatim. */
    static final String CONTRACT_CASE = """
            {
              "complaint": {
                "id": "C-1001",
                "receivedAt": "2026-11-20T10:15:00Z",
                "channel": "EMAIL",
                "category": "PRODUCT_QUALITY",
                "text": "The blender broke after two days. I want my money back.",
                "language": "en",
                "claimedLoss": {"amount": "89.99", "currency": "EUR"},
                "requestedCompensation": {"amount": "89.99", "currency": "EUR"},
                "publiclyVisible": false,
                "satisfactionScore": 2,
                "signals": ["LEGAL_THREAT"]
              },
              "customer": {
                "id": "K-77",
                "segment": "STANDARD",
                "lifetimeValue": {"amount": "1250.00", "currency": "EUR"},
                "customerSince": "2019-03-01",
                "complaintsLast12Months": 0,
                "upheldComplaintsLast12Months": 0,
                "compensationLast12Months": {"amount": "0.00", "currency": "EUR"}
              },
              "conversation": {
                "contacts": 1,
                "offersRejected": 0,
                "lastOffer": {"amount": "20.00", "currency": "EUR"}
              }
            }
            """;

    /** The smallest valid case. */
    static final String MINIMAL_CASE = "{\"complaint\":{\"id\":\"C-1\",\"receivedAt\":\"2026-11-20T10:15:00Z\","
            + "\"channel\":\"EMAIL\",\"category\":\"BILLING\"},\"customer\":{\"id\":\"K-1\"}}";

    private final ObjectNode root;

    private TestJson(ObjectNode root) {
        this.root = root;
    }

    /**
     * @param id the case id
     * @return the smallest valid case with that id, as one line of JSON
     */
    static String line(String id) {
        return of(MINIMAL_CASE).setString("complaint.id", id).json();
    }

    /**
     * @param inputs inputs read
     * @return their case ids, in order ({@code null} where an input had none)
     */
    static List<String> ids(List<CaseInput> inputs) {
        return inputs.stream().map(CaseInput::caseId).toList();
    }

    /** @return the contract example, to change */
    static TestJson contractCase() {
        return of(CONTRACT_CASE);
    }

    /** @return the given case, to change */
    static TestJson of(String json) {
        try {
            return new TestJson((ObjectNode) MAPPER.readTree(json));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /**
     * @param path dotted path, e.g. {@code complaint.claimedLoss.amount}
     * @param rawJson the new value as JSON, e.g. {@code "\"-5\""} or {@code "42"}
     * @return this
     */
    TestJson set(String path, String rawJson) {
        try {
            JsonNode value = MAPPER.readTree(rawJson);
            parent(path).set(last(path), value);
            return this;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** @return this, with the string value set at {@code path} */
    TestJson setString(String path, String value) {
        parent(path).put(last(path), value);
        return this;
    }

    /** @return this, without the field at {@code path} */
    TestJson remove(String path) {
        parent(path).remove(last(path));
        return this;
    }

    /** @return the case as one line of JSON */
    String json() {
        return root.toString();
    }

    private ObjectNode parent(String path) {
        String[] parts = path.split("\\.");
        ObjectNode node = root;
        for (int i = 0; i < parts.length - 1; i++) {
            node = (ObjectNode) node.get(parts[i]);
        }
        return node;
    }

    private static String last(String path) {
        return path.substring(path.lastIndexOf('.') + 1);
    }
}
