package org.complaintrules.drools.signals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.complaintrules.drools.signals.Analyses.analyse;
import static org.complaintrules.drools.signals.Analyses.types;

import org.complaintrules.api.SignalType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Estonian phrasings of the threat, safety and vulnerability word lists found missing or misread in a
 * second audit (shop reviews, forum and news text, consumer stories, a blind set of own sentences), written
 * here as sentences of our own: a statement of claim, a county court, court as the next step, contacting
 * journalists, a broken bone, a cut, food poisoning spelled "mürgistus", a divorce with "abielu lahutama",
 * trouble with payments, an elderly relative talked into a contract or not understanding it, reading poorly,
 * poor eyesight, the language or the online bank named before the verb; and the look-alikes: the company's
 * lawyer, letter or court case, a regulator quoted as a source, "puude" (of trees) beside "puue" (a
 * disability), "koondati" (merged), a harm that would have happened, an injury nobody got, a light that came
 * on, the staff's language, and "can't you read?" said to the staff.
 */
class EstonianSecondAuditTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            LEGAL_THREAT             | Andsin eile maakohtule sisse hagiavalduse teie firma vastu.
            LEGAL_THREAT             | Kui raha ei tule, pöördun maakohtusse.
            LEGAL_THREAT             | Kui te hüvitist ei maksa, on järgmine samm kohus.
            PUBLIC_EXPOSURE_THREAT   | Võtsin ühendust ajakirjanikuga, kes lubas loo teha.
            PUBLIC_EXPOSURE_THREAT   | Võtan ühendust ajalehega, kui te vastust ei anna.
            SAFETY_RISK              | Libisesin teie poes märjal põrandal ja murdsin käe.
            SAFETY_RISK              | Tütar lõikas pudeli killuga sõrme katki.
            SAFETY_RISK              | Isal tuvastati traumapunktis luumurd pärast kukkumist teie trepil.
            VULNERABILITY_LIFE_EVENT | Me oleme praegu abielu lahutamas.
            VULNERABILITY_RESILIENCE | Jäime eelmisel talvel laenumaksetega hätta.
            VULNERABILITY_RESILIENCE | Olen arvetega raskustes ja viivised kasvavad.
            VULNERABILITY_CAPABILITY | Vanaema on eakas ja müüja veenis ta ostma kalli paketi.
            VULNERABILITY_CAPABILITY | Ma ei oska eriti lugeda ja keegi ei selgitanud lepingut.
            SAFETY_RISK              | Pärast teie kohvikus söömist sai kogu pere toidumürgistuse.
            VULNERABILITY_CAPABILITY | Mu isa on 80-aastane ja eesti keelt ei valda.
            VULNERABILITY_CAPABILITY | Minu eakas ema ei saanud lepingust üldse aru.
            VULNERABILITY_CAPABILITY | Ema on kehva silmanägemisega ega näe väikest kirja.
            VULNERABILITY_CAPABILITY | Internetipanka ma ei oska kasutada ja kontor suleti.
            VULNERABILITY_CAPABILITY | Eakatel pole arvutit, aga kontor suleti.
            # guards, found on main too: kept by the narrower "puudega", the new court and divorce entries and
            # the lawyer exclusions (one's own lawyer, advice from a lawyer)
            LEGAL_THREAT             | Vastasel juhul läheb asi kohtusse.
            LEGAL_THREAT             | Olen asja juba oma advokaadile üle andnud.
            LEGAL_THREAT             | Sain advokaadilt nõu ja esitan hagi.
            VULNERABILITY_HEALTH     | Olen puudega ja teie kontoris pole lifti.
            VULNERABILITY_HEALTH     | Minu tütar on puudega laps ja vajab pidevat abi.
            VULNERABILITY_HEALTH     | Mul on raske puudega toime tulla, aga teie kontor on trepi otsas.
            VULNERABILITY_LIFE_EVENT | Lahutasime abielu ja ühine laen tuleb ümber vormistada.
            """)
    void signalIsFound(SignalType type, String text) {
        assertThat(types(analyse(text, "et"))).contains(type);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            LEGAL_THREAT             | Teie jurist saatis mulle kirja ja nõudis viivist.
            LEGAL_THREAT             | Panga advokaat helistas mu emale.
            LEGAL_THREAT             | Lugesin, et teie firma kohtuasi on ikka pooleli.
            REGULATOR_MENTION        | Finantsinspektsiooni andmetel kasvas laenude maht.
            REGULATOR_MENTION        | Tarbijakaitseameti pressiesindaja sõnul on kaebusi vähem.
            VULNERABILITY_HEALTH     | Aias on palju vanu puid ja puude vahel kasvab sammal.
            VULNERABILITY_HEALTH     | Jalgrattatee kulgeb puude all.
            VULNERABILITY_HEALTH     | Meie maja on puudega ümbritsetud ja kuller ei leidnud ust.
            VULNERABILITY_LIFE_EVENT | Kõigi klientide hoiused koondati ühte fondi.
            SAFETY_RISK              | Õnnetuses keegi vigastada ei saanud, ainult auto oli katki.
            SAFETY_RISK              | Arvuti oleks läbi põlenud, kui ma poleks kruvi leidnud.
            SAFETY_RISK              | Ootasin kaua ja siis süttis lambike põlema: pakk oli valel aadressil.
            VULNERABILITY_CAPABILITY | Kas te ei oska lugeda? Aadress oli tellimusel kirjas.
            VULNERABILITY_CAPABILITY | Kuller ei oska lugeda, pakk toodi valele korrusele.
            LEGAL_THREAT             | Sain advokaadibüroolt nõudekirja, et kustutaksin oma postituse.
            VULNERABILITY_CAPABILITY | Müüja ei räägi eesti keelt ja vastas vene keeles.
            # guards, not found on main either: "oskuseta" by form, not by the stem of "oskus"; "kohus" as a duty
            VULNERABILITY_CAPABILITY | Kesise eesti keele oskuse tõttu katkestas mitu õpilast kooli.
            LEGAL_THREAT             | Muidu on teie kohus mulle vastata, mitte mind ignoreerida.
            """)
    void lookAlikeIsNotTheSignal(SignalType type, String text) {
        assertThat(types(analyse(text, "et"))).doesNotContain(type);
    }
}
