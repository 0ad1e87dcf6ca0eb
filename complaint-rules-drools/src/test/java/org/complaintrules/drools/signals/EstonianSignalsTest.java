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
                Arguments.of(CHURN_THREAT, "Läheme üle teise panka, kui teenustasu tõuseb."),
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

    /** Words that look like a signal's and are not: each sentence must not carry the signal. */
    static Stream<Arguments> lookAlikes() {
        return Stream.of(
                // wasting time, and not letting oneself be made a fool, is no swearing
                Arguments.of(ABUSIVE_LANGUAGE, "Raiskasin terve päeva ootamisele ja lolliks ma ennast ei lase teha."),
                // a silly question, and calling oneself a fool
                Arguments.of(ABUSIVE_LANGUAGE, "Mul on üks loll küsimus: kas kaabel on karbis?"),
                Arguments.of(ABUSIVE_LANGUAGE, "Olin ise loll, et varem ei küsinud."),
                // meeting someone, a duty, a name: no court
                Arguments.of(LEGAL_THREAT, "Kohtusin kulleriga ukse ees, meie kohtumine oli lühike."),
                Arguments.of(LEGAL_THREAT, "Teie kohus on pakk kohale toimetada."),
                Arguments.of(LEGAL_THREAT, "Juri kohtus eile juhatajaga ja nad arutasid kohtute tööd."),
                // a lamp that stays on, and asking the courier not to smoke: no fire
                Arguments.of(SAFETY_RISK, "Pärast uuendust jäi punane tuli põlema ja ekraan ei reageeri."),
                Arguments.of(SAFETY_RISK, "Kullerile ütlesin, et ta ei suitsetaks mu trepikojas."),
                // "kohe" telling when something happened
                Arguments.of(DEMANDS_IMMEDIACY, "Kohe kui pakk saabus, märkasin kriimu. Helistasin kohe pärast seda."),
                // demanding an apology is not mild
                Arguments.of(MILD_WORDING, "Ootan vabandust ja raha tagasi."),
                // media in the news, a review read or named
                Arguments.of(
                        PUBLIC_EXPOSURE_THREAT,
                        "Minister postitas pildi Facebooki ja ajakirjanik kirjutas sellest ajalehes."),
                Arguments.of(PUBLIC_EXPOSURE_THREAT, "Vallavalitsus avalikustas eelarve."),
                Arguments.of(PUBLIC_EXPOSURE_THREAT, "Lugesin enne ostu üht negatiivset arvustust, aga ostsin ikka."),
                Arguments.of(PUBLIC_EXPOSURE_THREAT, "Halb hinnang tootele oli õigustatud."),
                // a repeat purchase, a phone number, the shop calling back
                Arguments.of(REPEATED_CONTACT, "Ostan neilt juba viiendat korda ja alati on kõik sujunud."),
                Arguments.of(REPEATED_CONTACT, "Infot saab, kui helistada numbril 5551234."),
                Arguments.of(REPEATED_CONTACT, "Helistasin poodi ja mulle lubati, et neilt helistatakse tagasi."),
                // buying again, finishing last, buying a second pair, a cable found nowhere else
                Arguments.of(CHURN_THREAT, "Tellin ka edaspidi ja see ost ei jää kindlasti viimaseks."),
                Arguments.of(CHURN_THREAT, "Vend jäi võistlusel viimaseks."),
                Arguments.of(CHURN_THREAT, "Ma ei osta korraga rohkem kui kaks tükki."),
                Arguments.of(CHURN_THREAT, "Võtsin samast poest teise paari ka."),
                Arguments.of(CHURN_THREAT, "Neil on kaableid, mida mujalt ei saa osta."),
                Arguments.of(CHURN_THREAT, "Hoian lapsed pliidist eemale."),
                // the consumer protection act is a law, not the regulator
                Arguments.of(REGULATOR_MENTION, "Tarbijakaitseseadus annab mulle õiguse kaup tagastada."),
                // a dark corridor, and a jibe about sight: no health driver
                Arguments.of(VULNERABILITY_HEALTH, "Saabudes oli koridor täiesti pime."),
                Arguments.of(VULNERABILITY_HEALTH, "Kas oled pime, et järjekorda ei näe?"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("lookAlikes")
    void aLookAlikeDoesNotCarryTheSignal(SignalType type, String sentence) {
        assertThat(types(analyse(sentence, "et"))).doesNotContain(type);
    }

    /**
     * A step the customer disowns, before or after it ("Kohtusse me ei lähe"), staff's advice or threat,
     * someone else's suit, a harm that did not happen, the company's calls and staff calling the
     * customer names: each first sentence must not carry the signal; the second, close to it, must.
     */
    static Stream<Arguments> disownedReportedAndOthersSteps() {
        return Stream.of(
                Arguments.of(
                        REGULATOR_MENTION,
                        "Me ei hakka tarbijakaitseametisse kaebama, lahendame asja omavahel.",
                        "Ootasin kuu aega ja pöördusin tarbijakaitseametisse."),
                Arguments.of(
                        REGULATOR_MENTION,
                        "Tarbijakaitseametisse ma ei pöördu, tahan lihtsalt uut seadet.",
                        "Tarbijakaitseametisse ma ei pöördu, kui raha tuleb reedeks tagasi."),
                Arguments.of(
                        REGULATOR_MENTION,
                        "Teenindaja soovitas mul tarbijakaitseametisse kirjutada.",
                        "Teenindaja soovitas oodata, aga ma kirjutasin tarbijakaitseametisse."),
                Arguments.of(
                        LEGAL_THREAT,
                        "Kohtusse me ei lähe, palume lihtsalt raha tagasi.",
                        "Kohtusse me ei lähe, kui raha reedeks tagastatakse."),
                Arguments.of(
                        LEGAL_THREAT,
                        "Juristi ma palkama ei hakka, aga ootan vastust.",
                        "Kui raha ei tagastata, anname asja kohtusse."),
                Arguments.of(
                        LEGAL_THREAT,
                        "Inkassofirma töötaja ähvardas meid kohtuga.",
                        "Ähvardasin neid kohtuga, kui raha ei tule."),
                Arguments.of(
                        LEGAL_THREAT,
                        "Minu sõber kaebas selle poe kohtusse ja võitis.",
                        "Minu sõber soovitas, et annan selle poe kohtusse."),
                Arguments.of(
                        SAFETY_RISK,
                        "Pliit ei süttinud ja keegi ei saanud viga, aga nupp on katki.",
                        "Laps sai viga, sest riiul kukkus."),
                Arguments.of(SAFETY_RISK, "Aku läks kuumaks, aga ei plahvatanud.", "Aku läks kuumaks ja plahvatas."),
                Arguments.of(
                        REPEATED_CONTACT,
                        "Teie müügiosakond helistas mulle kolm korda ühe päeva jooksul.",
                        "Helistasin teile kolm korda ühe päeva jooksul."),
                Arguments.of(
                        ABUSIVE_LANGUAGE,
                        "Kassapidaja nimetas mind lolliks ja idioodiks.",
                        "Teie kassapidajad on idioodid."),
                Arguments.of(ABUSIVE_LANGUAGE, "Juhataja sõimas mind kretiiniks.", "Juhataja on kretiin."));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("disownedReportedAndOthersSteps")
    void aDisownedOrSomeoneElsesStepIsNoSignalButTheCustomersIs(SignalType type, String lookAlike, String signal) {
        assertThat(types(analyse(lookAlike, "et"))).doesNotContain(type);
        assertThat(types(analyse(signal, "et"))).contains(type);
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
