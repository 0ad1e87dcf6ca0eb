package org.complaintrules.drools.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.complaintrules.api.SignalType;
import org.junit.jupiter.api.Test;

/** {@link Signal#merge}: one signal per type, the detected ones first, and the host's word on what it supplied. */
class SignalMergeTest {

    @Test
    void theFirstDetectedSignalOfATypeKeepsItsPlaceAndDetailAndTheHostsOnlyCodesComeLast() {
        List<Signal> merged = Signal.merge(
                List.of(
                        List.of(
                                Signal.fromText(SignalType.LEGAL_THREAT, "'lawyer' at 4"),
                                Signal.fromText(SignalType.EXCLAMATION, "3 exclamation marks")),
                        List.of(Signal.fromText(SignalType.LEGAL_THREAT, "'court' at 40"))),
                List.of(SignalType.SAFETY_RISK));

        assertThat(merged)
                .containsExactly(
                        Signal.fromText(SignalType.LEGAL_THREAT, "'lawyer' at 4"),
                        Signal.fromText(SignalType.EXCLAMATION, "3 exclamation marks"),
                        Signal.fromHost(SignalType.SAFETY_RISK));
    }

    @Test
    void aCodeTheHostSuppliedAndTheTextShowedIsTheHostsWithTheTextsDetail() {
        List<Signal> merged = Signal.merge(
                List.of(List.of(
                        Signal.fromText(SignalType.SHOUTING, "100% of letters are capitals"),
                        Signal.fromText(SignalType.EXCLAMATION, "3 exclamation marks"))),
                List.of(SignalType.SHOUTING));

        assertThat(merged)
                .containsExactly(
                        new Signal(SignalType.SHOUTING, "100% of letters are capitals", Signal.Source.HOST),
                        Signal.fromText(SignalType.EXCLAMATION, "3 exclamation marks"));
    }
}
