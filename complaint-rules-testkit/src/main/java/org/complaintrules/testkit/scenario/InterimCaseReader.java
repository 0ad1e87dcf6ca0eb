package org.complaintrules.testkit.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.complaintrules.api.Category;
import org.complaintrules.api.Channel;
import org.complaintrules.api.Complaint;
import org.complaintrules.api.ComplaintCase;
import org.complaintrules.api.Conversation;
import org.complaintrules.api.Customer;
import org.complaintrules.api.InvalidInputException;
import org.complaintrules.api.Money;
import org.complaintrules.api.Segment;
import org.complaintrules.api.SignalType;

/**
 * Stand-in for {@code org.complaintrules.json.CaseReader.create().readCase(String)} until the JSON
 * module lands in main: the same contract (CONTRACT.md section 1), strict about unknown fields,
 * failing with {@link InvalidInputException} whose field is the JSON path. Only
 * {@link ScenarioLoader} uses it, through {@link #readCase(String)}, so switching to the real
 * reader is one line.
 */
final class InterimCaseReader {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Set<String> CASE = Set.of("complaint", "customer", "conversation");
    private static final Set<String> COMPLAINT = Set.of("id", "receivedAt", "channel", "category", "text", "language",
            "claimedLoss", "requestedCompensation", "publiclyVisible", "satisfactionScore", "signals");
    private static final Set<String> CUSTOMER = Set.of("id", "segment", "lifetimeValue", "customerSince",
            "complaintsLast12Months", "upheldComplaintsLast12Months", "compensationLast12Months");
    private static final Set<String> CONVERSATION = Set.of("contacts", "offersRejected", "lastOffer");
    private static final Set<String> MONEY = Set.of("amount", "currency");

    private InterimCaseReader() {
    }

    static InterimCaseReader create() {
        return new InterimCaseReader();
    }

    ComplaintCase readCase(String json) {
        JsonNode tree;
        try {
            tree = MAPPER.readTree(json);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new InvalidInputException(null, "malformed JSON: " + e.getOriginalMessage());
        }
        try {
            Node root = new Node(tree, "").onlyKeys(CASE);
            Node c = root.get("complaint").requireObject().onlyKeys(COMPLAINT);
            Complaint.Builder b = Complaint.builder(c.requiredText("id"),
                    c.parsed("receivedAt", Instant::parse, "an ISO-8601 instant such as 2026-11-20T10:15:00Z"),
                    c.enumValue("channel", Channel.class), c.enumValue("category", Category.class))
                    .text(c.text("text")).language(c.text("language"))
                    .claimedLoss(money(c, "claimedLoss")).requestedCompensation(money(c, "requestedCompensation"))
                    .satisfactionScore(c.integer("satisfactionScore"));
            if (c.bool("publiclyVisible") != null) {
                b.publiclyVisible(c.bool("publiclyVisible"));
            }
            if (c.has("signals")) {
                b.signals(c.enums("signals", SignalType.class));
            }
            Complaint complaint = under("complaint", b::build);
            Node k = root.get("customer").requireObject().onlyKeys(CUSTOMER);
            Customer.Builder kb = Customer.builder(k.requiredText("id"),
                    k.has("segment") ? k.enumValue("segment", Segment.class) : Segment.STANDARD)
                    .lifetimeValue(money(k, "lifetimeValue"))
                    .customerSince(k.parsed("customerSince", LocalDate::parse, "an ISO date such as 2019-03-01"))
                    .complaintsLast12Months(orZero(k.integer("complaintsLast12Months")))
                    .upheldComplaintsLast12Months(orZero(k.integer("upheldComplaintsLast12Months")))
                    .compensationLast12Months(money(k, "compensationLast12Months"));
            Customer customer = under("customer", kb::build);
            Conversation conversation = null;
            if (root.has("conversation")) {
                Node v = root.get("conversation").requireObject().onlyKeys(CONVERSATION);
                Integer contacts = v.integer("contacts");
                Integer rejected = v.integer("offersRejected");
                Money last = money(v, "lastOffer");
                conversation = under("conversation", () -> new Conversation(contacts == null ? 1 : contacts,
                        orZero(rejected), last));
            }
            return new ComplaintCase(complaint, customer, conversation);
        } catch (Node.BadScenario e) {
            throw new InvalidInputException(e.path(), e.detail());
        }
    }

    private static int orZero(Integer n) {
        return n == null ? 0 : n;
    }

    private static Money money(Node parent, String key) {
        Node m = parent.object(key);
        if (m == null) {
            return null;
        }
        m.onlyKeys(MONEY);
        String amount = m.requiredText("amount");
        String currency = m.requiredText("currency");
        try {
            return Money.of(amount, currency);
        } catch (InvalidInputException e) {
            throw new Node.BadScenario(m.path() + "." + e.field(), e.detail());
        }
    }

    private static <T> T under(String parent, java.util.function.Supplier<T> build) {
        try {
            return build.get();
        } catch (InvalidInputException e) {
            throw e.under(parent);
        }
    }
}
