package org.complaintrules.drools.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.complaintrules.api.Approval;
import org.complaintrules.api.ApprovalRole;
import org.complaintrules.api.Compensation;
import org.complaintrules.api.ComplainantType;
import org.complaintrules.api.DeadlineBasis;
import org.complaintrules.api.Deadlines;
import org.complaintrules.api.Money;
import org.complaintrules.api.Priority;
import org.complaintrules.drools.model.AdviceDraft;
import org.complaintrules.drools.model.CaseClock;
import org.complaintrules.drools.model.CompensationCap;
import org.complaintrules.drools.model.PolicySettings;
import org.complaintrules.drools.model.PrimaryType;
import org.complaintrules.drools.model.Trait;

/**
 * Hard limits no rule file can break, applied after the rules. Each correction adds a warning
 * of the form {@code CODE: what was wrong and what was used instead}; nothing is corrected silently.
 */
public final class Guardrails {
    /** Warning code: the primary type was missing, ambiguous, or not among the traits. */
    public static final String PRIMARY_TYPE = "GUARDRAIL_PRIMARY_TYPE";
    /** Warning code: the compensation cap was missing, ambiguous, or above the absolute cap. */
    public static final String COMPENSATION = "GUARDRAIL_COMPENSATION";
    /** Warning code: a deadline was missing, before receipt, or out of order. */
    public static final String DEADLINE = "GUARDRAIL_DEADLINE";
    /** Warning code: no rule set a priority. */
    public static final String PRIORITY = "GUARDRAIL_PRIORITY";

    private final Money absoluteCap;
    private final PolicySettings settings;
    private final List<String> warnings = new ArrayList<>();

    /**
     * @param absoluteCap the most any case may be offered, whatever the rules say
     * @param settings the policy: its base deadlines are the values used when no rule sets one
     */
    public Guardrails(Money absoluteCap, PolicySettings settings) {
        this.absoluteCap = absoluteCap;
        this.settings = settings;
    }

    /** @return the warnings added so far */
    public List<String> warnings() {
        return warnings;
    }

    /**
     * @param traits the traits the rules derived
     * @param settings the policy, for the precedence
     * @return the traits by precedence, without MODERATE and without duplicates
     */
    public List<ComplainantType> traits(List<Trait> traits, PolicySettings settings) {
        List<ComplainantType> types = new ArrayList<>(traits.size());
        for (Trait t : traits) {
            types.add(t.type());
        }
        // by precedence, then by type (a stable sort)
        types.sort(Comparator.comparingInt(settings::rank).thenComparing(Comparator.naturalOrder()));
        List<ComplainantType> out = new ArrayList<>(types.size());
        for (ComplainantType t : types) {
            if (t == ComplainantType.MODERATE) {
                warnings.add(PRIMARY_TYPE + ": MODERATE is not a trait; removed from traits");
            } else if (!out.contains(t)) {
                out.add(t);
            }
        }
        return out;
    }

    /**
     * Exactly one primary type, among the traits unless MODERATE.
     *
     * @param primaries the primary types the rules chose
     * @param traits the traits, by precedence (may be extended with the primary type)
     * @param settings the policy, for the precedence
     * @return the primary type
     */
    public ComplainantType primary(List<PrimaryType> primaries, List<ComplainantType> traits, PolicySettings settings) {
        List<ComplainantType> chosen = new ArrayList<>(primaries.size());
        for (PrimaryType p : primaries) {
            if (!chosen.contains(p.type())) {
                chosen.add(p.type());
            }
        }
        chosen.sort(Comparator.comparingInt(settings::rank)); // stable: equal ranks keep the rules' order
        ComplainantType fallback = traits.isEmpty() ? ComplainantType.MODERATE : traits.get(0);
        if (chosen.isEmpty()) {
            warnings.add(PRIMARY_TYPE + ": no rule chose a primary type; used " + fallback);
            return fallback;
        }
        ComplainantType primary = chosen.get(0);
        if (chosen.size() > 1) {
            warnings.add(PRIMARY_TYPE + ": rules chose " + chosen + "; kept " + primary + " by precedence");
        }
        if (primary == ComplainantType.MODERATE && !traits.isEmpty()) {
            warnings.add(PRIMARY_TYPE + ": MODERATE chosen although traits " + traits + " have enough evidence; used "
                    + fallback);
            return fallback;
        }
        if (primary != ComplainantType.MODERATE && !traits.contains(primary)) {
            warnings.add(PRIMARY_TYPE + ": primary type " + primary + " had no trait; added it to traits");
            traits.add(0, primary);
        }
        return primary;
    }

