package org.complaintrules.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SegmentedStringWriter;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.util.BufferRecycler;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.complaintrules.api.Advice;
import org.complaintrules.api.Approval;
import org.complaintrules.api.CaseError;
import org.complaintrules.api.CaseResult;
import org.complaintrules.api.Complaint;
import org.complaintrules.api.ComplaintCase;
import org.complaintrules.api.Conversation;
import org.complaintrules.api.Customer;
import org.complaintrules.api.DeadlineBasis;
import org.complaintrules.api.Evidence;
import org.complaintrules.api.FiredRule;
import org.complaintrules.api.Money;
import org.complaintrules.api.Referral;
import org.complaintrules.api.RegulatedService;
import org.complaintrules.api.Reply;
import org.complaintrules.api.Vulnerability;
import org.complaintrules.api.VulnerabilityEvidence;

/**
 * Writes contract JSON: advice and error objects (CONTRACT.md sections 2, 3 and 5) and cases
 * (sections 1 and 5). Keys are written in the contract's order, money amounts as decimal strings,
 * instants in {@link java.time.Instant#toString()} form such as {@code 2026-11-20T11:15:00Z}.
 *
 * <p>Advice keys, in order: {@code caseId, ruleSet, complainantType, traits, evidence,
 * vulnerability} (always), {@code priority, strategy, compensation, escalation, deadlines} (with
 * {@code regulatoryLimit} when set and {@code basis} when not empty, after the four 0.1 keys),
 * {@code referral} (when set; its {@code availableFrom} and {@code windowAfterFinalResponse} are
 * written as {@code null} when unknown), {@code followUp, tags, firedRules, warnings}, and
 * {@code reply} last (when set).
 * {@link CaseReader#readResult(String)} and {@link CaseReader#readCase(String)} read the output back
 * to equal values.
 *
 * <p>Instances are immutable and thread-safe; create one and share it.
 *
 * <pre>{@code
 * AdviceWriter writer = AdviceWriter.create();
 * System.out.println(writer.write(advisor.tryAdvise(complaintCase)));   // one JSON Lines line
 * }</pre>
 */
public final class AdviceWriter {
    private final JsonFactory factory;

    private AdviceWriter(JsonFactory factory) {
        this.factory = factory;
    }

    /** @return a writer */
    public static AdviceWriter create() {
        return new AdviceWriter(JsonFactory.builder().build());
    }

    /**
     * Writes an advice or error object as one line of JSON, without a line break.
     *
     * @param result the advice, or the error answering a case
     * @return the JSON, e.g. {@code {"caseId":"C-1002","error":{"code":"INVALID_INPUT","field":...,"message":...}}}
     * @throws NullPointerException when {@code result} is null
     */
    public String write(CaseResult result) {
        Objects.requireNonNull(result, "result");
        return render(g -> writeResult(g, result), false);
    }

    /**
     * Writes an advice or error object indented over several lines, for people.
     *
     * @param result the advice, or the error answering a case
     * @return the JSON, two-space indented, without a final line break
     * @throws NullPointerException when {@code result} is null
     */
    public String writePretty(CaseResult result) {
        Objects.requireNonNull(result, "result");
        return render(g -> writeResult(g, result), true);
    }

    /**
     * Writes a case as one line of contract JSON (CONTRACT.md section 1), as short as the contract
     * allows: absent optional fields, empty {@code signals}, {@code publiclyVisible: false} and a
     * first-contact {@code conversation} are left out. {@code readCase(writeCase(c))} equals {@code c}.
     *
     * @param complaintCase the case
     * @return the JSON, without a line break
     * @throws NullPointerException when {@code complaintCase} is null
     */
    public String writeCase(ComplaintCase complaintCase) {
        Objects.requireNonNull(complaintCase, "complaintCase");
        return render(g -> writeCaseObject(g, complaintCase), false);
    }

    @FunctionalInterface
    private interface Body {
        void write(JsonGenerator g) throws IOException;
    }

