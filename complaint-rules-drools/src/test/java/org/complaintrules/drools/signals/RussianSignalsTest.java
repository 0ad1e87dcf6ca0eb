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
import static org.complaintrules.api.SignalType.VULNERABILITY_LIFE_EVENT;
import static org.complaintrules.api.SignalType.VULNERABILITY_RESILIENCE;
import static org.complaintrules.drools.signals.Analyses.analyse;
import static org.complaintrules.drools.signals.Analyses.detail;
import static org.complaintrules.drools.signals.Analyses.types;

import java.util.stream.Stream;
import org.complaintrules.api.SignalType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RussianSignalsTest {

    static Stream<Arguments> sentences() {
        return Stream.of(
                Arguments.of(ABUSIVE_LANGUAGE, "Ваши операторы просто идиоты, ничего не понимают."),
                Arguments.of(ABUSIVE_LANGUAGE, "Таких идиотов я ещё не встречал."),
                Arguments.of(ABUSIVE_LANGUAGE, "Менеджер — полный дебил, бросил трубку."),
                Arguments.of(ABUSIVE_LANGUAGE, "Сволочи, верните деньги!"),
                // the company or its people called stupid
                Arguments.of(ABUSIVE_LANGUAGE, "Тупой Мегафон опять списал деньги."),
                Arguments.of(ABUSIVE_LANGUAGE, "Эти тупые операторы ничего не знают."),
                Arguments.of(ABUSIVE_LANGUAGE, "Тупая поддержка третий день молчит."),
                Arguments.of(ABUSIVE_LANGUAGE, "Смс от тупого МТС пришло в четыре утра."),
                Arguments.of(ABUSIVE_LANGUAGE, "Вы там все бездельники!"),
                Arguments.of(ABUSIVE_LANGUAGE, "Дармоеды, а не операторы."),
                Arguments.of(ABUSIVE_LANGUAGE, "Что за ёбаный сервис, третий день без интернета."),
                Arguments.of(ABUSIVE_LANGUAGE, "Вы мошенники, отдайте мои деньги."),
                Arguments.of(ABUSIVE_LANGUAGE, "Вы просто воры."),
                Arguments.of(ABUSIVE_LANGUAGE, "Не банк, а говноконтора."),
                Arguments.of(ABUSIVE_LANGUAGE, "Оператор — дура, бросила трубку."),
                Arguments.of(ABUSIVE_LANGUAGE, "Эти хапуги опять подняли комиссию."),
                Arguments.of(ABUSIVE_LANGUAGE, "Недостатки: аферисты, обещают одно, делают другое."),
                Arguments.of(LEGAL_THREAT, "Если деньги не вернут, я подам в суд."),
                Arguments.of(LEGAL_THREAT, "Мой адвокат уже готовит документы."),
                Arguments.of(LEGAL_THREAT, "Увидимся в суде."),
                Arguments.of(LEGAL_THREAT, "Я проконсультировался с юристом, это нарушение закона."),
                Arguments.of(LEGAL_THREAT, "Готовлю исковое заявление."),
                Arguments.of(LEGAL_THREAT, "Я подала в суд на магазин."),
                Arguments.of(LEGAL_THREAT, "Смысла ждать нет, буду судиться."),
                Arguments.of(REGULATOR_MENTION, "Я направил жалобу в Роспотребнадзор."),
                Arguments.of(REGULATOR_MENTION, "Напишу в прокуратуру и в ЦБ."),
                Arguments.of(REGULATOR_MENTION, "Обращусь к финансовому уполномоченному."),
                Arguments.of(REGULATOR_MENTION, "Будет жалоба в Центробанк."),
                Arguments.of(SAFETY_RISK, "Чайник загорелся прямо на кухне."),
                Arguments.of(SAFETY_RISK, "Ребёнок получил ожог от горячего корпуса."),
                Arguments.of(SAFETY_RISK, "Меня ударило током, когда я включил утюг."),
                Arguments.of(SAFETY_RISK, "Аккумулятор взорвался во время зарядки."),
                Arguments.of(SAFETY_RISK, "Из розетки пошёл дым."),
                Arguments.of(SAFETY_RISK, "Сын подавился мелкой деталью из набора."),
                Arguments.of(VULNERABILITY_HEALTH, "Мне предстоит операция на сердце, прошу отсрочку."),
                Arguments.of(VULNERABILITY_HEALTH, "Отец перенёс тяжёлую операцию и не может прийти в офис."),
                Arguments.of(VULNERABILITY_HEALTH, "Деньги нужны больной маме на лечение."),
                Arguments.of(CHURN_THREAT, "Я закрою счёт и уйду к конкурентам."),
                Arguments.of(CHURN_THREAT, "Больше никогда не куплю у вас ничего."),
                Arguments.of(CHURN_THREAT, "Хочу расторгнуть договор."),
                Arguments.of(CHURN_THREAT, "Больше не хочу быть вашим клиентом."),
                Arguments.of(CHURN_THREAT, "Клиентом этого оператора я больше не буду."),
                Arguments.of(CHURN_THREAT, "Верните бонусы, иначе минус клиент."),
                Arguments.of(CHURN_THREAT, "Завтра же выведу все деньги из вашего банка."),
                Arguments.of(CHURN_THREAT, "Устала ждать и расторгла договор."),
                Arguments.of(CHURN_THREAT, "Закрою дебетовую карту и забуду про вас."),
                Arguments.of(CHURN_THREAT, "Надоело, уйду к другому оператору."),
                Arguments.of(CHURN_THREAT, "Прекратил сотрудничество с этим банком в прошлом году."),
                Arguments.of(CHURN_THREAT, "Подала заявление на закрытие счета, деньги так и не перевели."),
                Arguments.of(CHURN_THREAT, "Решила перейти в другой банк, здесь меня не ценят."),
                Arguments.of(CHURN_THREAT, "Прошу, чтобы мне закрыли счет."),
                Arguments.of(VULNERABILITY_RESILIENCE, "До зарплаты на карте не осталось ни копейки."),
                Arguments.of(VULNERABILITY_RESILIENCE, "Я пенсионер, пенсия копеечная, а вы берёте комиссию."),
                Arguments.of(VULNERABILITY_RESILIENCE, "Мы живём на одну пенсию, а банк списал комиссию."),
                Arguments.of(PUBLIC_EXPOSURE_THREAT, "Напишу отзыв на всех площадках."),
                Arguments.of(PUBLIC_EXPOSURE_THREAT, "Расскажу всем знакомым, как вы работаете."),
                Arguments.of(PUBLIC_EXPOSURE_THREAT, "Выложу видео в соцсети."),
                Arguments.of(PUBLIC_EXPOSURE_THREAT, "Обращусь в СМИ."),
                Arguments.of(PUBLIC_EXPOSURE_THREAT, "Буду оставлять отзывы на всех сайтах, какие найду."),
                Arguments.of(PUBLIC_EXPOSURE_THREAT, "Отзывы о вас напишу везде."),
                Arguments.of(PUBLIC_EXPOSURE_THREAT, "Выложу эту переписку в инстаграм."),
                Arguments.of(DEMANDS_IMMEDIACY, "Требую немедленно вернуть деньги."),
                Arguments.of(DEMANDS_IMMEDIACY, "Перезвоните мне сейчас же."),
                Arguments.of(DEMANDS_IMMEDIACY, "Срочно решите вопрос."),
                Arguments.of(DEMANDS_IMMEDIACY, "Решите вопрос!"),
                Arguments.of(DEMANDS_IMMEDIACY, "Нам срочно нужна справка для сделки."),
                Arguments.of(REPEATED_CONTACT, "Пишу вам уже в третий раз."),
                Arguments.of(REPEATED_CONTACT, "Я уже звонил вчера и позавчера."),
                Arguments.of(REPEATED_CONTACT, "Это уже третий звонок за неделю!"),
                // the customer's calls or letters left unanswered, in the plural; counts written onto the number
                Arguments.of(REPEATED_CONTACT, "Служба доставки не отвечает на письма."),
                Arguments.of(REPEATED_CONTACT, "Банк игнорирует мои звонки уже неделю."),
                Arguments.of(REPEATED_CONTACT, "Отделение игнорирует все мои претензии."),
                Arguments.of(REPEATED_CONTACT, "После 3х звонков мне наконец перезвонили."),
                Arguments.of(REPEATED_CONTACT, "Каждый раз, когда звоню, слышу одно и то же."),
                Arguments.of(REPEATED_CONTACT, "Я дважды уточняла статус заявки."),
                // a span or a habit with the verb, two contacts by two verbs or two channels in turn, requests
                // made again in the passive, drawn-out correspondence said with a noun
                Arguments.of(REPEATED_CONTACT, "Регулярно напоминаю банку о своей заявке."),
                Arguments.of(REPEATED_CONTACT, "Последние 4 дня звоню в банк, никто не помогает."),
                Arguments.of(REPEATED_CONTACT, "Три дня подряд пишу в чат."),
                Arguments.of(REPEATED_CONTACT, "Второй день звоню в банк."),
                Arguments.of(REPEATED_CONTACT, "На каждый звонок в банк отвечают одно и то же."),
                Arguments.of(REPEATED_CONTACT, "Писала в чат, звонила на горячую линию, всё без толку."),
                Arguments.of(REPEATED_CONTACT, "Позвонил в банк, потом написал в чат."),
                Arguments.of(REPEATED_CONTACT, "Сначала обращался по телефону, а затем через личный кабинет."),
                Arguments.of(REPEATED_CONTACT, "Подавал заявление через приложение и через отделение."),
                Arguments.of(REPEATED_CONTACT, "Повторно были направлены запросы о выдаче справки."),
                Arguments.of(REPEATED_CONTACT, "Набрала опять горячую линию."),
                Arguments.of(REPEATED_CONTACT, "Бесконечная переписка с банком длится месяц."),
                Arguments.of(REPEATED_CONTACT, "Были переговоры с несколькими сотрудниками."),
                // a competitor named, the idiom of the rake
                Arguments.of(CHURN_THREAT, "Ушёл на лайф."),
                Arguments.of(CHURN_THREAT, "Больше на эти грабли не наступлю."),
                Arguments.of(CHURN_THREAT, "Не наступлю дважды на те же грабли."),
                // a letter sent again, calling back in the present, contacts counted as nouns, a request made anew,
                // two channels with the bank named first
                Arguments.of(REPEATED_CONTACT, "Отправила повторно в понедельник."),
                Arguments.of(REPEATED_CONTACT, "Перезваниваю - опять ожидание."),
                Arguments.of(REPEATED_CONTACT, "Было 20 писем и минимум 50 звонков в банк."),
                Arguments.of(REPEATED_CONTACT, "Было сформировано новое обращение."),
                Arguments.of(REPEATED_CONTACT, "Мы переподали заявление."),
                Arguments.of(REPEATED_CONTACT, "Я отправил другой запрос через неделю."),
                // round 17: trips with the place between, getting through after many tries; the cooperation ended
                // with a word before it, the idiom of the cross; the claim letter before a suit; staff called names
                Arguments.of(REPEATED_CONTACT, "Хожу в этот филиал уже вторую неделю."),
                Arguments.of(REPEATED_CONTACT, "Еле дозвонилась до поддержки с пятого раза."),
                Arguments.of(CHURN_THREAT, "Прекращаю дальнейшее сотрудничество с вашей компанией."),
                Arguments.of(CHURN_THREAT, "Всё, ставлю крест на этом провайдере."),
                Arguments.of(LEGAL_THREAT, "Вчера отнесла в офис претензионное письмо."),
                Arguments.of(ABUSIVE_LANGUAGE, "На кассе сидит хамка, ничего не объясняет."),
                // round 18: contacts the customer keeps making, still at it, every time, calls in the plural to the
                // company; мат after a prefix with ъ or ь, and with its vowels dropped
                Arguments.of(REPEATED_CONTACT, "Вечно приходится напоминать менеджеру про документы."),
                Arguments.of(REPEATED_CONTACT, "Приходилось снова писать в чат и ждать."),
                Arguments.of(REPEATED_CONTACT, "Всё ещё пишу в поддержку, а толку ноль."),
                Arguments.of(REPEATED_CONTACT, "Обращаясь каждый раз в отделение, слышу одно и то же."),
                Arguments.of(REPEATED_CONTACT, "При обращениях на горячую линию меня переключают."),
                Arguments.of(ABUSIVE_LANGUAGE, "Менеджер просто сьебался с работы пораньше."),
                Arguments.of(ABUSIVE_LANGUAGE, "Ну пздц, опять списали комиссию."),
                // round 19: the farewell to the company; мат as praise, the ё folded; slurs against groups
                Arguments.of(CHURN_THREAT, "Всё, прощаюсь с вашим банком."),
                // round 20: time to change the operator
                Arguments.of(CHURN_THREAT, "Пора менять оператора, сил нет."),
                // round 21: leaving "from you" in the present; мат in other verbs
                Arguments.of(CHURN_THREAT, "Перехожу от вас к другому оператору."),
                Arguments.of(ABUSIVE_LANGUAGE, "Хватит выебываться, верните деньги."),
                Arguments.of(ABUSIVE_LANGUAGE, "Этот обоссаный терминал опять не работает."),
                Arguments.of(ABUSIVE_LANGUAGE, "Кэшбэк пришёл, всё заебись."),
                Arguments.of(ABUSIVE_LANGUAGE, "Руководство банка одни либерасты."),
                Arguments.of(REPEATED_CONTACT, "В банк звонила, писала на почту, без толку."),
                Arguments.of(REPEATED_CONTACT, "Это моё четвёртое обращение."),
                Arguments.of(REPEATED_CONTACT, "Сколько можно ждать ответа?"),
                Arguments.of(REPEATED_CONTACT, "Звонил 5 раз, никто не отвечает."),
                Arguments.of(REPEATED_CONTACT, "В службу поддержки не дозвониться вторую неделю."),
                Arguments.of(REPEATED_CONTACT, "Дозвониться до вашей линии просто нереально."),
                Arguments.of(REPEATED_CONTACT, "Просидела на линии час и так и не дозвонилась."),
                Arguments.of(REPEATED_CONTACT, "Вчера отправила повторную жалобу."),
                Arguments.of(REPEATED_CONTACT, "Это уже мой второй отзыв про этот кэшбэк."),
                Arguments.of(REPEATED_CONTACT, "Написал снова заявление, опять тишина."),
                Arguments.of(REPEATED_CONTACT, "Через неделю обратилась в отделение снова."),
                Arguments.of(REPEATED_CONTACT, "Трижды звонил в контакт-центр."),
                Arguments.of(REPEATED_CONTACT, "Только после нескольких обращений мне ответили."),
                Arguments.of(REPEATED_CONTACT, "Подала кучу заявлений, всё без толку."),
                Arguments.of(REPEATED_CONTACT, "Я подала три обращения через приложение."),
                Arguments.of(REPEATED_CONTACT, "Повторно отправила все документы на почту банка."),
                Arguments.of(RECURRING_FAULT, "Стиральная машина снова сломалась после ремонта."),
                Arguments.of(RECURRING_FAULT, "Опять та же проблема с зарядкой."),
                Arguments.of(RECURRING_FAULT, "Холодильник постоянно ломается."),
                Arguments.of(MILD_WORDING, "Извините за беспокойство, но в заказе не хватает одной позиции."),
                Arguments.of(MILD_WORDING, "Если возможно, замените, пожалуйста, крышку."),
                Arguments.of(MILD_WORDING, "Я немного разочарована качеством ткани."),
                // close to the look-alikes below and still signals: a disavowal with a condition, "не буду" after a
                // comma or far from the name, a negation that is not about the event; word orders: verb first
                Arguments.of(REGULATOR_MENTION, "В Роспотребнадзор не пойду, если вернёте деньги до пятницы."),
                Arguments.of(REGULATOR_MENTION, "Не буду больше ждать и напишу в Центробанк."),
                Arguments.of(REGULATOR_MENTION, "Напишу в прокуратуру, не буду молчать."),
                Arguments.of(LEGAL_THREAT, "Не стану подавать на магазин в суд, если вернёте деньги сегодня."),
                Arguments.of(LEGAL_THREAT, "Я подам на них в суд, если не вернут деньги."),
                Arguments.of(SAFETY_RISK, "Зарядка не выдержала и загорелась."),
                Arguments.of(SAFETY_RISK, "Утюг задымился, а потом загорелся."),
                Arguments.of(SAFETY_RISK, "Чайник без причины загорелся."),
                Arguments.of(VULNERABILITY_HEALTH, "У меня инвалидность второй группы, прошу доставку на дом."),
                Arguments.of(REPEATED_CONTACT, "Я звонила вам четыре раза за день."),
                Arguments.of(REPEATED_CONTACT, "Сколько раз ни пыталась дозвониться, трубку никто не берёт."),
                Arguments.of(REPEATED_CONTACT, "Мои дальнейшие письма в магазин тоже остались без ответа."),
                Arguments.of(REPEATED_CONTACT, "Ушло три похода в салон, чтобы поменять телефон."),
                Arguments.of(REPEATED_CONTACT, "Звонил по всем номерам магазина, толку ноль."),
                Arguments.of(REPEATED_CONTACT, "Обращалась в разные отделения, везде отказ."),
                Arguments.of(
                        REPEATED_CONTACT,
                        "Пишу в поддержку, обещают перезвонить. Через три дня пишу в поддержку, тишина."),
                Arguments.of(CHURN_THREAT, "Больше у вас ничего не закажу."),
                Arguments.of(CHURN_THREAT, "Завтра пойду и всю закрою, хватит."),
                Arguments.of(CHURN_THREAT, "Услугами этого магазина пользоваться я больше не буду."),
                Arguments.of(CHURN_THREAT, "Заберу вклад в пятницу и уйду."),
                Arguments.of(CHURN_THREAT, "Больше никаких дел с этим салоном."),
                Arguments.of(CHURN_THREAT, "Никаких отношений с ними больше не будет."),
                Arguments.of(CHURN_THREAT, "Больше им пользоваться не имею никакого желания."),
                Arguments.of(CHURN_THREAT, "Я больше сюда не ногой."),
                Arguments.of(CHURN_THREAT, "Хочу отказаться от данного магазина."),
                Arguments.of(CHURN_THREAT, "На этом наши пути расходятся."),
                Arguments.of(CHURN_THREAT, "Не планирую более быть клиентом."),
                Arguments.of(CHURN_THREAT, "Больше в этом салоне ничего не оформлю."),
                Arguments.of(ABUSIVE_LANGUAGE, "Этот сраный сервис опять лежит."),
                Arguments.of(REPEATED_CONTACT, "Сотню раз звонил в магазин, толку ноль."),
                Arguments.of(DEMANDS_IMMEDIACY, "Прошу оперативно разобраться с переводом."),
                Arguments.of(
                        REPEATED_CONTACT,
                        "Позвонила на горячую линию в понедельник. Во вторник написала в чат. В пятницу пришла в отделение."),
                Arguments.of(CHURN_THREAT, "Хочу закрыть счёт, не буду больше терпеть."),
                Arguments.of(VULNERABILITY_LIFE_EVENT, "Весной умерла моя мама, прошу отсрочку."),
                Arguments.of(ABUSIVE_LANGUAGE, "Ваши менеджеры ведут себя как дураки."),
                Arguments.of(DEMANDS_IMMEDIACY, "Прошу срочно ответить, это не шутка."),
                Arguments.of(PUBLIC_EXPOSURE_THREAT, "Выложу переписку в соцсети, не буду молчать."),
                Arguments.of(LEGAL_THREAT, "Подруга посоветовала, и я подам в суд."),
                Arguments.of(LEGAL_THREAT, "Не хочу судиться, но придётся."),
                Arguments.of(REGULATOR_MENTION, "Не хочу жаловаться в ЦБ, но вы не оставляете выбора."),
                // recurring across rounds: the bank named as a place is not the third party who acted
                Arguments.of(REPEATED_CONTACT, "Линия банка перегружена, на каждый звонок уходит по часу."),
                // recurring across rounds: the customer's calls in the plural, to the line
                Arguments.of(REPEATED_CONTACT, "Звонки на линию поддержки отнимают у меня по часу каждую неделю."),
                // recurring across rounds: contacts that came to nothing, named so
                Arguments.of(REPEATED_CONTACT, "Мои визиты к менеджеру результата не принесли."),
                // recurring across rounds: contacts over a span of time
                Arguments.of(REPEATED_CONTACT, "На протяжении недели я уточняла в чате, когда вернут деньги."),
                Arguments.of(REPEATED_CONTACT, "Весь октябрь писала им в чат."),
                Arguments.of(REPEATED_CONTACT, "Я звонила им в течение двух недель, и всё без толку."),
                // round 22: the count before a perfective contact verb
                Arguments.of(REPEATED_CONTACT, "Я три раза позвонила в банк, всё без толку."),
                // recurring across rounds: the same request made twice, the count apart from the verb
                Arguments.of(REPEATED_CONTACT, "Дважды через приложение я отправляла претензию."),
                Arguments.of(REPEATED_CONTACT, "Подала претензию о возврате комиссии дважды."),
                // recurring across rounds: the answer each time, which tells the contacts
                Arguments.of(REPEATED_CONTACT, "В поддержке каждый раз отвечают по-разному, кому верить?"),
                Arguments.of(REPEATED_CONTACT, "Сколько ни спрашивай, ответ одинаковый."),
                // recurring across rounds: the customer's requests in the plural, ignored or followed by more
                Arguments.of(REPEATED_CONTACT, "Дальнейшие письма в банк остались без ответа."),
                Arguments.of(REPEATED_CONTACT, "Мои запросы в чате игнорируются."),
                // recurring across rounds: requests written again and again
                Arguments.of(REPEATED_CONTACT, "Мы писали заявления в отделение и на почту, всё впустую."),
                // recurring across rounds: began calling, which tells a series
                Arguments.of(REPEATED_CONTACT, "Тогда я стала звонить на горячую линию."),
                // recurring across rounds: a count next to a contact word that was missing from the contact context
                Arguments.of(REPEATED_CONTACT, "Уточнила у менеджера раз пять, всё ли в порядке."),
                // recurring across rounds: the first of several contacts named as such
                Arguments.of(REPEATED_CONTACT, "В первый раз я позвонила в поддержку ещё в мае."),
                // recurring across rounds: a written request and a call told in one text
                Arguments.of(REPEATED_CONTACT, "Создала обращение, потом позвонила на горячую линию."),
                // recurring across rounds: the loan taken to another bank, words between or told with the noun
                Arguments.of(CHURN_THREAT, "В итоге рефинансировали мы ипотеку в другом банке."),
                Arguments.of(CHURN_THREAT, "Справка нужна для рефинансирования кредита в другом банке."),
                // recurring across rounds: мат roots inside a longer word, and rarer names for people
                Arguments.of(ABUSIVE_LANGUAGE, "Это не сервис, а сплошное мозгоебство."),
                Arguments.of(ABUSIVE_LANGUAGE, "Опять хуякнули комиссию за обслуживание."),
                Arguments.of(ABUSIVE_LANGUAGE, "Директор отделения просто врун."),
                Arguments.of(ABUSIVE_LANGUAGE, "Не хочу иметь дела с этой вонючей конторой."),
                // recurring across rounds (false alarms): what must still fire beside the new exclusions
                Arguments.of(CHURN_THREAT, "Требую расторжения договора и возврата денег."),
                Arguments.of(REGULATOR_MENTION, "Написала жалобу в ЦБ на этот банк."),
                Arguments.of(VULNERABILITY_HEALTH, "Я инвалид второй группы, мне трудно ездить в офис."),
                Arguments.of(ABUSIVE_LANGUAGE, "Вы просто мошенники!"),
                // recurring across rounds: income fallen or lost
                Arguments.of(VULNERABILITY_RESILIENCE, "Из-за болезни мужа доходы снизились вдвое."),
                Arguments.of(VULNERABILITY_RESILIENCE, "В связи с ухудшением финансового положения прошу отсрочку."),
                Arguments.of(VULNERABILITY_RESILIENCE, "Я лишился последнего заработка, а банк требует платёж."),
                // recurring across rounds: farewell idioms in forms the lists did not take
                Arguments.of(CHURN_THREAT, "Впредь не повторю эту ошибку с вашим банком."),
                Arguments.of(CHURN_THREAT, "На сотрудничестве с этим банком можно ставить крест."),
                Arguments.of(CHURN_THREAT, "Пора валить из этого банка."),
                Arguments.of(CHURN_THREAT, "Второй раз на эти грабли уж точно не наступлю."),
                // recurring across rounds: contacts at a frequency
                Arguments.of(REPEATED_CONTACT, "Я звонил в банк пару раз в неделю, но всё без толку."),
                Arguments.of(REPEATED_CONTACT, "Мы писали им каждые три недели."),
                Arguments.of(REPEATED_CONTACT, "При обращении раз в неделю слышу одно и то же."),
                // recurring across rounds: the same papers sent again and again
                Arguments.of(REPEATED_CONTACT, "Какой раз уже отправляю им выписку со счёта."),
                Arguments.of(REPEATED_CONTACT, "Пересылаю одну и ту же справку по сто раз."),
                // recurring across rounds (third pass): a second request filed after the first
                Arguments.of(REPEATED_CONTACT, "Пришлось подать второе обращение, первое потерялось."),
                Arguments.of(REPEATED_CONTACT, "Повторная заявка на справку тоже осталась без движения."),
                // recurring across rounds (third pass): the request far from its word of speed, told as a noun, or
                // asked to be quick
                Arguments.of(
                        DEMANDS_IMMEDIACY,
                        "Прошу проверить мой платёж, вернуть списанную комиссию и выдать справку в ближайшее время."),
                Arguments.of(DEMANDS_IMMEDIACY, "Отправила письмо с просьбой немедленно разблокировать карту."),
                Arguments.of(DEMANDS_IMMEDIACY, "Прошу поскорее решить вопрос с картой."),
                // round 23: a slur run together with another word; the customer's repeated calls still count
                Arguments.of(ABUSIVE_LANGUAGE, "Эти банкошлюхи опять навязали мне страховку."),
                Arguments.of(ABUSIVE_LANGUAGE, "Недоебанный оператор снова бросил трубку."),
                Arguments.of(ABUSIVE_LANGUAGE, "Опять эти тарифоублюдки придумали новую комиссию."),
                Arguments.of(REPEATED_CONTACT, "Я неоднократно звонила в поддержку, но мне так никто и не помог."));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("sentences")
    void eachSentenceCarriesItsSignal(SignalType type, String sentence) {
        TextAnalysis analysis = analyse(sentence);

        assertThat(analysis.profile().language()).isEqualTo("ru");
        assertThat(types(analysis)).contains(type);
        assertThat(detail(analysis, type))
                .get()
                .asString()
                .matches("'.+' at \\d+")
                .hasSizeLessThanOrEqualTo(80);
    }

    @Test
    void inflectedFormsMatchTheStem() {
        assertThat(detail(analyse("Там работают одни идиоты."), ABUSIVE_LANGUAGE))
                .contains("'идиоты' at 18");
        assertThat(detail(analyse("Я устал от идиотов."), ABUSIVE_LANGUAGE)).contains("'идиотов' at 11");
    }

    @Test
    void yoAndYeAreTheSameLetter() {
        assertThat(types(analyse("Всё взорвалось, пошёл чёрный дым."))).contains(SAFETY_RISK);
        assertThat(types(analyse("Ебаный сервис и ёбаный сайт."))).contains(ABUSIVE_LANGUAGE);
    }

    @Test
    void fateIsNotCourt() {
        TextAnalysis analysis = analyse("Такова судьба: посылка пришла в судьбоносный день, в субботу.");

        assertThat(types(analysis)).doesNotContain(LEGAL_THREAT);
    }

    @Test
    void anIndicatorLightingUpIsNotAFire() {
        TextAnalysis analysis =
                analyse("После обновления загорелась лампочка ошибки, и на табло загорелся индикатор E4.");

        assertThat(types(analysis)).doesNotContain(SAFETY_RISK);
    }

    static Stream<Arguments> lookAlikes() {
        return Stream.of(
                Arguments.of(CHURN_THREAT, "Закрыла ипотеку досрочно, а закладную не выдают."),
                Arguments.of(CHURN_THREAT, "Мы закрыли кредит ещё в марте, справку так и не прислали."),
                Arguments.of(CHURN_THREAT, "Почему баланс уходит в минус без моего ведома?"),
                Arguments.of(CHURN_THREAT, "Сообщения уходят с задержкой в полчаса."),
                Arguments.of(CHURN_THREAT, "С такой поддержкой трудно не переходить на мат."),
                Arguments.of(CHURN_THREAT, "Хочу перейти на другой тариф, подешевле."),
                Arguments.of(CHURN_THREAT, "После перехода на этого оператора пропала связь."),
                Arguments.of(CHURN_THREAT, "Решил перейти в этот банк ради кэшбэка."),
                Arguments.of(CHURN_THREAT, "При переходе к вам потеряли мой номер."),
                Arguments.of(CHURN_THREAT, "Перейду к сути: деньги так и не вернули."),
                Arguments.of(CHURN_THREAT, "Переходите на этого оператора, не пожалеете."),
                Arguments.of(CHURN_THREAT, "Мне закрыли счёт без объяснения причин."),
                Arguments.of(CHURN_THREAT, "В отделении предложили закрыть карту и выпустить новую."),
                Arguments.of(CHURN_THREAT, "Сегодня сама отключилась услуга запрета контента."),
                Arguments.of(CHURN_THREAT, "Подала заявление о расторжении договора страхования."),
                Arguments.of(CHURN_THREAT, "Банк может только закрыть счет, вернуть комиссию нельзя."),
                Arguments.of(CHURN_THREAT, "Собираюсь уйти на пенсию в следующем году."),
                Arguments.of(PUBLIC_EXPOSURE_THREAT, "Хочу оставить отрицательный отзыв о вашем отделении."),
                Arguments.of(PUBLIC_EXPOSURE_THREAT, "Ранее здесь уже был оставлен отзыв об этой проблеме."),
                Arguments.of(PUBLIC_EXPOSURE_THREAT, "В ВК поддержка отвечает шаблонами."),
                Arguments.of(PUBLIC_EXPOSURE_THREAT, "Через ваш мобильный интернет не открывается инстаграм."),
                Arguments.of(VULNERABILITY_HEALTH, "Операция по карте отклонена, мне не объяснили почему."),
                Arguments.of(VULNERABILITY_HEALTH, "В моей истории операций нет этого платежа."),
                Arguments.of(VULNERABILITY_HEALTH, "Делаю эту операцию каждый месяц без проблем."),
                Arguments.of(ABUSIVE_LANGUAGE, "Мне звонили мошенники и представлялись сотрудниками банка."),
                Arguments.of(ABUSIVE_LANGUAGE, "Кредит оформлен под влиянием мошенников, есть уголовное дело."),
                Arguments.of(ABUSIVE_LANGUAGE, "Интернет-мошенники похитили деньги у клиентов."),
                Arguments.of(ABUSIVE_LANGUAGE, "Хватит дурить клиентов своими акциями."),
                Arguments.of(ABUSIVE_LANGUAGE, "Оператор ворует деньги со счёта за ненужные услуги."),
                Arguments.of(ABUSIVE_LANGUAGE, "Мошенники сняли деньги с карты, а банк не помог."),
                Arguments.of(ABUSIVE_LANGUAGE, "Столкнулась с аферистами, банк помогать отказался."),
                Arguments.of(ABUSIVE_LANGUAGE, "Моими данными воспользовались мошенники, банк не помог."),
                Arguments.of(VULNERABILITY_RESILIENCE, "За год не получил ни копейки процентов по остатку."),
                Arguments.of(VULNERABILITY_RESILIENCE, "Я пенсионер, получаю пенсию на карту вашего банка."),
                Arguments.of(VULNERABILITY_RESILIENCE, "Моя мама пенсионерка, ей навязали карту."),
                Arguments.of(VULNERABILITY_RESILIENCE, "Второй день не могу оплатить парковку."),
                Arguments.of(VULNERABILITY_RESILIENCE, "Не можем погасить ипотеку досрочно уже неделю."),
                Arguments.of(VULNERABILITY_RESILIENCE, "Тариф не списывается, если нет денег на счете."),
                Arguments.of(VULNERABILITY_RESILIENCE, "Пока не вышла в декрет, всё было хорошо."),
                Arguments.of(LEGAL_THREAT, "Банк подал в суд на меня из-за долга."),
                Arguments.of(LEGAL_THREAT, "Мне пришёл иск от банка о взыскании."),
                Arguments.of(LEGAL_THREAT, "Судиться из-за трёхсот рублей не вижу смысла."),
                Arguments.of(LEGAL_THREAT, "Министерство обратилось в суд с иском к оператору."),
                Arguments.of(DEMANDS_IMMEDIACY, "Сотрудники даже не пытались решить проблему!"),
                Arguments.of(DEMANDS_IMMEDIACY, "Отписались шаблоном, вот и решили вопрос!"),
                Arguments.of(DEMANDS_IMMEDIACY, "Мне нужно было срочно снять наличные, а банкомат не работал."),
                Arguments.of(DEMANDS_IMMEDIACY, "Возникла срочная необходимость продать квартиру."),
                Arguments.of(DEMANDS_IMMEDIACY, "Когда надо срочно пополнить карту, приложение зависает."),
                Arguments.of(SAFETY_RISK, "Пусть подавятся своей комиссией."),
                Arguments.of(SAFETY_RISK, "Мой вклад сгорел в девяносто восьмом."),
                Arguments.of(SAFETY_RISK, "Это был травмирующий опыт общения с банком."),
                Arguments.of(SAFETY_RISK, "Какой-то человек грозился взорвать отделение."),
                Arguments.of(REGULATOR_MENTION, "Это самый ужасный банк России."),
                Arguments.of(REGULATOR_MENTION, "Это нарушает Закон «О защите прав потребителей»."),
                Arguments.of(REPEATED_CONTACT, "Связь такая, что до меня никто не дозвонится."),
                Arguments.of(REPEATED_CONTACT, "Мне поступило несколько звонков от банка."),
                Arguments.of(REPEATED_CONTACT, "Банк повторно направил мне смс с кодом."),
                Arguments.of(REPEATED_CONTACT, "В очередной раз убедилась, что клиенты банку безразличны."),
                // disavowed or negated, before or after the trigger; staff, other people or the company acting;
                // the customer calling themself a fool
                Arguments.of(REGULATOR_MENTION, "Не собираюсь писать жалобу в Центробанк, давайте договоримся."),
                Arguments.of(REGULATOR_MENTION, "Финансовому уполномоченному писать не стану, решим сами."),
                Arguments.of(REGULATOR_MENTION, "Сотрудник отделения порекомендовал мне обратиться в ЦБ."),
                Arguments.of(REGULATOR_MENTION, "Мой брат работает в прокуратуре, поэтому я знаю закон."),
                Arguments.of(LEGAL_THREAT, "Мы не собираемся подавать на магазин в суд, просто верните деньги."),
                Arguments.of(LEGAL_THREAT, "Магазин пригрозил подать на меня в суд за отзыв."),
                Arguments.of(LEGAL_THREAT, "Водитель сказал, что хозяин машины подаст на него в суд."),
                Arguments.of(LEGAL_THREAT, "По образованию я юрист, поэтому прочитал договор."),
                Arguments.of(LEGAL_THREAT, "Банк сообщил, что передаст мой долг юристам."),
                Arguments.of(LEGAL_THREAT, "Там сказано: «Споры рассматриваются в суде по месту регистрации»."),
                Arguments.of(SAFETY_RISK, "Посылку помяли, но обошлось без травм."),
                Arguments.of(SAFETY_RISK, "Ничего не сгорело, просто перестал включаться."),
                Arguments.of(VULNERABILITY_HEALTH, "Я не инвалид, просто прошу привезти заказ."),
                Arguments.of(REPEATED_CONTACT, "Ваш менеджер звонил мне шесть раз с рекламой."),
                Arguments.of(REPEATED_CONTACT, "Пишу в поддержку: в приложении не приходит код."),
                Arguments.of(CHURN_THREAT, "Пришлось забрать свой паспорт и уйти ни с чем."),
                Arguments.of(CHURN_THREAT, "Больше никаких проблем с доставкой не было."),
                Arguments.of(CHURN_THREAT, "Нужно приложить кучу усилий, чтобы отказаться от этой услуги."),
                Arguments.of(
                        REPEATED_CONTACT,
                        "Пришла смс, затем пришла зарплата, а менеджер так и не звонил и не написал."),
                Arguments.of(REPEATED_CONTACT, "Менеджер до сих пор не связался со мной по поводу заявки."),
                Arguments.of(REPEATED_CONTACT, "Невозможно связаться с банком по почте."),
                Arguments.of(DEMANDS_IMMEDIACY, "Он оперативно решил вопрос, спасибо."),
                Arguments.of(REPEATED_CONTACT, "Сколько раз ни пыталась открыть приложение, оно вылетает."),
                Arguments.of(REPEATED_CONTACT, "Мне звонили раз пять и предлагали страховку."),
                Arguments.of(REPEATED_CONTACT, "Течь повторяется уже в пятый раз."),
                Arguments.of(CHURN_THREAT, "Закрывать карту не собираюсь, просто исправьте ошибку."),
                Arguments.of(CHURN_THREAT, "Вы можете закрыть счёт в любой момент, ответил мне бот."),
                Arguments.of(ABUSIVE_LANGUAGE, "Я как дура поверила вашему менеджеру."),
                Arguments.of(ABUSIVE_LANGUAGE, "Чувствую себя идиотом после этого разговора."),
                Arguments.of(ABUSIVE_LANGUAGE, "Вы нас за дураков держите?"),
                Arguments.of(DEMANDS_IMMEDIACY, "Это не срочно, пожалуйста, ответьте на неделе."),
                Arguments.of(PUBLIC_EXPOSURE_THREAT, "Я про это в соцсетях писать не буду."),
                Arguments.of(PUBLIC_EXPOSURE_THREAT, "Я не собираюсь писать про вас в соцсетях."),
                Arguments.of(PUBLIC_EXPOSURE_THREAT, "Про эту акцию я прочитал в газете."),
                Arguments.of(LEGAL_THREAT, "Мой сосед подал в суд на ваш магазин и выиграл."),
                Arguments.of(LEGAL_THREAT, "Вы можете обратиться в суд, ответили мне в отделении."),
                Arguments.of(REGULATOR_MENTION, "Вы можете пожаловаться в Центробанк, сказал оператор."),
                Arguments.of(SAFETY_RISK, "Пожара не было, просто вылетели пробки."),
                Arguments.of(REPEATED_CONTACT, "Мне уже трижды звонили из банка с рекламой."),
                Arguments.of(REPEATED_CONTACT, "Моя мама не отвечает на звонки с незнакомых номеров."),
                Arguments.of(REPEATED_CONTACT, "Каждый раз удивляюсь, как быстро работает приложение."),
                // the company's calls and letters, none at all, one told twice, two channels that do not work,
                // a plan, staff calling again
                Arguments.of(REPEATED_CONTACT, "Мне писали и звонили из банка с предложениями кредита."),
                Arguments.of(REPEATED_CONTACT, "Я не звонил и не писал в банк, а деньги списали."),
                Arguments.of(REPEATED_CONTACT, "Как я писал выше, звонила в банк один раз."),
                Arguments.of(REPEATED_CONTACT, "В личном кабинете и на сайте не могу подключить услугу."),
                Arguments.of(REPEATED_CONTACT, "Через 2 дня звоню узнать статус, и вопрос решился."),
                Arguments.of(REPEATED_CONTACT, "Оператор позвонил снова через час."),
                Arguments.of(REPEATED_CONTACT, "Курьер звонил, потом писал в мессенджер."),
                Arguments.of(REPEATED_CONTACT, "Менеджер звонил и писал мне каждый день."),
                Arguments.of(CHURN_THREAT, "Я перешла в отделение на Ленина."),
                Arguments.of(REPEATED_CONTACT, "Получил несколько звонков от операторов банка."),
                Arguments.of(REPEATED_CONTACT, "Подала новую заявку на карту."),
                Arguments.of(REPEATED_CONTACT, "Всегда перезванивала и отвечала на все вопросы."),
                Arguments.of(REPEATED_CONTACT, "Сотрудники попросили переподать заявление."),
                Arguments.of(LEGAL_THREAT, "Не хочу судиться из-за этого, просто верните деньги."),
                Arguments.of(REGULATOR_MENTION, "Не хочу жаловаться в Центробанк, давайте решим мирно."),
                Arguments.of(PUBLIC_EXPOSURE_THREAT, "Не хочу выкладывать нашу переписку в соцсети."),
                // stupid, blunt or dull said of anything else
                Arguments.of(ABUSIVE_LANGUAGE, "Нож тупой, банка так и не открылась."),
                Arguments.of(ABUSIVE_LANGUAGE, "После визита в банк у меня тупая боль в спине."),
                Arguments.of(ABUSIVE_LANGUAGE, "Оператор сказал, что вопрос тупой."),
                // the cross put by someone else, the bank's claim letter to a debtor
                Arguments.of(CHURN_THREAT, "Одна просрочка поставила крест на моей кредитной истории."),
                Arguments.of(LEGAL_THREAT, "Банк направил претензионное письмо о долге."),
                Arguments.of(REPEATED_CONTACT, "Ночью клиентам поступали неоднократные смс от банка."),
                // calls to other banks; words with ъ after a prefix that are no мат
                Arguments.of(REPEATED_CONTACT, "При обращениях в другие банки такого не было."),
                Arguments.of(REPEATED_CONTACT, "Приходится звонить в другой банк."),
                Arguments.of(ABUSIVE_LANGUAGE, "Объем работы у сотрудников большой, съели весь обед."),
                Arguments.of(CHURN_THREAT, "Видимо, прощаюсь с деньгами на вкладе."),
                Arguments.of(ABUSIVE_LANGUAGE, "В офисе подали жидкий кофе."),
                Arguments.of(ABUSIVE_LANGUAGE, "Я чуть не обоссалась от страха в этой очереди."));
    }

    @ParameterizedTest(name = "not {0}: {1}")
    @MethodSource("lookAlikes")
    void aLookAlikeDoesNotCarryTheSignal(SignalType type, String sentence) {
        assertThat(types(analyse(sentence))).doesNotContain(type);
    }

    @Test
    void recurringAcrossRoundsLookAlikesStaySilent() {
        // the first time in a year, or applying for a product: one contact
        assertThat(types(analyse("Обратился в первый раз за год, всё решили быстро.", "ru")))
                .doesNotContain(REPEATED_CONTACT);
        assertThat(types(analyse("Первый раз обратился за рефинансированием весной.", "ru")))
                .doesNotContain(REPEATED_CONTACT);
        // round 22: the bank counting its own calls, a ratio
        assertThat(types(analyse("Банк три раза позвонил мне за вечер.", "ru"))).doesNotContain(REPEATED_CONTACT);
        assertThat(types(analyse("В три раза дороже, чем обещали.", "ru"))).doesNotContain(REPEATED_CONTACT);
        // the company calling, other nouns, a first-time customer, a single call, loans brought in, reported words
        assertThat(types(analyse("Банк снова позвонил мне вечером.", "ru"))).doesNotContain(REPEATED_CONTACT);
        assertThat(types(analyse("Звонки из банка поступают каждый вечер.", "ru")))
                .doesNotContain(REPEATED_CONTACT);
        assertThat(types(analyse("Скидки и бонусы результата не принесли.", "ru")))
                .doesNotContain(REPEATED_CONTACT);
        assertThat(types(analyse("В течение двух недель банк обещал вернуть деньги.", "ru")))
                .doesNotContain(REPEATED_CONTACT);
        assertThat(types(analyse("Весь ноябрь пользовалась картой без проблем.", "ru")))
                .doesNotContain(REPEATED_CONTACT);
        assertThat(types(analyse("Мне дважды звонили из банка и предлагали кредит.", "ru")))
                .doesNotContain(REPEATED_CONTACT);
        assertThat(types(analyse("Каждый раз в выписке появляются новые комиссии.", "ru")))
                .doesNotContain(REPEATED_CONTACT);
        assertThat(types(analyse("Дальнейшие платежи списываются автоматически.", "ru")))
                .doesNotContain(REPEATED_CONTACT);
        assertThat(types(analyse("Сотрудники написали заявления об увольнении.", "ru")))
                .doesNotContain(REPEATED_CONTACT);
        assertThat(types(analyse("Банк стал звонить мне по ночам.", "ru"))).doesNotContain(REPEATED_CONTACT);
        assertThat(types(analyse("Раз пять перечитал договор, но так и не понял.", "ru")))
                .doesNotContain(REPEATED_CONTACT);
        assertThat(types(analyse("В первый раз обратилась в этот банк за ипотекой.", "ru")))
                .doesNotContain(REPEATED_CONTACT);
        assertThat(types(analyse("Обратился в этот банк в первый раз прошлой весной.", "ru")))
                .doesNotContain(REPEATED_CONTACT);
        assertThat(types(analyse("Позвонила на горячую линию, и вопрос решили сразу.", "ru")))
                .doesNotContain(REPEATED_CONTACT);
        assertThat(types(analyse("Рефинансировал кредиты, взятые в других банках, у вас.", "ru")))
                .doesNotContain(CHURN_THREAT);
        assertThat(types(analyse("Рефинансировать ипотеку в этом банке не получилось.", "ru")))
                .doesNotContain(CHURN_THREAT);
        assertThat(types(analyse("Оператор сказал, что я врун.", "ru"))).doesNotContain(ABUSIVE_LANGUAGE);
        assertThat(types(analyse("Спасают свою шкуру, а не клиентов.", "ru"))).doesNotContain(ABUSIVE_LANGUAGE);
        assertThat(types(analyse("В отделении подают вонючий кофе.", "ru"))).doesNotContain(ABUSIVE_LANGUAGE);
    }

    @Test
    void recurringLookAlikesOfTheSecondPassStaySilent() {
        // a notice or a registry's termination, the regulator in the news, someone else disabled or off sick,
        // real fraudsters (x23 false alarms); the bank's income, other crosses and mistakes, the bank's calls
        // and other frequencies, regret counted (x23 misses)
        assertThat(types(analyse("Я отправил застройщику уведомление о расторжении договора.", "ru")))
                .doesNotContain(CHURN_THREAT);
        assertThat(types(analyse("Регистрация расторжения договора в МФЦ заняла неделю.", "ru")))
                .doesNotContain(CHURN_THREAT);
        assertThat(types(analyse("RT @novosti: ЦБ отозвал лицензию у небольшого банка.", "ru")))
                .doesNotContain(REGULATOR_MENTION);
        assertThat(types(analyse("ФАС оштрафовала оператора за рекламу роуминга.", "ru")))
                .doesNotContain(REGULATOR_MENTION);
        assertThat(types(analyse("Центробанк выпустил новые правила для переводов.", "ru")))
                .doesNotContain(REGULATOR_MENTION);
        assertThat(types(analyse("Нашей сотруднице, инвалиду по зрению, карту так и не привезли.", "ru")))
                .doesNotContain(VULNERABILITY_HEALTH);
        assertThat(types(analyse("В отделении сказали, что пять человек на больничном.", "ru")))
                .doesNotContain(VULNERABILITY_HEALTH);
        assertThat(types(analyse("А как же люди инвалиды, которым нужна помощь?", "ru")))
                .doesNotContain(VULNERABILITY_HEALTH);
        assertThat(types(analyse("Полиция до сих пор не может найти мошенников.", "ru")))
                .doesNotContain(ABUSIVE_LANGUAGE);
        assertThat(types(analyse("Мошенник сделал дубликат моей сим-карты.", "ru")))
                .doesNotContain(ABUSIVE_LANGUAGE);
        assertThat(types(analyse("Посыпались звонки спамеров, рекламщиков и мошенников.", "ru")))
                .doesNotContain(ABUSIVE_LANGUAGE);
        assertThat(types(analyse("Доходность вклада снизилась после решения банка.", "ru")))
                .doesNotContain(VULNERABILITY_RESILIENCE);
        assertThat(types(analyse("Падение доходов банка не должно касаться клиентов.", "ru")))
                .doesNotContain(VULNERABILITY_RESILIENCE);
        assertThat(types(analyse("Просрочка поставила крест на моей кредитной истории.", "ru")))
                .doesNotContain(CHURN_THREAT);
        assertThat(types(analyse("Я больше не совершу ошибку в реквизитах.", "ru")))
                .doesNotContain(CHURN_THREAT);
        assertThat(types(analyse("Банк звонит мне по десять раз в день.", "ru")))
                .doesNotContain(REPEATED_CONTACT);
        assertThat(types(analyse("Выписку я смотрю раз в неделю.", "ru"))).doesNotContain(REPEATED_CONTACT);
        assertThat(types(analyse("Я тысячу раз пожалела, что открыла тут вклад.", "ru")))
                .doesNotContain(REPEATED_CONTACT);
    }

    @Test
    void recurringLookAlikesOfTheThirdPassStaySilent() {
        assertThat(types(analyse("Подал новую заявку на кредитную карту.", "ru")))
                .doesNotContain(REPEATED_CONTACT);
        assertThat(types(analyse("Сестра позвонила мне с просьбой срочно приехать.", "ru")))
                .doesNotContain(DEMANDS_IMMEDIACY);
        assertThat(types(analyse("Сосед обратился ко мне с просьбой срочно одолжить денег.", "ru")))
                .doesNotContain(DEMANDS_IMMEDIACY);
        assertThat(types(analyse("Прошу разобраться: деньги банк списал быстро, а вернуть не может.", "ru")))
                .doesNotContain(DEMANDS_IMMEDIACY);
    }

    @Test
    void staffWhoHelpedAgainAndAgainAreNoContactsOfTheCustomer() {
        // round 23: "неоднократно" about the staff helping or acting, not the customer contacting
        assertThat(types(analyse("Менеджер неоднократно помогала мне с документами, спасибо ей.", "ru")))
                .doesNotContain(REPEATED_CONTACT);
        assertThat(types(analyse("Консультант неоднократно выручал нас толковым советом.", "ru")))
                .doesNotContain(REPEATED_CONTACT);
        assertThat(types(analyse("Неоднократно специалистами банка было обещано всё исправить.", "ru")))
                .doesNotContain(REPEATED_CONTACT);
        // and words that only look like the blended slurs
        assertThat(types(analyse("Шлюз оплаты снова не работает.", "ru"))).doesNotContain(ABUSIVE_LANGUAGE);
        assertThat(types(analyse("Из-за задержки зарплаты у детей началось недоедание.", "ru")))
                .doesNotContain(ABUSIVE_LANGUAGE);
    }

    @Test
    void aCalmComplaintHasNoSignals() {
        TextAnalysis analysis = analyse("Здравствуйте. Я заказал синюю куртку размера M, а получил зелёную. "
                + "Подскажите, пожалуйста, как оформить обмен? Номер заказа 4471-22. Спасибо.");

        assertThat(analysis.signals()).isEmpty();
        assertThat(analysis.profile().language()).isEqualTo("ru");
    }
}
