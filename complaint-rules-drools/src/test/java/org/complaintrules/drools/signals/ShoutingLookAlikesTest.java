package org.complaintrules.drools.signals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.complaintrules.api.SignalType.SHOUTING;
import static org.complaintrules.drools.signals.Analyses.analyse;
import static org.complaintrules.drools.signals.Analyses.types;

import org.complaintrules.drools.model.TextProfile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Capitals that are data, not emphasis: a form's names and addresses after their labels, acronyms,
 * codes and legal forms. Each look-alike here was read as SHOUTING before; each close real case
 * still is.
 */
class ShoutingLookAlikesTest {

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Name: MARGARET ELLEN HOBBS. Address: 17 QUARRY ROAD, DUNDEE. Parcel lost.                  | en
            ФИО: СОКОЛОВА АННА ПАВЛОВНА. Адрес: Г. ТВЕРЬ, УЛ. САДОВАЯ, Д. 8, КВ. 41. Посылку так и не доставили. | ru
            Saatja: MARI TAMM, PÄRNU, RANNA PST 12. Pakk jäi kuhugi teele.                              | et
            NAME: PETER JAMES COLLINS. The parcel is two weeks late.                                    | en
            """)
    void aFormsNamesAndAddressesAreNotShouting(String text, String language) {
        assertThat(types(analyse(text, language))).doesNotContain(SHOUTING);
    }

    @Test
    void aLabelOnALineOfItsOwnStartsAField() {
        assertThat(types(analyse(
                        "Recipient:\nPETER JAMES COLLINS\nDelivery address: 22 HIGH STREET, BATH\nStill no parcel.",
                        "en")))
                .doesNotContain(SHOUTING);
    }

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Got the ACER RTX GPU, SKU RTX4070TI, sent by DHL then UPS, box DOA.  | en
            ПАО ТЕХНОБАНК списал НДС дважды.                                     | ru
            Arve: AS TELIA ja OÜ KIIRKULLER võtsid KM topelt.                    | et
            KIIRKULLER OÜ saatis arve.                                           | et
            """)
    void acronymsCodesAndLegalFormsAreNotShouting(String text, String language) {
        assertThat(types(analyse(text, language))).doesNotContain(SHOUTING);
    }

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Name: Peter Collins. Complaint: YOU HAVE LOST MY PARCEL AGAIN  | en
            Name: Peter Collins. I WANT MY MONEY BACK NOW                  | en
            The DHL courier lost it. WHERE IS MY PARCEL, DHL?              | en
            ФИО: Соколова Анна. ВЕРНИТЕ ДЕНЬГИ НЕМЕДЛЕННО                  | ru
            ООО ТЕХНОМИР ОБМАНУЛО МЕНЯ И НЕ ВЕРНУЛО ДЕНЬГИ                 | ru
            Saatja: Mari Tamm. TAHAN OMA RAHA TAGASI                       | et
            ИЛИ ВЫ ВЕРНЕТЕ ДЕНЬГИ, ИЛИ Я ПОДАЮ В СУД                       | ru
            Märkus: TE PETSITE MU EMA                                      | et
            Teade: SA OLED PETIS                                           | et
            """)
    void sentencesInCapitalsNextToThemStillAre(String text, String language) {
        assertThat(types(analyse(text, language))).contains(SHOUTING);
    }

    @Test
    void theProfileStillCountsEveryLetter() {
        TextProfile profile =
                analyse("Got the ACER RTX GPU, sent by DHL.", "en").profile();

        assertThat(profile.letters()).isEqualTo(25);
        assertThat(profile.capitals()).isEqualTo(14);
    }
}