    /**
     * The cap within the absolute cap, and the approval ladder up to it.
     *
     * @param caps the caps the rules set
     * @param draft the draft, for forms and authorities
     * @param zero zero in the policy currency, the cap when no rule set one
     * @return the compensation
     */
    public Compensation compensation(List<CompensationCap> caps, AdviceDraft draft, Money zero) {
        Money max;
        if (caps.isEmpty()) {
            max = zero;
            warnings.add(COMPENSATION + ": no rule set a compensation cap; used " + max);
        } else {
            // the first of the lowest, and whether any two caps differ
            Money first = caps.get(0).amount();
            Money lowest = first;
            boolean different = false;
            for (CompensationCap c : caps) {
                Money m = c.amount();
                if (m.compareTo(lowest) < 0) {
                    lowest = m;
                }
                different |= !m.equals(first);
            }
            max = lowest;
            if (different) {
                warnings.add(COMPENSATION + ": rules set " + caps.size() + " different caps; kept the lowest, " + max);
            }
        }
        if (max.compareTo(absoluteCap) > 0) {
            warnings.add(
                    COMPENSATION + ": cap " + max + " is above the absolute cap " + absoluteCap + "; lowered to it");
            max = absoluteCap;
        }
        max = max.roundedDown();
        List<Approval> ladder = new ArrayList<>();
        if (max.amount().signum() > 0) {
            List<Map.Entry<ApprovalRole, Money>> authorities = draft.authorities();
            for (Map.Entry<ApprovalRole, Money> a : authorities) {
                if (a.getValue().compareTo(max) >= 0) {
                    ladder.add(new Approval(max, a.getKey()));
                    break;
                }
                ladder.add(new Approval(a.getValue(), a.getKey()));
            }
            if (ladder.isEmpty() || ladder.get(ladder.size() - 1).upTo().compareTo(max) < 0) {
                ladder.add(new Approval(max, ApprovalRole.EXECUTIVE));
                warnings.add(COMPENSATION + ": no role's authority reaches " + max + "; EXECUTIVE approves it");
            }
        }
        return new Compensation(max, draft.allowedForms(), ladder);
    }

    /**
     * @param compensation the final compensation
     * @return the role that approves the whole cap: the last rung of the ladder, or AGENT when nothing needs approval
     */
    public static ApprovalRole approver(Compensation compensation) {
        List<Approval> ladder = compensation.approvals();
        return ladder.isEmpty()
                ? ApprovalRole.AGENT
                : ladder.get(ladder.size() - 1).role();
    }

    /**
     * @param draft the draft
     * @return the priority the rules set, or NORMAL with a warning
     */
    public Priority priority(AdviceDraft draft) {
        if (draft.priority() == null) {
            warnings.add(PRIORITY + ": no rule set a priority; used NORMAL");
            return Priority.NORMAL;
        }
        return draft.priority();
    }

    /**
     * Deadlines present, not before receipt, and in order (an earlier step is never due after a later
     * one); {@code resolveBy} never later than {@code regulatoryLimit}. {@code basis} keeps the entries of
     * the rules whose value each deadline still has.
     *
     * @param draft the draft
     * @return the deadlines
     */
    public Deadlines deadlines(AdviceDraft draft) {
        Instant received = draft.receivedAt();
        CaseClock clock = draft.clock();
        Instant ack = present(draft.acknowledgeBy(), "acknowledgeBy", clock, PolicySettings.ACKNOWLEDGE);
        Instant respond = present(draft.respondBy(), "respondBy", clock, PolicySettings.RESPOND);
        Instant resolve = present(draft.resolveBy(), "resolveBy", clock, PolicySettings.RESOLVE);
        Instant followUp = present(draft.followUpAt(), "followUpAt", clock, PolicySettings.FOLLOW_UP);
        Instant limit = draft.regulatoryLimit();
        if (limit != null && limit.isBefore(received)) {
            warnings.add(DEADLINE + ": regulatoryLimit " + limit + " was before receipt; moved to " + received);
            limit = received;
        }
        if (limit != null && resolve.isAfter(limit)) {
            warnings.add(DEADLINE + ": resolveBy " + resolve + " was after regulatoryLimit; moved to " + limit);
            resolve = limit;
        }
        if (respond.isAfter(resolve)) {
            warnings.add(DEADLINE + ": respondBy " + respond + " was after resolveBy; moved to " + resolve);
            respond = resolve;
        }
        if (ack.isAfter(respond)) {
            warnings.add(DEADLINE + ": acknowledgeBy " + ack + " was after respondBy; moved to " + respond);
            ack = respond;
        }
        List<DeadlineBasis> basis = new ArrayList<>();
        keep(basis, draft, "acknowledgeBy", draft.acknowledgeBy(), ack);
        keep(basis, draft, "respondBy", draft.respondBy(), respond);
        keep(basis, draft, "resolveBy", draft.resolveBy(), resolve);
        keep(basis, draft, "followUpAt", draft.followUpAt(), followUp);
        keep(basis, draft, "regulatoryLimit", draft.regulatoryLimit(), limit);
        return new Deadlines(ack, respond, resolve, followUp, limit, basis);
    }

    /** The rules' basis for a deadline holds only while the guardrails left the rules' value in place. */
    private static void keep(List<DeadlineBasis> out, AdviceDraft draft, String deadline, Instant ruled, Instant kept) {
        if (ruled != null && ruled.equals(kept)) {
            out.addAll(draft.basis(deadline));
        }
    }

    private Instant present(Instant value, String name, CaseClock clock, String fallbackKey) {
        Instant received = clock.receivedAt();
        if (value == null) {
            Instant v = clock.after(settings.term(fallbackKey));
            warnings.add(DEADLINE + ": no rule set " + name + "; used " + v + " (" + fallbackKey + ")");
            return v;
        }
        if (value.isBefore(received)) {
            warnings.add(DEADLINE + ": " + name + " " + value + " was before receipt; moved to " + received);
            return received;
        }
        return value;
    }
}
