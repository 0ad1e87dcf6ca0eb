package org.complaintrules.drools.signals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.complaintrules.api.SignalType.ABUSIVE_LANGUAGE;
import static org.complaintrules.api.SignalType.CHURN_THREAT;
import static org.complaintrules.api.SignalType.DEMANDS_IMMEDIACY;
import static org.complaintrules.api.SignalType.LEGAL_THREAT;
import static org.complaintrules.api.SignalType.MILD_WORDING;
import static org.complaintrules.api.SignalType.PUBLIC_EXPOSURE_THREAT;
import static org.complaintrules.api.SignalType.RECURRING_FAULT;
import static org.complaintrules.api.SignalType.REGULATOR_MENTION;
import static org.complaintrules.api.SignalType.REPEATED_CONTACT;
import static org.complaintrules.api.SignalType.SAFETY_RISK;
import static org.complaintrules.api.SignalType.VULNERABILITY_HEALTH;
import static org.complaintrules.drools.signals.Analyses.analyse;
import static org.complaintrules.drools.signals.Analyses.detail;
import static org.complaintrules.drools.signals.Analyses.types;

import java.util.stream.Stream;
import org.complaintrules.api.SignalType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class EstonianSignalsTest {

    static Stream<Arguments> sentences() {
        return Stream.of(
                Arguments.of(ABUSIVE_LANGUAGE, "Teie klienditeenindajad on täielikud idioodid."),
                Arguments.of(ABUSIVE_LANGUAGE, "Mis kuradi teenindus see on?"),
                Arguments.of(ABUSIVE_LANGUAGE, "Juhataja on loll ja ülbe."),
                Arguments.of(ABUSIVE_LANGUAGE, "Te olete tõprad, mitte teenindajad."),
                Arguments.of(ABUSIVE_LANGUAGE, "Raisk, jälle ei tööta midagi."),
                Arguments.of(ABUSIVE_LANGUAGE, "Kassas istus mingi nolk, kes ei viitsinud tervitada."),
                Arguments.of(ABUSIVE_LANGUAGE, "Garantiiosakonnas töötab üks pooletoobine."),
                Arguments.of(ABUSIVE_LANGUAGE, "Automüüja on üks paras litapoeg."),
                Arguments.of(LEGAL_THREAT, "Minu advokaat võtab teiega ühendust."),
                Arguments.of(LEGAL_THREAT, "Kui raha ei tagastata, annan asja kohtusse."),
                Arguments.of(LEGAL_THREAT, "Konsulteerisin juristiga ja see on seadusevastane."),
                Arguments.of(LEGAL_THREAT, "Esitan hagi järgmisel nädalal."),
                Arguments.of(REGULATOR_MENTION, "Pöördun tarbijakaitseametisse."),
                Arguments.of(REGULATOR_MENTION, "Saadan kaebuse TTJA-le."),
                Arguments.of(REGULATOR_MENTION, "Teavitan Finantsinspektsiooni."),
                Arguments.of(REGULATOR_MENTION, "Lähen tarbijavaidluste komisjoni."),
                Arguments.of(SAFETY_RISK, "Veekeetja läks põlema ja köögis oli tulekahju."),
                Arguments.of(SAFETY_RISK, "Laadija põles läbi ja kõrbes laua."),
                Arguments.of(SAFETY_RISK, "Sain põletuse, kui kaant avasin."),
                Arguments.of(SAFETY_RISK, "Triikraud andis elektrilöögi."),
                Arguments.of(SAFETY_RISK, "Aku plahvatas laadimise ajal."),
                Arguments.of(SAFETY_RISK, "Laps sai viga, sest käepide murdus."),
                Arguments.of(CHURN_THREAT, "Lõpetan lepingu ja lähen konkurendi juurde."),
                Arguments.of(CHURN_THREAT, "Enam kunagi ei osta teilt midagi."),
                Arguments.of(CHURN_THREAT, "Sulgen oma konto."),
                Arguments.of(CHURN_THREAT, "Pärast sellist kohtlemist ei osta ma teilt edaspidi midagi."),
                Arguments.of(CHURN_THREAT, "Ma ei telli teie poest rohkem."),
                Arguments.of(CHURN_THREAT, "Teie kauplusesse ma enam jalga ei tõsta."),
                Arguments.of(CHURN_THREAT, "Minu esimene ost teie e-poest jäi ühtlasi viimaseks."),
                Arguments.of(CHURN_THREAT, "Enam ei julge ma teilt tellida."),
                Arguments.of(CHURN_THREAT, "Edaspidi hoian sellest poest kaugele eemale."),
                Arguments.of(CHURN_THREAT, "Nüüdsest hakkan seda kauplust vältima."),
                Arguments.of(PUBLIC_EXPOSURE_THREAT, "Kirjutan sellest sotsiaalmeedias."),
                Arguments.of(PUBLIC_EXPOSURE_THREAT, "Jätan negatiivse arvustuse."),
                Arguments.of(PUBLIC_EXPOSURE_THREAT, "Räägin kõigile tuttavatele."),
                Arguments.of(PUBLIC_EXPOSURE_THREAT, "Pöördun ajakirjanike poole."),
                Arguments.of(PUBLIC_EXPOSURE_THREAT, "Kui raha ei tagastata, postitan kogu loo Facebooki."),
                Arguments.of(PUBLIC_EXPOSURE_THREAT, "Kavatsen kirjutada negatiivse arvustuse."),
                Arguments.of(DEMANDS_IMMEDIACY, "Tagastage raha kohe."),
                Arguments.of(DEMANDS_IMMEDIACY, "Nõuan viivitamatult vastust."),
                Arguments.of(DEMANDS_IMMEDIACY, "Lahendage see otsekohe."),
                Arguments.of(REPEATED_CONTACT, "Kirjutan teile juba kolmandat korda."),
                Arguments.of(REPEATED_CONTACT, "Olen juba mitu korda helistanud."),
                Arguments.of(REPEATED_CONTACT, "Keegi ei vasta telefonile."),
                Arguments.of(REPEATED_CONTACT, "Helistasin 5 korda."),
                Arguments.of(REPEATED_CONTACT, "Helistasin klienditoele uuesti, aga abi ei saanud."),
                Arguments.of(REPEATED_CONTACT, "Alles pärast neljandat telefonikõnet võttis keegi vastutuse."),
                Arguments.of(REPEATED_CONTACT, "Vastuse sain alles pärast mitmekordset helistamist."),
                Arguments.of(RECURRING_FAULT, "Pesumasin läks jälle katki."),
                Arguments.of(RECURRING_FAULT, "Jälle sama probleem ekraaniga."),
                Arguments.of(RECURRING_FAULT, "Külmik on pidevalt rikki."),
                Arguments.of(MILD_WORDING, "Vabandust, et tülitan, aga karbis puudus üks detail."),
                Arguments.of(MILD_WORDING, "Kui võimalik, saatke palun uus kaas."),
                Arguments.of(MILD_WORDING, "Olin natuke pettunud värvi osas."),
                Arguments.of(VULNERABILITY_HEALTH, "Olen peaaegu pime ja ekraanil olevat teksti ei näe."));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("sentences")
    void eachSentenceCarriesItsSignal(SignalType type, String sentence) {
        TextAnalysis analysis = analyse(sentence, "et");

        assertThat(types(analysis)).contains(type);
        assertThat(detail(analysis, type))
                .get()
                .asString()
                .matches("'.+' at \\d+")
                .hasSizeLessThanOrEqualTo(80);
    }

    @Test
    void wastingTimeIsNotSwearing() {
        TextAnalysis analysis = analyse("Raiskasin terve päeva ootamisele ja lolliks ma ennast ei lase teha.", "et");

        assertThat(types(analysis)).doesNotContain(ABUSIVE_LANGUAGE);
    }

    @Test
    void meetingIsNotCourt() {
        TextAnalysis analysis = analyse(
                "Kohtusin kulleriga ukse ees, meie kohtumine oli lühike. Teie kohus on pakk kohale toimetada.", "et");

        assertThat(types(analysis)).doesNotContain(LEGAL_THREAT);
    }

    @Test
    void aLampThatIsOnIsNotAFire() {
        TextAnalysis analysis = analyse("Pärast uuendust jäi punane tuli põlema ja ekraan ei reageeri.", "et");

        assertThat(types(analysis)).doesNotContain(SAFETY_RISK);
    }

    @Test
    void asSoonAsIsNotADemand() {
        TextAnalysis analysis = analyse("Kohe kui pakk saabus, märkasin kriimu. Helistasin kohe pärast seda.", "et");

        assertThat(types(analysis)).doesNotContain(DEMANDS_IMMEDIACY);
    }

    @Test
    void demandingAnApologyIsNotMild() {
        TextAnalysis analysis = analyse("Ootan vabandust ja raha tagasi.", "et");

        assertThat(types(analysis)).doesNotContain(MILD_WORDING);
    }

    @Test
    void aNameAndMeetingAreNotCourt() {
        TextAnalysis analysis = analyse("Juri kohtus eile juhatajaga ja nad arutasid kohtute tööd.", "et");

        assertThat(types(analysis)).doesNotContain(LEGAL_THREAT);
    }

    @Test
    void mediaInTheNewsIsNotAThreat() {
        TextAnalysis analysis = analyse(
                "Minister postitas pildi Facebooki ja ajakirjanik kirjutas sellest ajalehes. "
                        + "Vallavalitsus avalikustas eelarve.",
                "et");

        assertThat(types(analysis)).doesNotContain(PUBLIC_EXPOSURE_THREAT);
    }

    @Test
    void aNegativeReviewReadOrNamedIsNotAThreat() {
        assertThat(types(analyse("Lugesin enne ostu üht negatiivset arvustust, aga ostsin ikka.", "et")))
                .doesNotContain(PUBLIC_EXPOSURE_THREAT);
        assertThat(types(analyse("Halb hinnang tootele oli õigustatud.", "et"))).doesNotContain(PUBLIC_EXPOSURE_THREAT);
    }

    @Test
    void aRepeatPurchaseOrAPhoneNumberIsNotRepeatedContact() {
        TextAnalysis analysis = analyse(
                "Ostan neilt juba viiendat korda ja alati on kõik sujunud. "
                        + "Infot saab, kui helistada numbril 5551234.",
                "et");

        assertThat(types(analysis)).doesNotContain(REPEATED_CONTACT);
    }

    @Test
    void theShopCallingBackIsNotASecondCall() {
        TextAnalysis analysis = analyse("Helistasin poodi ja mulle lubati, et neilt helistatakse tagasi.", "et");

        assertThat(types(analysis)).doesNotContain(REPEATED_CONTACT);
    }

    @Test
    void buyingAgainOrFinishingLastIsNotChurn() {
        TextAnalysis analysis = analyse(
                "Tellin ka edaspidi ja see ost ei jää kindlasti viimaseks. Vend jäi võistlusel viimaseks. "
                        + "Ma ei osta korraga rohkem kui kaks tükki. Võtsin samast poest teise paari ka. "
                        + "Neil on kaableid, mida mujalt ei saa osta. Hoian lapsed pliidist eemale.",
                "et");

        assertThat(types(analysis)).doesNotContain(CHURN_THREAT);
    }

    @Test
    void theConsumerProtectionActIsNotTheRegulator() {
        TextAnalysis analysis = analyse("Tarbijakaitseseadus annab mulle õiguse kaup tagastada.", "et");

        assertThat(types(analysis)).doesNotContain(REGULATOR_MENTION);
    }

    @Test
    void smokingIsNotSmoke() {
        TextAnalysis analysis = analyse("Kullerile ütlesin, et ta ei suitsetaks mu trepikojas.", "et");

        assertThat(types(analysis)).doesNotContain(SAFETY_RISK);
    }

    @Test
    void aSillyQuestionOrCallingOneselfAFoolIsNotAbuse() {
        TextAnalysis analysis =
                analyse("Mul on üks loll küsimus: kas kaabel on karbis? Olin ise loll, et varem ei küsinud.", "et");

        assertThat(types(analysis)).doesNotContain(ABUSIVE_LANGUAGE);
    }

    @Test
    void aDarkRoomOrAJibeAboutSightIsNotBlindness() {
        TextAnalysis analysis =
                analyse("Saabudes oli koridor täiesti pime. Kas oled pime, et järjekorda ei näe?", "et");

        assertThat(types(analysis)).doesNotContain(VULNERABILITY_HEALTH);
    }

    @Test
    void aCalmComplaintHasNoSignals() {
        TextAnalysis analysis = analyse("Tere! Tellisin 3. märtsil sinise jope suuruses M, aga sain rohelise. "
                + "Kuidas saaksin selle ümber vahetada? Tellimuse number on 4471-22. Aitäh.");

        assertThat(analysis.signals()).isEmpty();
        assertThat(analysis.profile().language()).isEqualTo("et");
        assertThat(analysis.profile().languageInferred()).isTrue();
    }
}
