package org.complaintrules.policy;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * What the CFPB calibration tests ({@link CfpbNarrativesTest}, {@code CfpbCalibrationTest}) take as a
 * narrative that names legal action: a lawyer, an attorney (not the Attorney General) or a lawsuit.
 * The pattern over-approximates the legal-threat signal, whose definition counts only the customer's
 * own step; the narratives where the name is someone else's are listed with the reason.
 */
public final class CfpbLegalMentions {

    /** Narratives naming a lawyer, an attorney (not the Attorney General) or a lawsuit. */
    public static final Pattern LEGAL_MENTION =
            Pattern.compile("\\b(lawyers?|attorneys?(?!\\s+general)|law\\s?suits?)\\b", Pattern.CASE_INSENSITIVE);

    /**
     * Complaint ids of the sample's narratives that name a lawyer or lawsuit without the customer
     * taking or threatening any legal step, each with the reason. The tests fail when one of them is
     * read as a threat (the list is out of date) as well as when any other such narrative is not.
     */
    public static final Map<String, String> NAMED_BUT_NO_THREAT =
            Map.of("3110160", "the collector yelled at the customer that they need to get a lawyer");

    private CfpbLegalMentions() {}
}
