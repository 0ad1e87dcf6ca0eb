package org.complaintrules.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.complaintrules.api.Category;
import org.complaintrules.api.Channel;
import org.complaintrules.api.Complaint;
import org.complaintrules.api.ComplaintCase;
import org.complaintrules.api.Conversation;
import org.complaintrules.api.Customer;
import org.complaintrules.api.InputLimits;
import org.complaintrules.api.InvalidInputException;
import org.complaintrules.api.Jurisdiction;
import org.complaintrules.api.Money;
import org.complaintrules.api.RegulatedService;
import org.complaintrules.api.ReplyKind;
import org.complaintrules.api.Segment;
import org.complaintrules.api.SignalType;

/** Maps a parsed case (CONTRACT.md section 1) to a validated {@link ComplaintCase}, by hand. */
final class CaseMapper {
    static final Set<String> CASE_FIELDS = Set.of("complaint", "customer", "conversation");
    static final Set<String> COMPLAINT_FIELDS = Set.of(
            "id",
            "receivedAt",
            "channel",
            "category",
            "text",
            "language",
            "claimedLoss",
            "requestedCompensation",
            "publiclyVisible",
            "satisfactionScore",
            "signals",
            "jurisdiction",
            "timeZone",
            "service",
            "incidentDate",
            "replyDraft");
    static final Set<String> CUSTOMER_FIELDS = Set.of(
            "id",
            "segment",
            "lifetimeValue",
            "customerSince",
            "complaintsLast12Months",
            "upheldComplaintsLast12Months",
            "compensationLast12Months");
    static final Set<String> CONVERSATION_FIELDS = Set.of("contacts", "offersRejected", "lastOffer");

    private CaseMapper() {}

    /**
     * @param parent the path of an object of a case, or {@code null} for the case itself
     * @param name a field name
     * @return whether the contract makes that field an object: {@code complaint}, {@code customer},
     *     {@code conversation}, or one of their money objects
     */
    static boolean isObjectField(String parent, String name) {
        if (parent == null) {
            return CASE_FIELDS.contains(name);
        }
        return switch (parent) {
            case "complaint" -> name.equals("claimedLoss") || name.equals("requestedCompensation");
            case "customer" -> name.equals("lifetimeValue") || name.equals("compensationLast12Months");
            case "conversation" -> name.equals("lastOffer");
            default -> false;
        };
    }

    /** @return "complaint" or "customer" when name is a field of that object and the case has no such object, else null */
    private static String owner(JsonNode root, String name) {
        if (!root.has("complaint") && COMPLAINT_FIELDS.contains(name)) {
            return "complaint";
        }
        if (!root.has("customer") && CUSTOMER_FIELDS.contains(name)) {
            return "customer";
        }
        return null;
    }

    /**
     * Adds to an unknown field at the top level what a new user most likely meant: a batch wrapped
     * in an object (a list of objects, as web APIs often send one), or a complaint's or customer's
     * fields without their object around them.
     */
    private static InvalidInputException withHint(JsonNode root, InvalidInputException e) {
        String name = e.field();
        if (name == null || root == null || !root.isObject() || !root.has(name)) {
            return e;
        }
        JsonNode value = root.get(name);
        String hint;
        String owner = owner(root, name);
        if (value.isArray() && !value.isEmpty() && value.get(0).isObject()) {
            hint = "send several cases as a JSON array of cases or as JSON Lines, one case per line";
        } else if (owner != null) {
            hint = "a case is {\"complaint\": {...}, \"customer\": {...}}: the " + owner + "'s fields go inside \""
                    + owner + "\"";
        } else {
            return e;
        }
        return new InvalidInputException(name, e.detail() + "; " + hint);
    }

    /**
     * @param root the parsed document
     * @return the validated case
     * @throws InvalidInputException with the full JSON path of the first fault
     */
    static ComplaintCase toCase(JsonNode root) {
        if (root != null && root.isObject() && holdsUnpairedSurrogate(root)) {
            refuseUnpairedSurrogates(root, null);
        }
        Fields top;
        try {
            top = Fields.of(root, null, CASE_FIELDS);
        } catch (InvalidInputException e) {
            throw withHint(root, e);
        }
        Complaint complaint = complaint(top.object("complaint", COMPLAINT_FIELDS, true));
        Customer customer = customer(top.object("customer", CUSTOMER_FIELDS, true));
        Conversation conversation = conversation(top.object("conversation", CONVERSATION_FIELDS, false));
        return new ComplaintCase(complaint, customer, conversation);
    }

