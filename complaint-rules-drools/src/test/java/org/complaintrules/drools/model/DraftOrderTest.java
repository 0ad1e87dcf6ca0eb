package org.complaintrules.drools.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.complaintrules.api.ComplainantType;
import org.complaintrules.api.DeadlineBasis;
import org.complaintrules.api.RegulatoryProfile;
import org.complaintrules.drools.calendar.BusinessCalendar;
import org.junit.jupiter.api.Test;

/**
 * The orders the draft and the settings give, against the plain sorts they stand for: response steps
 * by position then code, a deadline's bases by rule id then citation, and a type's rank by its first
 * place in {@code type.precedence}.
 */
class DraftOrderTest {
    private static final Instant RECEIVED = Instant.parse("2026-11-20T10:15:00Z");
    private static final String[] CODES = {"ACKNOWLEDGE", "APOLOGIZE", "EXPLAIN", "OFFER_SOLUTION", "CONFIRM", "B", "A"
    };

    private static AdviceDraft draft(AtomicReference<String> firing) {
        CaseClock clock =
                new CaseClock(RECEIVED, null, ZoneOffset.UTC, BusinessCalendar.weekdays(), LocalTime.of(17, 0));
        return new AdviceDraft(clock, firing::get);
    }

    @Test
    void responseStepsComeByPositionThenCodeWithTheLatestPlaceOfAStepAndWithoutOmittedOnes() {
        Random random = new Random(13);
        for (int round = 0; round < 5_000; round++) {
            AdviceDraft draft = draft(new AtomicReference<>());
            Map<String, Integer> placed = new HashMap<>();
            Set<String> omitted = new HashSet<>();
            int moves = random.nextInt(12);
            for (int m = 0; m < moves; m++) {
                String code = CODES[random.nextInt(CODES.length)];
                if (random.nextInt(6) == 0) {
                    draft.omitStep(code);
                    omitted.add(code);
                } else {
                    int position = 10 * random.nextInt(5); // ties are common: the code decides
                    draft.placeStep(code, position);
                    placed.merge(code, position, Math::max);
                }
            }
            List<String> expected = placed.entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                    .map(Map.Entry::getKey)
                    .filter(c -> !omitted.contains(c))
                    .toList();
            assertThat(draft.responseSteps()).as("round %d", round).containsExactlyElementsOf(expected);
        }
    }

    @Test
    void responseStepsCannotBeChangedByTheCaller() {
        AdviceDraft draft = draft(new AtomicReference<>());
        draft.placeStep("ACKNOWLEDGE", 10);
        assertThatThrownBy(() -> draft.responseSteps().add("X")).isInstanceOf(UnsupportedOperationException.class);
        assertThat(draft.responseSteps()).containsExactly("ACKNOWLEDGE");
    }

    @Test
    void theBasesOfADeadlineComeByRuleIdThenCitationAndOnlyThoseOfItsEarliestValue() {
        Random random = new Random(7);
        String[] rules = {"R-3", "R-1", "R-10", "R-2"};
        String[] citations = {"DISP 1.6", "RG 271", "12 CFR 1005"};
        for (int round = 0; round < 2_000; round++) {
            AtomicReference<String> firing = new AtomicReference<>();
            AdviceDraft draft = draft(firing);
            List<DeadlineBasis> atEarliest = new ArrayList<>();
            Instant earliest = null;
            int offers = random.nextInt(6);
            for (int o = 0; o < offers; o++) {
                Instant at = RECEIVED.plusSeconds(3600L * (1 + random.nextInt(3)));
                firing.set(rules[random.nextInt(rules.length)]);
                String citation = citations[random.nextInt(citations.length)];
                draft.acknowledgeBy(at, citation, "a rule");
                DeadlineBasis basis = new DeadlineBasis("acknowledgeBy", firing.get(), citation, "a rule");
                if (earliest == null || at.isBefore(earliest)) {
                    earliest = at;
                    atEarliest.clear();
                }
                if (at.equals(earliest) && !atEarliest.contains(basis)) {
                    atEarliest.add(basis);
                }
            }
            List<DeadlineBasis> expected = atEarliest.stream()
                    .sorted(Comparator.comparing(DeadlineBasis::ruleId).thenComparing(DeadlineBasis::citation))
                    .toList();
            assertThat(draft.acknowledgeBy()).isEqualTo(earliest);
            assertThat(draft.basis("acknowledgeBy")).as("round %d", round).containsExactlyElementsOf(expected);
        }
    }

    @Test
    void aTypeRanksByItsFirstPlaceInThePrecedenceAndAnUnlistedTypeOrNoneLast() {
        PolicySettings settings = new PolicySettings(
                Map.of("currency", "EUR", "type.precedence", "AGGRESSIVE, RIP_OFF, AGGRESSIVE, PASSIVE"),
                RegulatoryProfile.GENERIC);
        List<ComplainantType> listed = settings.precedence();
        for (ComplainantType type : ComplainantType.values()) {
            int first = listed.indexOf(type);
            assertThat(settings.rank(type)).as("%s", type).isEqualTo(first < 0 ? listed.size() : first);
        }
        assertThat(settings.rank(ComplainantType.RIP_OFF)).isEqualTo(1);
        assertThat(settings.rank(ComplainantType.CHRONIC)).isEqualTo(4);
        assertThat(settings.rank(null)).as("no type").isEqualTo(4);
    }
}