    private String render(Body body, boolean pretty) {
        // Jackson's own writer for building a String: pooled char segments joined once at the end
        // (a StringWriter would append to a synchronized, growing buffer and copy it again)
        BufferRecycler buffers = factory._getBufferRecycler();
        SegmentedStringWriter out = new SegmentedStringWriter(buffers);
        try (JsonGenerator g = factory.createGenerator(out)) {
            if (pretty) {
                DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
                g.setPrettyPrinter(new DefaultPrettyPrinter()
                        .withSeparators(Separators.createDefaultInstance()
                                .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                        .withObjectIndenter(indenter)
                        .withArrayIndenter(indenter));
            }
            body.write(g);
            g.close();
            return out.getAndClear();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // writing to memory does not fail
        } finally {
            buffers.releaseToPool();
        }
    }

    private static void writeResult(JsonGenerator g, CaseResult result) throws IOException {
        if (result instanceof Advice a) {
            writeAdvice(g, a);
        } else if (result instanceof CaseError e) {
            writeError(g, e);
        }
    }

    private static void writeError(JsonGenerator g, CaseError e) throws IOException {
        g.writeStartObject();
        text(g, "caseId", e.caseId());
        object(g, "error");
        code(g, "code", e.code().name());
        text(g, "field", e.field());
        text(g, "message", e.message());
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void writeAdvice(JsonGenerator g, Advice a) throws IOException {
        g.writeStartObject();
        text(g, "caseId", a.caseId());
        object(g, "ruleSet");
        code(g, "name", a.ruleSet().name());
        code(g, "version", a.ruleSet().version());
        code(g, "checksum", a.ruleSet().checksum());
        g.writeEndObject();
        code(g, "complainantType", a.complainantType().name());
        codes(g, "traits", a.traits().stream().map(Enum::name).toList());
        array(g, "evidence");
        for (Evidence e : a.evidence()) {
            g.writeStartObject();
            code(g, "type", e.type().name());
            code(g, "signal", e.signal());
            text(g, "detail", e.detail());
            g.writeEndObject();
        }
        g.writeEndArray();
        writeVulnerability(g, a.vulnerability());
        code(g, "priority", a.priority().name());
        object(g, "strategy");
        codes(g, "do", a.strategy().actions());
        codes(g, "avoid", a.strategy().avoid());
        codes(g, "responseSteps", a.strategy().responseSteps());
        g.writeEndObject();
        object(g, "compensation");
        money(g, "maxAmount", a.compensation().maxAmount());
        codes(
                g,
                "allowedForms",
                a.compensation().allowedForms().stream().map(Enum::name).toList());
        array(g, "approvals");
        for (Approval ap : a.compensation().approvals()) {
            g.writeStartObject();
            money(g, "upTo", ap.upTo());
            code(g, "role", ap.role().name());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
        object(g, "escalation");
        code(g, "level", a.escalation().level().name());
        codes(g, "teams", a.escalation().teams().stream().map(Enum::name).toList());
        codes(g, "reasons", a.escalation().reasons());
        g.writeEndObject();
        object(g, "deadlines");
        text(g, "acknowledgeBy", IsoTimes.format(a.deadlines().acknowledgeBy()));
        text(g, "respondBy", IsoTimes.format(a.deadlines().respondBy()));
        text(g, "resolveBy", IsoTimes.format(a.deadlines().resolveBy()));
        text(g, "followUpAt", IsoTimes.format(a.deadlines().followUpAt()));
        if (a.deadlines().regulatoryLimit() != null) {
            text(g, "regulatoryLimit", IsoTimes.format(a.deadlines().regulatoryLimit()));
        }
        if (!a.deadlines().basis().isEmpty()) {
            array(g, "basis");
            for (DeadlineBasis b : a.deadlines().basis()) {
                g.writeStartObject();
                code(g, "deadline", b.deadline());
                code(g, "ruleId", b.ruleId());
                code(g, "citation", b.citation());
                code(g, "rule", b.rule());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        g.writeEndObject();
        if (a.referral() != null) {
            writeReferral(g, a.referral());
        }
        codes(g, "followUp", a.followUp());
        strings(g, "tags", a.tags());
        array(g, "firedRules");
        boolean compact = g.getPrettyPrinter() == null;
        for (FiredRule r : a.firedRules()) {
            if (compact) {
                g.writeRawValue(firedRuleJson(r));
            } else {
                writeFiredRule(g, r);
            }
        }
        g.writeEndArray();
        strings(g, "warnings", a.warnings());
        if (a.reply() != null) {
            writeReply(g, a.reply());
        }
        g.writeEndObject();
    }

    private static void writeVulnerability(JsonGenerator g, Vulnerability v) throws IOException {
        object(g, "vulnerability");
        codes(g, "drivers", v.drivers().stream().map(Enum::name).toList());
        array(g, "evidence");
        for (VulnerabilityEvidence e : v.evidence()) {
            g.writeStartObject();
            code(g, "signal", e.signal().name());
            text(g, "detail", e.detail());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void writeReferral(JsonGenerator g, Referral r) throws IOException {
        object(g, "referral");
        text(g, "body", r.body());
        text(g, "availableFrom", r.availableFrom() == null ? null : IsoTimes.format(r.availableFrom()));
        text(
                g,
                "windowAfterFinalResponse",
                r.windowAfterFinalResponse() == null
                        ? null
                        : r.windowAfterFinalResponse().toString());
        g.writeFieldName(quoted("timeBarred"));
        g.writeBoolean(r.timeBarred());
        text(g, "citation", r.citation());
        g.writeEndObject();
    }

    private static void writeReply(JsonGenerator g, Reply r) throws IOException {
        object(g, "reply");
        code(g, "kind", r.kind().name());
        text(g, "language", r.language());
        text(g, "subject", r.subject());
        text(g, "body", r.body());
        strings(g, "clauses", r.clauses());
        strings(g, "missingFacts", r.missingFacts());
        g.writeEndObject();
    }

    private static void writeCaseObject(JsonGenerator g, ComplaintCase c) throws IOException {
        g.writeStartObject();
        Complaint m = c.complaint();
        object(g, "complaint");
        text(g, "id", m.id());
        text(g, "receivedAt", IsoTimes.format(m.receivedAt()));
        text(g, "channel", m.channel().name());
        text(g, "category", m.category().name());
        if (m.text() != null) {
            text(g, "text", m.text());
        }
        if (m.language() != null) {
            text(g, "language", m.language());
        }
        money(g, "claimedLoss", m.claimedLoss());
        money(g, "requestedCompensation", m.requestedCompensation());
        if (m.publiclyVisible()) {
            g.writeFieldName(quoted("publiclyVisible"));
            g.writeBoolean(true);
        }
        if (m.satisfactionScore() != null) {
            g.writeFieldName(quoted("satisfactionScore"));
            g.writeNumber(m.satisfactionScore());
        }
        if (!m.signals().isEmpty()) {
            strings(g, "signals", m.signals().stream().map(Enum::name).toList());
        }
        if (m.jurisdiction() != null) {
            text(g, "jurisdiction", m.jurisdiction().toString());
        }
        if (m.timeZone() != null) {
            text(g, "timeZone", m.timeZone().getId());
        }
        if (m.service() != RegulatedService.OTHER) {
            text(g, "service", m.service().name());
        }
        if (m.incidentDate() != null) {
            text(g, "incidentDate", m.incidentDate().toString());
        }
        if (m.replyDraft() != null) {
            text(g, "replyDraft", m.replyDraft().name());
        }
        g.writeEndObject();

        Customer k = c.customer();
        object(g, "customer");
        text(g, "id", k.id());
        text(g, "segment", k.segment().name());
        money(g, "lifetimeValue", k.lifetimeValue());
        if (k.customerSince() != null) {
            text(g, "customerSince", k.customerSince().toString());
        }
        g.writeNumberField("complaintsLast12Months", k.complaintsLast12Months());
        g.writeNumberField("upheldComplaintsLast12Months", k.upheldComplaintsLast12Months());
        money(g, "compensationLast12Months", k.compensationLast12Months());
        g.writeEndObject();

        Conversation v = c.conversation();
        if (!Conversation.first().equals(v)) {
            object(g, "conversation");
            g.writeFieldName(quoted("contacts"));
            g.writeNumber(v.contacts());
            g.writeFieldName(quoted("offersRejected"));
            g.writeNumber(v.offersRejected());
            money(g, "lastOffer", v.lastOffer());
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    /** Writes {@code name: {"amount": "...", "currency": "..."}}, or nothing when {@code money} is null. */
    private static void money(JsonGenerator g, String name, Money money) throws IOException {
        if (money == null) {
            return;
        }
        object(g, name);
        text(g, "amount", money.amountText());
        code(g, "currency", money.currency().getCurrencyCode());
        g.writeEndObject();
    }

    /**
     * Keys and the codes of a policy (enum names, rule ids and names, strategy codes) recur in every
     * advice: each is escaped and quoted once and then copied, instead of being checked character by
     * character in every line. Free text (details, tags, warnings, messages) is never kept here. The
     * set is bounded: past it, a string is written the ordinary way.
     */
    private static final Map<String, SerializedString> QUOTED = new ConcurrentHashMap<>();

    private static final int MAX_QUOTED = 4096;

    private static SerializableString quoted(String s) {
        SerializedString q = QUOTED.get(s);
        if (q == null) {
            q = new SerializedString(s);
            if (QUOTED.size() < MAX_QUOTED) {
                QUOTED.putIfAbsent(s, q);
            }
        }
        return q;
    }

    /**
     * The rules of a policy recur in every advice's audit trail (about 30 a case): each rule's
     * compact object is written once and then copied whole. Bounded like {@link #QUOTED}.
     */
    private static final Map<FiredRule, String> FIRED_RULES = new ConcurrentHashMap<>();

    private static String firedRuleJson(FiredRule r) {
        String json = FIRED_RULES.get(r);
        if (json == null) {
            json = PARTS.render(g -> writeFiredRule(g, r), false);
            if (FIRED_RULES.size() < MAX_QUOTED) {
                FIRED_RULES.putIfAbsent(r, json);
            }
        }
        return json;
    }

    /** Renders the parts copied whole into advice ({@link #firedRuleJson}); the same settings as every writer. */
    private static final AdviceWriter PARTS = create();

    private static void writeFiredRule(JsonGenerator g, FiredRule r) throws IOException {
        g.writeStartObject();
        code(g, "id", r.id());
        code(g, "name", r.name());
        g.writeEndObject();
    }

    /** Writes a key and a free-text value (or null). */
    private static void text(JsonGenerator g, String name, String value) throws IOException {
        g.writeFieldName(quoted(name));
        g.writeString(value);
    }

    /** Writes a key and a code of the policy (or null). */
    private static void code(JsonGenerator g, String name, String value) throws IOException {
        g.writeFieldName(quoted(name));
        if (value == null) {
            g.writeNull();
        } else {
            g.writeString(quoted(value));
        }
    }

    private static void object(JsonGenerator g, String name) throws IOException {
        g.writeFieldName(quoted(name));
        g.writeStartObject();
    }

    private static void array(JsonGenerator g, String name) throws IOException {
        g.writeFieldName(quoted(name));
        g.writeStartArray();
    }

    private static void codes(JsonGenerator g, String name, List<String> values) throws IOException {
        array(g, name);
        for (String v : values) {
            g.writeString(quoted(v));
        }
        g.writeEndArray();
    }

    private static void strings(JsonGenerator g, String name, List<String> values) throws IOException {
        array(g, name);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }
}