    /** The one field whose value an error never quotes: what the customer wrote. */
    private static final String TEXT = "complaint.text";

    /**
     * Refuses half a character anywhere in a case: an unpaired UTF-16 surrogate in a string or a field
     * name, as a lone JSON escape such as <code>&#92;ud800</code> writes it. No text holds one, and no output
     * could write it back without replacing it, so the case is answered with an error naming the
     * field, never read with the surrogate replaced. The value is quoted with the surrogate escaped,
     * except {@code complaint.text}, which no error quotes.
     *
     * @param node a value of the case
     * @param path its path, or {@code null} for the case itself
     * @throws InvalidInputException naming the first field, in document order, that holds one
     */
    private static void refuseUnpairedSurrogates(JsonNode node, String path) {
        if (node.isTextual()) {
            String value = node.textValue();
            int at = Texts.unpairedSurrogate(value);
            if (at >= 0) {
                throw new InvalidInputException(
                        path, unpaired(value, at) + (TEXT.equals(path) ? "" : "; was " + Texts.quote(value)));
            }
        } else if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                String child = Texts.child(path, field.getKey());
                int at = Texts.unpairedSurrogate(field.getKey());
                if (at >= 0) {
                    throw new InvalidInputException(child, "its name " + unpaired(field.getKey(), at));
                }
                refuseUnpairedSurrogates(field.getValue(), child);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                refuseUnpairedSurrogates(node.get(i), (path == null ? "" : path) + "[" + i + "]");
            }
        }
    }

    /** @return whether a string or field name in the value holds an unpaired surrogate; builds no paths */
    private static boolean holdsUnpairedSurrogate(JsonNode node) {
        if (node.isTextual()) {
            return Texts.unpairedSurrogate(node.textValue()) >= 0;
        }
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                if (Texts.unpairedSurrogate(field.getKey()) >= 0 || holdsUnpairedSurrogate(field.getValue())) {
                    return true;
                }
            }
        } else if (node.isArray()) {
            for (JsonNode item : node) {
                if (holdsUnpairedSurrogate(item)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** @return what is wrong with a text that holds an unpaired surrogate at index {@code at} */
    private static String unpaired(String text, int at) {
        return "holds an unpaired UTF-16 surrogate (" + Texts.escape(text.charAt(at)) + " at character "
                + (text.codePointCount(0, at) + 1) + "), which is not a character";
    }

    /**
     * The case id as far as it can be read, for answering a case that is otherwise invalid.
     *
     * @param root the parsed document, or {@code null}
     * @return {@code complaint.id} as written when it is a string, even an invalid one (too long,
     *         blank: the error names that), else {@code null}; {@code null} too when it holds an unpaired
     *         surrogate, which no answer could write as it is
     */
    static String readableId(JsonNode root) {
        if (root == null || !root.isObject()) {
            return null;
        }
        JsonNode complaint = root.get("complaint");
        if (complaint == null || !complaint.isObject()) {
            return null;
        }
        JsonNode id = complaint.get("id");
        if (id == null || !id.isTextual() || Texts.unpairedSurrogate(id.textValue()) >= 0) {
            return null;
        }
        return id.textValue();
    }

    /** Reads tokens only, without duplicate detection or number conversion, for {@link #salvageId}. */
    private static final JsonFactory LENIENT = JsonFactory.builder()
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxDocumentLength(InputLimits.MAX_DOCUMENT_LENGTH)
                    .maxNestingDepth(JsonDocuments.MAX_NESTING_DEPTH)
                    .build())
            .build();

    /**
     * The case id of a document that could not be parsed (malformed further on, a duplicate key, a
     * value past a limit): {@code complaint.id} as far as the text reads before the fault.
     *
     * @param text the document
     * @return the id, as written, when a string {@code complaint.id} was read before the fault, and
     *         every other {@code complaint.id} read holds the same string (a duplicate key with the same
     *         value twice), else {@code null} (also when the id is given twice with different values, or
     *         holds an unpaired surrogate)
     */
    static String salvageId(String text) {
        if (text == null) {
            return null;
        }
        String found = null;
        boolean agree = true;
        int ids = 0;
        try (JsonParser p = LENIENT.createParser(text)) {
            JsonToken t = p.nextToken();
            if (t != JsonToken.START_OBJECT) {
                return null;
            }
            while ((t = p.nextToken()) != null) {
                if (t == JsonToken.FIELD_NAME
                        && "id".equals(p.currentName())
                        && p.getParsingContext().getParent() != null
                        && "complaint".equals(p.getParsingContext().getParent().getCurrentName())
                        && p.getParsingContext().getParent().getParent() != null
                        && p.getParsingContext().getParent().getParent().inRoot()) {
                    JsonToken v = p.nextToken();
                    String id = v == JsonToken.VALUE_STRING ? p.getText() : null;
                    if (++ids == 1) {
                        found = id;
                    } else if (id == null || !id.equals(found)) {
                        agree = false;
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            // the fault itself: keep what was read before it
        }
        return agree && found != null && Texts.unpairedSurrogate(found) < 0 ? found : null;
    }

    private static Complaint complaint(Fields f) {
        String id = f.string("id", true);
        Instant receivedAt = f.instant("receivedAt", true);
        Channel channel = f.enumValue("channel", Channel.class, true);
        Category category = f.enumValue("category", Category.class, true);
        String text = f.string("text", false);
        String language = f.string("language", false);
        Money claimedLoss = f.money("claimedLoss", false);
        Money requested = f.money("requestedCompensation", false);
        boolean publiclyVisible = f.bool("publiclyVisible", false);
        Integer score = f.integer("satisfactionScore", false, 1, 5);
        List<SignalType> signals =
                f.list("signals", false, "signal codes", (v, p) -> Fields.constant(v, p, SignalType.class));
        Jurisdiction jurisdiction = f.jurisdiction("jurisdiction");
        ZoneId timeZone = f.timeZone("timeZone");
        RegulatedService service = f.enumValue("service", RegulatedService.class, false);
        LocalDate incidentDate = f.date("incidentDate", false);
        ReplyKind replyDraft = f.enumValue("replyDraft", ReplyKind.class, false);
        try {
            return new Complaint(
                    id,
                    receivedAt,
                    channel,
                    category,
                    text,
                    language,
                    claimedLoss,
                    requested,
                    publiclyVisible,
                    score,
                    signals,
                    jurisdiction,
                    timeZone,
                    service,
                    incidentDate,
                    replyDraft);
        } catch (InvalidInputException e) {
            throw e.under(f.path());
        }
    }

    private static Customer customer(Fields f) {
        String id = f.string("id", true);
        Segment segment = f.enumValue("segment", Segment.class, false);
        Money lifetimeValue = f.money("lifetimeValue", false);
        LocalDate since = f.date("customerSince", false);
        int complaints = orElse(f.integer("complaintsLast12Months", false, 0, InputLimits.MAX_COUNT), 0);
        int upheld = orElse(f.integer("upheldComplaintsLast12Months", false, 0, InputLimits.MAX_COUNT), 0);
        Money compensation = f.money("compensationLast12Months", false);
        try {
            return new Customer(id, segment, lifetimeValue, since, complaints, upheld, compensation);
        } catch (InvalidInputException e) {
            throw e.under(f.path());
        }
    }

    private static Conversation conversation(Fields f) {
        if (f == null) {
            return null;
        }
        int contacts = orElse(f.integer("contacts", false, 1, InputLimits.MAX_COUNT), 1);
        int rejected = orElse(f.integer("offersRejected", false, 0, InputLimits.MAX_COUNT), 0);
        Money lastOffer = f.money("lastOffer", false);
        try {
            return new Conversation(contacts, rejected, lastOffer);
        } catch (InvalidInputException e) {
            throw e.under(f.path());
        }
    }

    private static int orElse(Integer value, int fallback) {
        return value == null ? fallback : value;
    }
}
