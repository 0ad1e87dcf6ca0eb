package org.complaintrules.drools.signals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.complaintrules.drools.signals.Analyses.analyse;
import static org.complaintrules.drools.signals.Analyses.types;

import org.complaintrules.api.SignalType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Estonian classes found in a fourth audit, measured blind on other rows of the development set's own
 * Estonian sources (shop comments, reader letters and news paragraphs, forum comments), written here as
 * sentences of our own: a shouted run of capitals held together by "ära", "ärge", "see" or "et"; calling
 * all day or all the time ("helistasin terve päeva", "pidevalt helistan"); two letters counted and no
 * answer ("saatsin kaks e-kirja": after a numeral the partitive is also the form of one letter); no
 * intention to buy again ("ei kavatse sealt enam tellida"); a device that "hakkas suitsema"; a language
 * barrier with an adverb between ("ei oska hästi eesti keelt", found by a check of the contract). And the
 * look-alikes: one inquiry or complaint sent and no answer yet (one contact, not a series); unemployment,
 * poverty or a lack of money as a topic of the news ("töötus on tõusnud", "vaesus kasvab", a district's
 * "rahapuudus"); a news report of a fire or an accident, people counted as hurt and a sportsman's injury.
 */
class EstonianFourthAuditTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            SHOUTING                 | Kirjutan veel kord, et ÄRGE HELISTAGE MULLE ENAM selle pakkumisega.
            SHOUTING                 | Tellisin eile teleri. Palun ÄRGE SAATKE SEE PAKK enne esmaspäeva teele.
            REPEATED_CONTACT         | Helistasin neile terve päeva, aga telefon oli kogu aeg kinni.
            REPEATED_CONTACT         | Pidevalt helistan poodi, aga keegi ei tõsta toru.
            REPEATED_CONTACT         | Saatsin neile kaks e-kirja, vastust pole siiani.
            CHURN_THREAT             | Ei kavatse sealt enam midagi tellida.
            CHURN_THREAT             | Enam ei taha neilt midagi osta.
            SAFETY_RISK              | Sülearvuti aku paisus ja hakkas suitsema.
            VULNERABILITY_CAPABILITY | Ma ei oska hästi eesti keelt, palun helistage mulle vene keeles.
            VULNERABILITY_CAPABILITY | Ma ei räägi eriti inglise keelt.
            # guards (pass on main too): several letters counted, the customer's own job loss, hardship and harm stay
            REPEATED_CONTACT         | Saatsin neile kolm päringut, vastust pole siiani.
            REPEATED_CONTACT         | Saatsin 2 e-maili, vastust ei ole.
            VULNERABILITY_LIFE_EVENT | Jäin eelmisel kuul töötuks ja ei saa arveid maksta.
            VULNERABILITY_LIFE_EVENT | Mu mees on praegu töötu.
            VULNERABILITY_RESILIENCE | Meil on praegu suur rahapuudus ja arve jääb maksmata.
            VULNERABILITY_RESILIENCE | Elame vaesuses ja lapsed vajavad toitu.
            SAFETY_RISK              | Mu poeg sai teie poes vigastada.
            SAFETY_RISK              | Laadija süttis öösel ja mu käsi sai põletuse.
            """)
    void signalIsFound(SignalType type, String text) {
        assertThat(types(analyse(text, "et"))).contains(type);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            REPEATED_CONTACT         | Saatsin neile päringu, kuid vastust pole siiani.
            REPEATED_CONTACT         | Esitasin kaebuse eelmisel nädalal, aga vastust ei ole tulnud.
            VULNERABILITY_LIFE_EVENT | Töötus on Eestis viimase aastaga tõusnud.
            VULNERABILITY_LIFE_EVENT | Miks palgata välismaalasi, kui meil endil on haritud inimesed töötud?
            VULNERABILITY_LIFE_EVENT | Maailmas on praegu miljoneid töötuid.
            VULNERABILITY_RESILIENCE | Vaesus kasvab ja supiköögid on ülerahvastatud.
            VULNERABILITY_RESILIENCE | Ajalehes kirjutati Aafrika vaesusest.
            VULNERABILITY_RESILIENCE | Linnaosal on rahapuudus, seega mänguväljak jääb remontimata.
            SAFETY_RISK              | Päästjate saabudes põles maja katus lahtise leegiga.
            SAFETY_RISK              | Sõiduautode kokkupõrkes said vigastada kolm inimest.
            SAFETY_RISK              | Vigastuse tõttu jääb ründaja koondisest välja.
            SAFETY_RISK              | Tulekahju likvideeriti kella neljaks.
            # guards (pass on main too): the staff's language with an adverb between
            VULNERABILITY_CAPABILITY | Teenindaja ei räägi hästi eesti keelt.
            VULNERABILITY_CAPABILITY | Müüja ei oska üldse eesti keelt.
            # guards (pass on main too): three capitals words with a model name are no shouted run; "kirjutan"
            # with "pidevalt" is no contact counted, nor the company calling the customer all the time
            SHOUTING                 | Mudel SEE XL oli laos olemas.
            REPEATED_CONTACT         | Kirjutan teile, sest pidevalt on probleeme.
            REPEATED_CONTACT         | Müügimees on mulle pidevalt helistanud.
            # guards: no more waiting and a product not used again are no farewell; smoking tobacco is no smoke
            CHURN_THREAT             | Ei taha enam oodata, millal pakk tuleb.
            CHURN_THREAT             | Ei soovi enam seda toodet kasutada, palun raha tagasi.
            SAFETY_RISK              | Müüja hakkas poe ees suitsetama.
            """)
    void lookAlikeIsNotFound(SignalType type, String text) {
        assertThat(types(analyse(text, "et"))).doesNotContain(type);
    }
}
