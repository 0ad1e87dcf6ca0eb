package org.complaintrules.wording;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.complaintrules.api.RegulatoryProfile;
import org.complaintrules.api.ReplyKind;

/**
 * The content regulators require in the letters they define, as named clauses. A reply template
 * of a letter kind must carry each clause its regulatory profile requires in a {@code [clause CODE]}
 * section that depends on nothing but the profile, so that every draft of that kind carries it; the
 * policy does not build otherwise.
 *
 * <ul>
 *   <li>UK_FCA, {@code ACKNOWLEDGEMENT}: the prompt acknowledgement (DISP 1.6.1R) with summary details
 *       of the complaints procedure (DISP 1.2.1R(3)(b), DISP 1.2.3G).
 *   <li>UK_FCA, {@code RESPONSE}: written to serve as the summary resolution communication (DISP
 *       1.5.4R): the complaint is considered resolved; the customer may be able to refer it to the
 *       Financial Ombudsman Service; whether the firm consents to waive the time limits; the
 *       ombudsman's website.
 *   <li>UK_FCA, {@code HOLDING}: the 8-week letter (DISP 1.6.2R(2)): why there is no final response
 *       yet and when to expect one; the customer may now refer the complaint to the ombudsman; the
 *       ombudsman's leaflet and website.
 *   <li>UK_FCA, {@code FINAL_RESPONSE} (DISP 1.6.2R(1)): the outcome; the leaflet; the right to refer
 *       to the ombudsman within six months; its website and address; whether the firm consents to
 *       waive the time limits (DISP 1 Annex 3R).
 *   <li>AU_ASIC, {@code RESPONSE} and {@code FINAL_RESPONSE}: the IDR response (RG 271.53-271.54): the
 *       final outcome with reasons, the right to take the complaint to AFCA and AFCA's contact details.
 *   <li>AU_ASIC, {@code HOLDING}: the IDR delay notification (RG 271.64-271.66): the reasons for the
 *       delay, the right to go to AFCA, AFCA's contact details.
 *   <li>EU_PSD2, {@code RESPONSE} and {@code FINAL_RESPONSE} (PSD2 art. 101(2)-(3)): a reply that
 *       addresses all points raised, and at least one competent ADR entity.
 *   <li>EU_PSD2, {@code HOLDING} (PSD2 art. 101(2)): the reasons for the delay and the date by which
 *       the final reply will come (at most 35 business days after receipt).
 *   <li>IE_CBI, {@code RESPONSE} (written to serve as the final response) and {@code FINAL_RESPONSE}
 *       (Consumer Protection Code 2012, provision 10.9(e); for
 *       complaints received from 24 March 2026, check the matching provision of the 2025 code): the
 *       consumer may refer the complaint to the Financial Services and Pensions Ombudsman, and the
 *       ombudsman's contact details.
 *   <li>IE_CBI, {@code HOLDING} (provision 10.9(d)): a complaint not resolved within 40 business days
 *       may go to the Financial Services and Pensions Ombudsman, with its contact details.
 * </ul>
 *
 * <p>Under UK_FCA, a payment-service or e-money complaint runs on a shorter clock (DISP 1.6.2AR: 15
 * business days, 35 after a holding reply in exceptional circumstances). The same clauses carry it:
 * the default templates word them by the {@code extension} fact.
 *
 * <p>Under EU_PSD2 the clauses are owed only where PSD2 art. 101 applies, which the policy decides: its
 * PSD2 clock gives the advice a regulatory limit for a payment service, e-money or a service not named
 * (rule DL-PSD2-1), and none for another service (credit, hardship, insurance, investments,
 * superannuation; rule DL-PSD2-SERVICE-1). A letter for an advice without one carries no PSD2 clause:
 * the default templates leave them out by the {@code covered} fact ({@code {covered, select, yes {...}
 * other {}}}). The template sections stay required per profile, so that every covered letter carries
 * them.
 */
public final class RegulatoryLetters {
    /**
     * One required clause.
     *
     * @param code the clause code, as listed in {@code reply.clauses}
     * @param citation where the requirement comes from
     */
    public record Clause(String code, String citation) {
        /**
         * Validates the components.
         *
         * @param code the clause code, as listed in {@code reply.clauses}
         * @param citation where the requirement comes from
         */
        public Clause {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(citation, "citation");
        }
    }

