package org.complaintrules.drools.signals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.complaintrules.drools.signals.Analyses.analyse;
import static org.complaintrules.drools.signals.Analyses.types;

import org.complaintrules.api.SignalType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The customer contacted the company several times, said in the ways customers write it (contacts
 * counted, day after day, another ticket, visits to the branch, several people spoken to); and the
 * look-alikes: the company or its collector calling the customer, the fault happening again, a courier
 * or a technician coming or calling, a call the customer only plans.
 */
class RepeatedContactPhrasingTest {

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            After 3 emails I still have no answer.                                    | en
            I call your helpline every day and get nowhere.                           | en
            We have emailed your office every week since March.                       | en
            Follow-up after follow-up, and the account is still frozen.               | en
            I opened another ticket today because the first one was closed.           | en
            This is yet another email about the same refund.                          | en
            I went to the store twice to ask for the refund.                          | en
            I went back to the branch a third time to sort this out.                  | en
            I have been chasing this for weeks with phone calls.                      | en
            I have been trying to reach someone for days.                             | en
            I spent hours on hold on four different calls.                            | en
            Once again I am writing about the same problem.                           | en
            I have submitted two disputes and both were ignored.                      | en
            I have spoken to five different representatives.                          | en
            I talked to three different agents and got three answers.                 | en
            Два раза ездил в магазин, чтобы вернуть деньги.                           | ru
            Открыл уже вторую заявку, первую закрыли без ответа.                      | ru
            Звоню на горячую линию уже неделю.                                        | ru
            Я постоянно звоню в банк, а толку ноль.                                   | ru
            Каждый день звоню в банк и слышу одно и то же.                            | ru
            Я звонил им ежедневно в течение недели.                                   | ru
            Сколько раз можно звонить в вашу поддержку?                               | ru
            Я написал вам три письма.                                                 | ru
            Обращаюсь повторно, так как проблема не решена.                           | ru
            Бесконечные звонки в вашу поддержку ничего не дали.                       | ru
            我已经给客服发了三封邮件。                                                | zh
            周一打电话，周二又打了一次，还是没解决。                                  | zh
            我在App里反复留言，没有人理。                                             | zh
            去营业厅跑了三趟，每次都让我回去等。                                      | zh
            我又提交了一个工单，上一个直接被关闭了。                                  | zh
            在微博上私信了好几次都没回复。                                            | zh
            我一遍又一遍地打电话。                                                    | zh
            我联系了你们不下十次。                                                    | zh
            问了客服好几遍。                                                          | zh
            我再次联系客服，还是同样的答复。                                          | zh
            我每天都给客服打电话。                                                    | zh
            我已经打了三天电话了。                                                    | zh
            See on juba kolmas kiri.                                                  | et
            Pärast kolme e-kirja pole ikka vastust.                                   | et
            Helistan teile iga päev.                                                  | et
            See on minu neljas kaebus.                                                | et
            Helistasin neile lugematu arv kordi.                                      | et
            Pöördusin teie poole mitmel korral.                                       | et
            """)
    void repeatedContactIsFound(String text, String language) {
        assertThat(types(analyse(text, language))).contains(SignalType.REPEATED_CONTACT);
    }

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            The card was declined for the fourth time.                                | en
            The same error happened again and again.                                  | en
            The app crashed for the fifth time this week.                             | en
            I have been harassed by phone calls from the agency several times a week. | en
            The collection agency has called my cell phone over 20 times this month.  | en
            They keep sending me the same letter over and over.                       | en
            I am writing to dispute a charge on my account.                           | en
            My car has been to the dealership four times for the same fault.          | en
            Мне звонили из банка несколько раз.                                       | ru
            Мастер приходил два раза и ничего не починил.                             | ru
            Курьер звонил несколько раз, но меня не было дома.                        | ru
            Коллекторы присылают десятки звонков в день.                              | ru
            快递员打了好几次电话我都没接到。                                          | zh
            他们每天打电话骚扰我。                                                    | zh
            催收每天打电话给我的家人。                                                | zh
            Inkassofirma helistab mulle viis korda päevas.                            | et
            Viga kordub ikka ja jälle.                                                | et
            Kui see ei lahene, helistan uuesti.                                       | et
            Tehnik käis kaks korda ja ei parandanud midagi.                           | et
            Kuller helistas mitu korda, aga ma ei olnud kodus.                        | et
            """)
    void theCompanysCallsAndTheFaultAgainAreNoRepeatedContact(String text, String language) {
        assertThat(types(analyse(text, language))).doesNotContain(SignalType.REPEATED_CONTACT);
    }
}
