package org.complaintrules.tooling.explain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SettingsTest {
    @Test
    void theApprovalLadderIsListedLowestRoleFirstAndOtherPlaceholdersByName() {
        Settings s = new Settings(Map.of(
                "authority.AGENT", "50",
                "authority.MANAGER", "1000",
                "authority.SUPERVISOR", "250",
                "weight.RIP_OFF.DEMAND", "3",
                "weight.AGGRESSIVE.ABUSE", "2"));

        assertThat(s.annotate("The ladder comes from authority.<ROLE>.", null, null))
                .isEqualTo("The ladder comes from authority.<ROLE> (AGENT 50, SUPERVISOR 250, MANAGER 1000).");
        assertThat(s.annotate("Weights: weight.<TYPE>.<SIGNAL>", null, null))
                .isEqualTo("Weights: weight.<TYPE>.<SIGNAL> (AGGRESSIVE.ABUSE 2, RIP_OFF.DEMAND 3)");
    }

    /** The audit: DL-VIP-1's "deadline.*.vip" was shown without its values. */
    @Test
    void aPartWrittenAsAStarListsEverySettingItStandsFor() {
        Settings s = new Settings(Map.of(
                "deadline.acknowledge.vip", "1h",
                "deadline.respond.vip", "8h",
                "deadline.respond", "24h",
                "deadline.acknowledge.public", "2h"));

        assertThat(s.annotate("VIP customers: deadline.*.vip, HIGH priority.", null, null))
                .isEqualTo("VIP customers: deadline.*.vip (acknowledge 1h, respond 8h), HIGH priority.");
    }
}
