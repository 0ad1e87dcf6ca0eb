package org.complaintrules.drools.signals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.complaintrules.drools.signals.Analyses.analyse;
import static org.complaintrules.drools.signals.Analyses.types;

import org.complaintrules.api.SignalType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Estonian phrasings found missing or misread in a third audit (a blind set of everyday complaints to
 * shops, banks, telecoms, couriers, energy sellers and doctors), written here as sentences of our own:
 * a bruise, a rash or a trip to the emergency room, a shove by staff; notice given on one service's
 * contract, a subscription ended, accounts moved to another bank and a new provider chosen; the press named by its title; a demand or an ultimatum with a
 * deadline of today or a weekday; weeks or months of contacts and repeated registering at a clinic; a
 * hospital stay told by the customer and a named disease; "ei jõua maksta". And the look-alikes: the
 * company calling the customer daily, a no-answer in a condition, "haige ja tüdinud", a figurative
 * shove, a newspaper article mentioned, "tomorrow" that is no deadline, a hospital errand, a booking
 * made twice, an order completed, "ei jõua ära oodata".
 */
class EstonianThirdAuditTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            SAFETY_RISK              | Turvamees tõukas mind ja sain verevalumi.
            SAFETY_RISK              | Pärast geeli kasutamist tekkis nahal lööve.
            SAFETY_RISK              | Laps kukkus teie mänguväljakul ja pidime EMOsse sõitma.
            SAFETY_RISK              | Kuller lükkas mind pikali.
            CHURN_THREAT             | Ütlesime oma gaasilepingu üles.
            CHURN_THREAT             | Valisime uue internetipakkuja.
            CHURN_THREAT             | Olen kolinud oma firma kontod juba ära uude panka.
            CHURN_THREAT             | Ajakirja tellimuse lõpetasin juba märtsis.
            PUBLIC_EXPOSURE_THREAT   | Saatsin kogu kirjavahetuse Õhtulehele.
            PUBLIC_EXPOSURE_THREAT   | Võtsin ühendust Pealtnägijaga.
            DEMANDS_IMMEDIACY        | Nõuame, et arve parandataks tänaseks.
            DEMANDS_IMMEDIACY        | Kui te reedeks raha ei tagasta, lähen kohtusse.
            REPEATED_CONTACT         | Kolmandat kuud helistan teile sama asja pärast.
            REPEATED_CONTACT         | Olen kaks korda registreerunud, aga aega ikka pole.
            VULNERABILITY_HEALTH     | Viibisin kuu aega haiglas ja ei saanud postkasti vaadata.
            VULNERABILITY_HEALTH     | Mul on kopsuhaigus ja ma ei saa järjekorras seista.
            VULNERABILITY_RESILIENCE | Ma ei jõua enam laenu tagasi maksta.
            """)
    void signalIsFound(SignalType type, String text) {
        assertThat(types(analyse(text, "et"))).contains(type);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            REPEATED_CONTACT         | Inkassofirma helistab mulle iga päev mitu korda.
            REPEATED_CONTACT         | Kui vastust ei tule, kirjutan tarbijakaitsesse.
            VULNERABILITY_HEALTH     | Olen sellest teenusest haige ja tüdinud.
            # guards (pass on main too): look-alikes of the entries added in this audit
            SAFETY_RISK              | Ta lükkas mind järjekorras tahapoole.
            SAFETY_RISK              | See uudis lõi mind pahviks.
            PUBLIC_EXPOSURE_THREAT   | Kirjutan teile, sest Delfi artiklis oli viga.
            DEMANDS_IMMEDIACY        | Nõuan hüvitist, sest homme on tähtaeg möödas.
            VULNERABILITY_HEALTH     | Pidin haiglasse kaasa võtma kõik dokumendid.
            REPEATED_CONTACT         | Broneerisin kaks korda hotelli ja mõlemad korrad oli tuba kehv.
            CHURN_THREAT             | Tellimuse lõpetasin ja maksin kaardiga, aga kinnitust ei tulnud.
            VULNERABILITY_RESILIENCE | Ma ei jõua ära oodata, millal pakk tuleb.
            """)
    void lookAlikeIsNotFound(SignalType type, String text) {
        assertThat(types(analyse(text, "et"))).doesNotContain(type);
    }
}