    private static final Clause FCA_PROCEDURE = new Clause("COMPLAINTS_PROCEDURE", "FCA DISP 1.2.1R(3)(b)");
    private static final Clause SRC_RESOLVED = new Clause("SRC_RESOLVED", "FCA DISP 1.5.4R(1)");
    private static final Clause FOS_RIGHTS = new Clause("FOS_REFERRAL_RIGHTS", "FCA DISP 1.5.4R(2), DISP 1.6.2R");
    private static final Clause FOS_WAIVER =
            new Clause("FOS_TIME_LIMIT_CONSENT", "FCA DISP 1.6.2R(1)(f), DISP 1 Annex 3R");
    private static final Clause FOS_CONTACT = new Clause("FOS_CONTACT", "FCA DISP 1.5.4R(4), DISP 1.6.2R(1)(da)");
    private static final Clause FOS_LEAFLET = new Clause("FOS_LEAFLET", "FCA DISP 1.6.2R(1)(d), DISP 1.6.2R(2)(c)");
    private static final Clause FCA_DELAY = new Clause("DELAY_REASONS", "FCA DISP 1.6.2R(2)(a)");
    private static final Clause FCA_OUTCOME = new Clause("OUTCOME", "FCA DISP 1.6.2R(1)(a)-(c)");
    private static final Clause ASIC_OUTCOME = new Clause("OUTCOME", "ASIC RG 271.53-271.54");
    private static final Clause AFCA_RIGHTS = new Clause("AFCA_REFERRAL_RIGHTS", "ASIC RG 271.53");
    private static final Clause AFCA_CONTACT = new Clause("AFCA_CONTACT", "ASIC RG 271.53");
    private static final Clause ASIC_DELAY = new Clause("DELAY_REASONS", "ASIC RG 271.64-271.66");
    private static final Clause PSD2_OUTCOME = new Clause("OUTCOME", "PSD2 art. 101(2)");
    private static final Clause PSD2_ADR = new Clause("ADR_ENTITY", "PSD2 art. 101(3)");
    private static final Clause PSD2_DELAY = new Clause("DELAY_REASONS", "PSD2 art. 101(2)");
    private static final Clause PSD2_DEADLINE = new Clause("FINAL_REPLY_DEADLINE", "PSD2 art. 101(2)");
    private static final Clause FSPO_RIGHTS =
            new Clause("FSPO_REFERRAL_RIGHTS", "CBI Consumer Protection Code 2012, provision 10.9(e)");
    private static final Clause FSPO_CONTACT =
            new Clause("FSPO_CONTACT", "CBI Consumer Protection Code 2012, provision 10.9(e)");
    private static final Clause FSPO_RIGHTS_PENDING =
            new Clause("FSPO_REFERRAL_RIGHTS", "CBI Consumer Protection Code 2012, provision 10.9(d)");
    private static final Clause FSPO_CONTACT_PENDING =
            new Clause("FSPO_CONTACT", "CBI Consumer Protection Code 2012, provision 10.9(d)");

    private static final Map<RegulatoryProfile, Map<ReplyKind, List<Clause>>> REQUIRED = Map.of(
            RegulatoryProfile.UK_FCA,
            Map.of(
                    ReplyKind.ACKNOWLEDGEMENT, List.of(FCA_PROCEDURE),
                    ReplyKind.RESPONSE, List.of(SRC_RESOLVED, FOS_RIGHTS, FOS_WAIVER, FOS_CONTACT),
                    ReplyKind.HOLDING, List.of(FCA_DELAY, FOS_RIGHTS, FOS_LEAFLET, FOS_CONTACT),
                    ReplyKind.FINAL_RESPONSE, List.of(FCA_OUTCOME, FOS_LEAFLET, FOS_RIGHTS, FOS_WAIVER, FOS_CONTACT)),
            RegulatoryProfile.AU_ASIC,
            Map.of(
                    ReplyKind.RESPONSE, List.of(ASIC_OUTCOME, AFCA_RIGHTS, AFCA_CONTACT),
                    ReplyKind.HOLDING, List.of(ASIC_DELAY, AFCA_RIGHTS, AFCA_CONTACT),
                    ReplyKind.FINAL_RESPONSE, List.of(ASIC_OUTCOME, AFCA_RIGHTS, AFCA_CONTACT)),
            RegulatoryProfile.EU_PSD2,
            Map.of(
                    ReplyKind.RESPONSE, List.of(PSD2_OUTCOME, PSD2_ADR),
                    ReplyKind.HOLDING, List.of(PSD2_DELAY, PSD2_DEADLINE),
                    ReplyKind.FINAL_RESPONSE, List.of(PSD2_OUTCOME, PSD2_ADR)),
            RegulatoryProfile.IE_CBI,
            Map.of(
                    ReplyKind.RESPONSE, List.of(FSPO_RIGHTS, FSPO_CONTACT),
                    ReplyKind.HOLDING, List.of(FSPO_RIGHTS_PENDING, FSPO_CONTACT_PENDING),
                    ReplyKind.FINAL_RESPONSE, List.of(FSPO_RIGHTS, FSPO_CONTACT)));

    private RegulatoryLetters() {}

    /**
     * @param profile the regulatory profile
     * @param kind the kind of letter
     * @return the clauses a letter of that kind must carry under that profile; empty when none
     * @throws NullPointerException when an argument is null
     */
    public static List<Clause> required(RegulatoryProfile profile, ReplyKind kind) {
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(kind, "kind");
        return REQUIRED.getOrDefault(profile, Map.of()).getOrDefault(kind, List.of());
    }
}
