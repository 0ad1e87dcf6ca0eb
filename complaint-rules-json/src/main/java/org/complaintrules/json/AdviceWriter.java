package org.complaintrules.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
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
        StringWriter out = new StringWriter(1024);
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
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return out.toString();
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
        g.writeStringField("caseId", e.caseId());
        g.writeObjectFieldStart("error");
        g.writeStringField("code", e.code().name());
        g.writeStringField("field", e.field());
        g.writeStringField("message", e.message());
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void writeAdvice(JsonGenerator g, Advice a) throws IOException {
        g.writeStartObject();
        g.writeStringField("caseId", a.caseId());
        g.writeObjectFieldStart("ruleSet");
        g.writeStringField("name", a.ruleSet().name());
        g.writeStringField("version", a.ruleSet().version());
        g.writeStringField("checksum", a.ruleSet().checksum());
        g.writeEndObject();
        g.writeStringField("complainantType", a.complainantType().name());
        strings(g, "traits", a.traits().stream().map(Enum::name).toList());
        g.writeArrayFieldStart("evidence");
        for (Evidence e : a.evidence()) {
            g.writeStartObject();
            g.writeStringField("type", e.type().name());
            g.writeStringField("signal", e.signal());
            g.writeStringField("detail", e.detail());
            g.writeEndObject();
        }
        g.writeEndArray();
        writeVulnerability(g, a.vulnerability());
        g.writeStringField("priority", a.priority().name());
        g.writeObjectFieldStart("strategy");
        strings(g, "do", a.strategy().actions());
        strings(g, "avoid", a.strategy().avoid());
        strings(g, "responseSteps", a.strategy().responseSteps());
        g.writeEndObject();
        g.writeObjectFieldStart("compensation");
        money(g, "maxAmount", a.compensation().maxAmount());
        strings(
                g,
                "allowedForms",
                a.compensation().allowedForms().stream().map(Enum::name).toList());
        g.writeArrayFieldStart("approvals");
        for (Approval ap : a.compensation().approvals()) {
            g.writeStartObject();
            money(g, "upTo", ap.upTo());
            g.writeStringField("role", ap.role().name());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeObjectFieldStart("escalation");
        g.writeStringField("level", a.escalation().level().name());
        strings(g, "teams", a.escalation().teams().stream().map(Enum::name).toList());
        strings(g, "reasons", a.escalation().reasons());
        g.writeEndObject();
        g.writeObjectFieldStart("deadlines");
        g.writeStringField("acknowledgeBy", a.deadlines().acknowledgeBy().toString());
        g.writeStringField("respondBy", a.deadlines().respondBy().toString());
        g.writeStringField("resolveBy", a.deadlines().resolveBy().toString());
        g.writeStringField("followUpAt", a.deadlines().followUpAt().toString());
        if (a.deadlines().regulatoryLimit() != null) {
            g.writeStringField(
                    "regulatoryLimit", a.deadlines().regulatoryLimit().toString());
        }
        if (!a.deadlines().basis().isEmpty()) {
            g.writeArrayFieldStart("basis");
            for (DeadlineBasis b : a.deadlines().basis()) {
                g.writeStartObject();
                g.writeStringField("deadline", b.deadline());
                g.writeStringField("ruleId", b.ruleId());
                g.writeStringField("citation", b.citation());
                g.writeStringField("rule", b.rule());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        g.writeEndObject();
        if (a.referral() != null) {
            writeReferral(g, a.referral());
        }
        strings(g, "followUp", a.followUp());
        strings(g, "tags", a.tags());
        g.writeArrayFieldStart("firedRules");
        for (FiredRule r : a.firedRules()) {
            g.writeStartObject();
            g.writeStringField("id", r.id());
            g.writeStringField("name", r.name());
            g.writeEndObject();
        }
        g.writeEndArray();
        strings(g, "warnings", a.warnings());
        if (a.reply() != null) {
            writeReply(g, a.reply());
        }
        g.writeEndObject();
    }

    private static void writeVulnerability(JsonGenerator g, Vulnerability v) throws IOException {
        g.writeObjectFieldStart("vulnerability");
        strings(g, "drivers", v.drivers().stream().map(Enum::name).toList());
        g.writeArrayFieldStart("evidence");
        for (VulnerabilityEvidence e : v.evidence()) {
            g.writeStartObject();
            g.writeStringField("signal", e.signal().name());
            g.writeStringField("detail", e.detail());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void writeReferral(JsonGenerator g, Referral r) throws IOException {
        g.writeObjectFieldStart("referral");
        g.writeStringField("body", r.body());
        g.writeStringField(
                "availableFrom",
                r.availableFrom() == null ? null : r.availableFrom().toString());
        g.writeStringField(
                "windowAfterFinalResponse",
                r.windowAfterFinalResponse() == null
                        ? null
                        : r.windowAfterFinalResponse().toString());
        g.writeBooleanField("timeBarred", r.timeBarred());
        g.writeStringField("citation", r.citation());
        g.writeEndObject();
    }

    private static void writeReply(JsonGenerator g, Reply r) throws IOException {
        g.writeObjectFieldStart("reply");
        g.writeStringField("kind", r.kind().name());
        g.writeStringField("language", r.language());
        g.writeStringField("subject", r.subject());
        g.writeStringField("body", r.body());
        strings(g, "clauses", r.clauses());
        strings(g, "missingFacts", r.missingFacts());
        g.writeEndObject();
    }

    private static void writeCaseObject(JsonGenerator g, ComplaintCase c) throws IOException {
        g.writeStartObject();
        Complaint m = c.complaint();
        g.writeObjectFieldStart("complaint");
        g.writeStringField("id", m.id());
        g.writeStringField("receivedAt", m.receivedAt().toString());
        g.writeStringField("channel", m.channel().name());
        g.writeStringField("category", m.category().name());
        if (m.text() != null) {
            g.writeStringField("text", m.text());
        }
        if (m.language() != null) {
            g.writeStringField("language", m.language());
        }
        money(g, "claimedLoss", m.claimedLoss());
        money(g, "requestedCompensation", m.requestedCompensation());
        if (m.publiclyVisible()) {
            g.writeBooleanField("publiclyVisible", true);
        }
        if (m.satisfactionScore() != null) {
            g.writeNumberField("satisfactionScore", m.satisfactionScore());
        }
        if (!m.signals().isEmpty()) {
            strings(g, "signals", m.signals().stream().map(Enum::name).toList());
        }
        if (m.jurisdiction() != null) {
            g.writeStringField("jurisdiction", m.jurisdiction().toString());
        }
        if (m.timeZone() != null) {
            g.writeStringField("timeZone", m.timeZone().getId());
        }
        if (m.service() != RegulatedService.OTHER) {
            g.writeStringField("service", m.service().name());
        }
        if (m.incidentDate() != null) {
            g.writeStringField("incidentDate", m.incidentDate().toString());
        }
        if (m.replyDraft() != null) {
            g.writeStringField("replyDraft", m.replyDraft().name());
        }
        g.writeEndObject();

        Customer k = c.customer();
        g.writeObjectFieldStart("customer");
        g.writeStringField("id", k.id());
        g.writeStringField("segment", k.segment().name());
        money(g, "lifetimeValue", k.lifetimeValue());
        if (k.customerSince() != null) {
            g.writeStringField("customerSince", k.customerSince().toString());
        }
        g.writeNumberField("complaintsLast12Months", k.complaintsLast12Months());
        g.writeNumberField("upheldComplaintsLast12Months", k.upheldComplaintsLast12Months());
        money(g, "compensationLast12Months", k.compensationLast12Months());
        g.writeEndObject();

        Conversation v = c.conversation();
        if (!Conversation.first().equals(v)) {
            g.writeObjectFieldStart("conversation");
            g.writeNumberField("contacts", v.contacts());
            g.writeNumberField("offersRejected", v.offersRejected());
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
        g.writeObjectFieldStart(name);
        g.writeStringField("amount", money.amountText());
        g.writeStringField("currency", money.currency().getCurrencyCode());
        g.writeEndObject();
    }

    private static void strings(JsonGenerator g, String name, List<String> values) throws IOException {
        g.writeArrayFieldStart(name);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }
}
