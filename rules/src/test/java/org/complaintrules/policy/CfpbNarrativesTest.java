package org.complaintrules.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.complaintrules.api.Advice;
import org.complaintrules.api.CaseResult;
import org.complaintrules.api.ComplainantType;
import org.complaintrules.api.ComplaintAdvisor;
import org.complaintrules.api.ComplaintCase;
import org.complaintrules.api.SignalType;
import org.complaintrules.api.Team;
import org.complaintrules.drools.DroolsComplaintAdvisor;
import org.complaintrules.testkit.data.CfpbSample;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The default policy on 101 real consumer narratives from the CFPB complaint database (see
 * {@link CfpbSample} for how a row becomes a case: WEB_FORM, category from the product, no
 * customer history, language inferred). They are formal, mostly calm complaints about credit
 * reports and debt collection, so the policy must advise every one cleanly, send every one that
 * names a lawyer or a lawsuit to LEGAL (but those where the lawyer is
 * someone else's, {@link CfpbLegalMentions#NAMED_BUT_NO_THREAT}), and almost never call a calm writer aggressive. The test
 * prints the numbers (type distribution, legal mentions, calm-but-aggressive) for comparing policy
 * and word-list changes.
 */
class CfpbNarrativesTest {

    /** At most this many calm narratives (no '!', no shouting, no abuse) may be called aggressive. */
    static final int CALM_BUT_AGGRESSIVE_MAX = 2;

    private static List<ComplaintCase> cases;
    private static List<Advice> advice;

    @BeforeAll
    static void adviseAll() {
        cases = CfpbSample.cases(Path.of(System.getProperty("complaint.data.dir")));
        ComplaintAdvisor advisor = DroolsComplaintAdvisor.builder().build();
        advice = new ArrayList<>();
        for (ComplaintCase c : cases) {
            CaseResult result = advisor.tryAdvise(c);
            assertThat(result).as("%s: %s", c.id(), result).isInstanceOf(Advice.class);
            advice.add((Advice) result);
        }
    }

    @Test
    void everyNarrativeIsAdvisedWithoutWarnings() {
        assertThat(cases).hasSize(101);
        assertThat(advice)
                .allSatisfy(a -> assertThat(a.warnings())
                        .as("warnings of %s", a.caseId())
                        .isEmpty());
        Map<ComplainantType, Integer> types = new EnumMap<>(ComplainantType.class);
        advice.forEach(a -> types.merge(a.complainantType(), 1, Integer::sum));
        System.out.println("CFPB policy: complainant types over " + advice.size() + " narratives: " + types);
    }

    @Test
    void everyNarrativeNamingALawyerOrLawsuitGoesToLegal() {
        List<String> named = new ArrayList<>();
        List<String> missed = new ArrayList<>();
        int legal = 0;
        for (int i = 0; i < cases.size(); i++) {
            boolean toLegal = advice.get(i).escalation().teams().contains(Team.LEGAL);
            legal += toLegal ? 1 : 0;
            if (CfpbLegalMentions.LEGAL_MENTION
                    .matcher(cases.get(i).complaint().text())
                    .find()) {
                named.add(cases.get(i).id());
                if (!toLegal) {
                    missed.add(cases.get(i).id());
                }
            }
        }
        System.out.printf(
                "CFPB policy: %d narratives name a lawyer, attorney or lawsuit, %d of them go to LEGAL;"
                        + " LEGAL on %d narratives in all%n",
                named.size(), named.size() - missed.size(), legal);
        assertThat(named).isNotEmpty();
        assertThat(missed)
                .as("narratives naming a lawyer or lawsuit without LEGAL")
                .containsExactlyInAnyOrderElementsOf(CfpbLegalMentions.NAMED_BUT_NO_THREAT.keySet().stream()
                        .map(id -> "CFPB-" + id)
                        .toList());
    }

    @Test
    void calmNarrativesAreAlmostNeverCalledAggressive() {
        List<String> calm = new ArrayList<>();
        List<String> calmButAggressive = new ArrayList<>();
        List<String> aggressive = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            Advice a = advice.get(i);
            boolean isAggressive = a.complainantType() == ComplainantType.AGGRESSIVE;
            if (isAggressive) {
                aggressive.add(a.caseId());
            }
            boolean loud = cases.get(i).complaint().text().contains("!")
                    || a.tags().contains(SignalType.SHOUTING.name())
                    || a.tags().contains(SignalType.ABUSIVE_LANGUAGE.name());
            if (!loud) {
                calm.add(a.caseId());
                if (isAggressive) {
                    calmButAggressive.add(a.caseId());
                }
            }
        }
        System.out.printf(
                "CFPB policy: %d narratives called AGGRESSIVE %s; %d calm (no '!', shouting or abuse),"
                        + " of which %d called AGGRESSIVE %s%n",
                aggressive.size(), aggressive, calm.size(), calmButAggressive.size(), calmButAggressive);
        assertThat(calmButAggressive).hasSizeLessThanOrEqualTo(CALM_BUT_AGGRESSIVE_MAX);
    }
}
