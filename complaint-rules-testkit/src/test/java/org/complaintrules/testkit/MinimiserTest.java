package org.complaintrules.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.complaintrules.api.Complaint;
import org.complaintrules.api.ComplaintCase;
import org.complaintrules.api.Conversation;
import org.complaintrules.api.Customer;
import org.complaintrules.api.Money;
import org.complaintrules.api.RegulatoryProfile;
import org.complaintrules.api.Segment;
import org.complaintrules.json.CaseReader;
import org.junit.jupiter.api.Test;

class MinimiserTest {

    private static boolean lossBelow100(GeneratedCase c) {
        Money loss = c.complaintCase().complaint().claimedLoss();
        return loss == null || loss.amount().compareTo(new BigDecimal("100")) < 0;
    }

    @Test
    void shrinksClaimedLossBelow100ToTheSmallestFailingRoundAmountWithEveryOtherOptionalFieldDropped() {
        PropertyResult r = PropertyCheck.run(
                "claimedLoss < 100",
                CaseGenerator.builder().build(),
                1_000,
                1,
                CaseProperty.that("claimedLoss < 100", MinimiserTest::lossBelow100));

        assertThat(r.failed()).isTrue();
        assertThat(r.original().complaintCase().complaint().claimedLoss().amount())
                .isGreaterThanOrEqualTo(new BigDecimal("100"));
        ComplaintCase min = r.minimal().complaintCase();
        Complaint m = min.complaint();
        Customer k = min.customer();
        assertThat(m.claimedLoss()).isEqualTo(Money.of("100.00", "EUR"));
        assertThat(m.text()).isNull();
        assertThat(m.language()).isNull();
        assertThat(m.requestedCompensation()).isNull();
        assertThat(m.satisfactionScore()).isNull();
        assertThat(m.publiclyVisible()).isFalse();
        assertThat(m.signals()).isEmpty();
        assertThat(k.lifetimeValue()).isNull();
        assertThat(k.customerSince()).isNull();
        assertThat(k.compensationLast12Months()).isNull();
        assertThat(k.complaintsLast12Months()).isZero();
        assertThat(k.segment()).isEqualTo(Segment.STANDARD);
        assertThat(min.conversation()).isEqualTo(Conversation.first());
        assertThat(r.minimal().profile()).isEqualTo(RegulatoryProfile.GENERIC);
        assertThat(CaseReader.create().readCase(r.minimalJson())).isEqualTo(min);
        assertThat(r.minimalJson().length()).isLessThan(r.originalJson().length());
        assertThat(r.report())
                .contains("seed=1", "PropertyCheck.run again with seed 1", r.minimalJson(), r.originalJson());
    }

    @Test
    void shrinksAThresholdBetweenRoundFiguresToTheNextOneSignificantDigitFigure() {
        GeneratedCase start = CaseGenerator.builder().seed(3).build().stream(200)
                .filter(c -> c.complaintCase().complaint().claimedLoss() != null
                        && c.complaintCase().complaint().claimedLoss().amount().compareTo(new BigDecimal("437")) > 0)
                .findFirst()
                .orElseThrow();
        Minimiser.Minimised m = Minimiser.minimise(start, c -> {
            Money loss = c.complaintCase().complaint().claimedLoss();
            return loss != null && loss.amount().compareTo(new BigDecimal("437")) >= 0;
        });
        assertThat(m.minimal().complaintCase().complaint().claimedLoss().amount())
                .isIn(new BigDecimal("437.00"), new BigDecimal("500.00"));
    }

    @Test
    void shrinksATextToTheOneWordThatMatters() {
        GeneratedCase start = CaseGenerator.builder().build().stream(7, 5_000)
                .filter(c -> c.complaintCase().complaint().text() != null
                        && c.complaintCase().complaint().text().contains("lawyer")
                        && c.complaintCase().complaint().text().length() > 60)
                .findFirst()
                .orElseThrow();
        Minimiser.Minimised m = Minimiser.minimise(start, c -> {
            String t = c.complaintCase().complaint().text();
            return t != null && t.contains("lawyer");
        });
        assertThat(m.minimal().complaintCase().complaint().text()).isEqualTo("lawyer");
        assertThat(m.steps()).isPositive();
    }

    @Test
    void countsShrinkTowardsZeroKeepingUpheldWithinComplaints() {
        GeneratedCase start = CaseGenerator.builder().build().stream(11, 2_000)
                .filter(c -> c.complaintCase().customer().complaintsLast12Months() > 10)
                .findFirst()
                .orElseThrow();
        Minimiser.Minimised m =
                Minimiser.minimise(start, c -> c.complaintCase().customer().complaintsLast12Months() >= 5);
        Customer k = m.minimal().complaintCase().customer();
        assertThat(k.complaintsLast12Months()).isEqualTo(5);
        assertThat(k.upheldComplaintsLast12Months()).isZero();
    }

    @Test
    void everyCandidateIsSmallerAndValid() {
        CaseReader reader = CaseReader.create();
        CaseGenerator.builder().seed(5).build().stream(100).forEach(c -> {
            for (GeneratedCase x : Minimiser.candidates(c)) {
                assertThat(x).isNotEqualTo(c);
                assertThat(reader.readCase(x.json())).isEqualTo(x.complaintCase());
            }
        });
    }
}
