package org.complaintrules.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.complaintrules.api.ComplaintCase;
import org.complaintrules.api.RegulatoryProfile;
import org.junit.jupiter.api.Test;

class CoverageTest {
    private static GeneratedCase labelled(String... labels) {
        ComplaintCase any = CaseGenerator.builder().build().next().complaintCase();
        return new GeneratedCase(any, RegulatoryProfile.GENERIC, Set.of(labels), null);
    }

    @Test
    void failsLoudlyNamingALabelThatWasNeverProduced() {
        Coverage c = new Coverage();
        for (int i = 0; i < 100; i++) {
            c.record(labelled("segment=STANDARD"));
        }
        assertThatThrownBy(() -> c.assertCovered(List.of("segment=STANDARD", "segment=VIP"), 0.01))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("segment=VIP: never produced")
                .hasMessageContaining("segment=STANDARD");
    }

    @Test
    void failsLoudlyNamingALabelThatWasTooRare() {
        Coverage c = new Coverage();
        for (int i = 0; i < 999; i++) {
            c.record(labelled("segment=STANDARD"));
        }
        c.record(labelled("segment=VIP"));
        assertThat(c.count("segment=VIP")).isEqualTo(1);
        assertThat(c.fraction("segment=VIP")).isEqualTo(0.001);
        assertThatThrownBy(() -> c.assertCovered(List.of("segment=VIP"), 0.01))
                .hasMessageContaining("segment=VIP: 1 of 1000 cases (0.10%), below 1.00%");
        c.assertCovered(List.of("segment=VIP"), 0.0);
    }

    @Test
    void adviceLabelsAreCountedAlongsideTheCase() {
        Coverage c = new Coverage();
        c.record(labelled("segment=VIP"));
        assertThat(c.cases()).isEqualTo(1);
        assertThat(c.missing(Labels.complainantTypes())).hasSize(6);
        assertThat(c.report()).contains("segment=VIP");
    }

    @Test
    void anUnknownLabelIsAnErrorNamingTheKnownOnesNotAMissingLabel() {
        Coverage c = new Coverage();
        CaseGenerator.builder().seed(3).build().stream(50).forEach(c::record);
        assertThatThrownBy(() -> c.assertCovered(List.of("signal=LEGAL_THRET"), 0.01))
                .isInstanceOf(UnknownLabelException.class)
                .hasMessageContaining("unknown label \"signal=LEGAL_THRET\"")
                .hasMessageContaining("signal=LEGAL_THREAT");
        assertThatThrownBy(() -> c.assertCovered(List.of("type=AGRESSIVE"), 0.0))
                .isInstanceOf(UnknownLabelException.class)
                .hasMessageContaining("type=AGGRESSIVE");
        assertThatThrownBy(() -> c.assertCovered(List.of("segmnet=VIP"), 0.0))
                .isInstanceOf(UnknownLabelException.class)
                .hasMessageContaining("segment");
        assertThatThrownBy(() -> c.assertCovered(Labels.complainantTypes(), 0.0))
                .as("an advice label that is known but was never recorded is missing, not unknown")
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("type=AGGRESSIVE: never produced");
        Coverage own = new Coverage();
        own.record(labelled("shop=north"));
        assertThatThrownBy(() -> own.assertCovered(List.of("shop=south"), 0.0))
                .as("a key of the cases' own generator")
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("shop=south: never produced");
    }
}
