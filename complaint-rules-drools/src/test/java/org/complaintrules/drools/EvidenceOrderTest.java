package org.complaintrules.drools;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.complaintrules.api.ComplainantType;
import org.complaintrules.api.Evidence;
import org.complaintrules.api.RegulatoryProfile;
import org.complaintrules.drools.model.PolicySettings;
import org.complaintrules.drools.model.TraitEvidence;
import org.junit.jupiter.api.Test;

/** The advice's evidence order, against the plain stable sort it stands for. */
class EvidenceOrderTest {

    @Test
    void evidenceComesByTheTypesPrecedenceThenSignalThenDetail() {
        PolicySettings settings = new PolicySettings(
                Map.of("currency", "EUR", "type.precedence", "RIP_OFF, AGGRESSIVE, HIGH_ROLLER, PASSIVE"),
                RegulatoryProfile.GENERIC);
        ComplainantType[] types = ComplainantType.values();
        String[] signals = {"SHOUTING", "LEGAL_THREAT", "MANY_CONTACTS", "LONG_TENURE"};
        String[] details = {"2 contacts", "71% capitals", "customer for 30 years"};
        Random random = new Random(5);
        for (int round = 0; round < 5_000; round++) {
            List<TraitEvidence> derived = new ArrayList<>();
            int n = random.nextInt(9);
            for (int i = 0; i < n; i++) {
                derived.add(new TraitEvidence(
                        types[random.nextInt(types.length)],
                        signals[random.nextInt(signals.length)],
                        details[random.nextInt(details.length)],
                        1));
            }
            List<Evidence> expected = derived.stream()
                    .sorted(Comparator.comparingInt((TraitEvidence e) -> settings.rank(e.type()))
                            .thenComparing(TraitEvidence::signal)
                            .thenComparing(TraitEvidence::detail))
                    .map(e -> new Evidence(e.type(), e.signal(), e.detail()))
                    .toList();
            assertThat(DroolsComplaintAdvisor.evidence(derived, settings))
                    .as("round %d", round)
                    .containsExactlyElementsOf(expected);
        }
    }
}
