package org.complaintrules.testkit;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.complaintrules.api.Category;
import org.complaintrules.api.SignalType;

/**
 * Natural complaint sentences per language (en, ru, zh, et): neutral sentences for each
 * category that carry no signal, and sentences that carry one signal each. The case generators
 * build texts from them; QA tests use them to derive cases (add a legal threat in the case's
 * language, make a text calmer).
 *
 * <p>{@link SignalType#SHOUTING} and {@link SignalType#EXCLAMATION} are not sentences but ways of
 * writing: see {@link #shout(String)} and {@link #exclaim(String, String)}. Chinese has no capitals,
 * so a shouting Chinese text can only be a host-supplied signal. {@link SignalType#REPEATED_CONTACT}
 * and {@link SignalType#RECURRING_FAULT} sentences say so in words.
 */
public final class Phrases {
    /** The languages with phrase pools, as BCP-47 primary tags. */
    public static final List<String> LANGUAGES = List.of("en", "ru", "zh", "et");

    private static final Map<String, Phrases> BY_LANGUAGE =
            Map.of("en", english(), "ru", russian(), "zh", chinese(), "et", estonian());

    private final String language;
    private final Map<Category, List<String>> neutral;
    private final List<String> requests;
    private final Map<SignalType, List<String>> carrying;
    private final List<String> abusiveWords;

    private Phrases(
            String language,
            Map<Category, List<String>> neutral,
            List<String> requests,
            Map<SignalType, List<String>> carrying,
            List<String> abusiveWords) {
        this.language = language;
        this.neutral = neutral;
        this.requests = requests;
        Map<SignalType, List<String>> all = new EnumMap<>(carrying);
        all.putAll(vulnerability(language));
        this.carrying = all;
        this.abusiveWords = abusiveWords;
    }

    /**
     * Sentences that show one of the four drivers of vulnerability (FCA FG21/1), written for the
     * kit, two per driver and language.
     */
    private static Map<SignalType, List<String>> vulnerability(String language) {
        return switch (language) {
            case "en" ->
                drivers(
                        List.of(
                                "I was diagnosed with diabetes last year.",
                                "I have been in hospital since the operation."),
                        List.of("My husband passed away in the spring.", "I was laid off in March."),
                        List.of(
                                "I am behind on my payments and struggling to make ends meet.",
                                "We live on a fixed income."),
                        List.of(
                                "English is not my first language and I need an interpreter.",
                                "I don't have a computer or internet at home."));
            case "ru" ->
                drivers(
                        List.of("У меня инвалидность второй группы.", "Я сейчас на лечении после операции."),
                        List.of("У меня недавно умерла мама.", "Я потеряла работу в марте."),
                        List.of("Я не могу платить по кредиту.", "Живу на пенсию, других доходов нет."),
                        List.of(
                                "Мой пожилой отец не разобрался в условиях.",
                                "Мама не умеет пользоваться приложением."));
            case "zh" ->
                drivers(
                        List.of("我刚做完手术，还在恢复。", "本人残疾，行动不便。"),
                        List.of("我上个月失业了。", "我们刚离婚，贷款还在我名下。"),
                        List.of("我现在还不起贷款。", "家里生活困难，付不起这笔钱。"),
                        List.of("家里老人不会用手机支付。", "我父母不懂网上操作，被多扣了钱。"));
            case "et" ->
                drivers(
                        List.of("Jäin eelmisel kuul raskelt haigeks.", "Mul on puue ja ratastool."),
                        List.of("Kaotasin hiljuti töö.", "Meil käib praegu lahutus."),
                        List.of("Ma ei suuda maksta, sest raha pole.", "Elan ainult pensionist."),
                        List.of("Minu eakas ema on segaduses.", "Ma ei oska internetti kasutada."));
            default -> throw new IllegalStateException("no vulnerability phrases for " + language);
        };
    }

    /** @return the sentences of one language, by driver of vulnerability */
    private static Map<SignalType, List<String>> drivers(
            List<String> health, List<String> lifeEvent, List<String> resilience, List<String> capability) {
        Map<SignalType, List<String>> m = new EnumMap<>(SignalType.class);
        m.put(SignalType.VULNERABILITY_HEALTH, health);
        m.put(SignalType.VULNERABILITY_LIFE_EVENT, lifeEvent);
        m.put(SignalType.VULNERABILITY_RESILIENCE, resilience);
        m.put(SignalType.VULNERABILITY_CAPABILITY, capability);
        return m;
    }

    /**
     * @param language a BCP-47 tag; only its primary subtag counts ({@code en-GB} is {@code en})
     * @return the phrases of that language
     * @throws IllegalArgumentException when the kit has no phrases for it
     */
    public static Phrases of(String language) {
        Objects.requireNonNull(language, "language");
        Phrases p = BY_LANGUAGE.get(primary(language));
        if (p == null) {
            throw new IllegalArgumentException("no phrases for language \"" + language + "\"; have " + LANGUAGES);
        }
        return p;
    }

    /**
     * @param languageTag a BCP-47 tag
     * @return its primary subtag in lower case, e.g. {@code zh} for {@code zh-Hans}
     */
    public static String primary(String languageTag) {
        int dash = languageTag.indexOf('-');
        return (dash < 0 ? languageTag : languageTag.substring(0, dash)).toLowerCase(Locale.ROOT);
    }

    /** @return the primary language tag of these phrases */
    public String language() {
        return language;
    }

    /**
     * @param category a category
     * @return sentences describing a problem of that category, carrying no signal
     */
    public List<String> neutral(Category category) {
        return neutral.get(category);
    }

    /** @return polite requests for a resolution, carrying no signal */
    public List<String> requests() {
        return requests;
    }

    /**
     * @param signal a signal that sentences can carry (not SHOUTING or EXCLAMATION, which are ways of writing)
     * @return sentences that each carry that signal; empty for SHOUTING and EXCLAMATION
     */
    public List<String> carrying(SignalType signal) {
        return carrying.getOrDefault(signal, List.of());
    }

    /** @return the signals that sentences of this language can carry */
    public Set<SignalType> sentenceSignals() {
        return carrying.keySet();
    }

    /** @return the abusive words the abusive sentences use, which {@link #calmer(String)} removes */
    public List<String> abusiveWords() {
        return abusiveWords;
    }

    /** @return whether a text in this language can shout (has letters with case) */
    public boolean canShout() {
        return !language.equals("zh");
    }

    /**
     * @param text a text
     * @return the text in capitals (Latin and Cyrillic), which reads as shouting
     */
    public static String shout(String text) {
        return text.toUpperCase(Locale.ROOT);
    }

    /**
     * Ends every sentence with an exclamation mark and the last one with two.
     *
     * @param text a text of sentences
     * @param language its language
     * @return the excited text
     */
    public static String exclaim(String text, String language) {
        if (primary(language).equals("zh")) {
            String t = text.replace('。', '！');
            return t.endsWith("！") ? t + "！" : t + "！！";
        }
        String t = text.replaceAll("\\.(\\s|$)", "!$1");
        return t.endsWith("!") ? t + "!" : t + "!!";
    }

    /**
     * Makes a text calmer: lower case, no exclamation marks, none of the abusive words of any
     * language's pool. Host-supplied signals are not text and are not touched.
     *
     * @param text a text, or {@code null}
     * @return the calmer text, or {@code null}
     */
    public static String calmer(String text) {
        if (text == null) {
            return null;
        }
        String t = text.toLowerCase(Locale.ROOT)
                .replaceAll("!+", ".")
                .replaceAll("！+", "。")
                .replaceAll("\\.{2,}", ".")
                .replaceAll("。{2,}", "。");
        for (Phrases p : BY_LANGUAGE.values()) {
            for (String w : p.abusiveWords) {
                t = t.replaceAll("(?iu)" + Pattern.quote(w.toLowerCase(Locale.ROOT)), "");
            }
        }
        return t.replaceAll(" {2,}", " ").strip();
    }

    private static Map<Category, List<String>> categories(String... sentences) {
        Map<Category, List<String>> m = new EnumMap<>(Category.class);
        Category[] all = Category.values();
        if (sentences.length != 2 * all.length) {
            throw new IllegalStateException("need two sentences per category");
        }
        for (int i = 0; i < all.length; i++) {
            m.put(all[i], List.of(sentences[2 * i], sentences[2 * i + 1]));
        }
        return m;
    }

    private static Map<SignalType, List<String>> signals(
            List<String> abusive,
            List<String> legal,
            List<String> regulator,
            List<String> safety,
            List<String> churn,
            List<String> publicExposure,
            List<String> immediacy,
            List<String> repeated,
            List<String> recurring,
            List<String> mild) {
        Map<SignalType, List<String>> m = new EnumMap<>(SignalType.class);
        m.put(SignalType.ABUSIVE_LANGUAGE, abusive);
        m.put(SignalType.LEGAL_THREAT, legal);
        m.put(SignalType.REGULATOR_MENTION, regulator);
        m.put(SignalType.SAFETY_RISK, safety);
        m.put(SignalType.CHURN_THREAT, churn);
        m.put(SignalType.PUBLIC_EXPOSURE_THREAT, publicExposure);
        m.put(SignalType.DEMANDS_IMMEDIACY, immediacy);
        m.put(SignalType.REPEATED_CONTACT, repeated);
        m.put(SignalType.RECURRING_FAULT, recurring);
        m.put(SignalType.MILD_WORDING, mild);
        return m;
    }

    private static Phrases english() {
        return new Phrases(
                "en",
                categories(
                        "The blender I bought stopped working after two days.",
                        "The zip on the jacket came apart the first time I wore it.",
                        "The technician left without finishing the installation.",
                        "Your support agent closed my ticket without answering my question.",
                        "My invoice shows a charge for a service I did not order.",
                        "I was billed twice for the same order.",
                        "My parcel arrived a week late and the box was damaged.",
                        "The courier left the package at the wrong address.",
                        "The shop assistant was rude to me at the counter.",
                        "The driver refused to help me carry the order inside.",
                        "I waited on hold for forty minutes before anyone answered.",
                        "The queue at your branch took over an hour.",
                        "Someone else's order details were sent to my email address.",
                        "My phone number appeared on a delivery label for another customer.",
                        "The heater came without the instructions for safe use.",
                        "The guard on the hedge trimmer does not sit properly.",
                        "The opening hours on your website are not correct.",
                        "The voucher code from your newsletter does not work."),
                List.of(
                        "Please let me know how you will resolve this.",
                        "I would like a refund.",
                        "Could you look into it and reply by email?",
                        "I would appreciate a replacement."),
                signals(
                        List.of("You are a bunch of useless idiots.", "What a load of crap this service is."),
                        List.of(
                                "I will take you to court over this.",
                                "My lawyer will be in touch with you.",
                                "I am going to sue your company."),
                        List.of(
                                "I am reporting this to the financial ombudsman.",
                                "I will file a complaint with the consumer protection authority."),
                        List.of(
                                "The charger caught fire on my desk.",
                                "My child was injured by the broken part.",
                                "I got an electric shock from the kettle."),
                        List.of(
                                "I am cancelling my account and moving to a competitor.",
                                "This is the last time I shop with you."),
                        List.of(
                                "I will post about this on social media.",
                                "I am going to write a review so everyone knows how you treat customers."),
                        List.of("I want this fixed today.", "Sort this out immediately."),
                        List.of(
                                "This is the third time I have contacted you about this.",
                                "I have already called you twice about this."),
                        List.of("It is the same fault as last month.", "This keeps happening every week."),
                        List.of(
                                "I don't want to make a fuss, but I thought you should know.",
                                "Sorry to bother you, it is only a small thing.")),
                List.of("idiots", "crap"));
    }

    private static Phrases russian() {
        return new Phrases(
                "ru",
                categories(
                        "Купленный блендер перестал работать через два дня.",
                        "Молния на куртке разошлась, когда я надел её в первый раз.",
                        "Мастер ушёл, не закончив установку.",
                        "Ваш оператор закрыл заявку, не ответив на мой вопрос.",
                        "В счёте есть плата за услугу, которую я не заказывал.",
                        "С меня списали деньги дважды за один и тот же заказ.",
                        "Посылка пришла на неделю позже, коробка была повреждена.",
                        "Курьер оставил посылку по чужому адресу.",
                        "Продавец был груб со мной у кассы.",
                        "Водитель отказался помочь занести заказ в дом.",
                        "Я ждал на линии сорок минут, прежде чем кто-то ответил.",
                        "Очередь в вашем отделении заняла больше часа.",
                        "На мою почту пришли данные чужого заказа.",
                        "Мой номер телефона оказался на этикетке доставки другого клиента.",
                        "Обогреватель пришёл без инструкции по безопасному использованию.",
                        "Защитный кожух кустореза плохо держится.",
                        "Часы работы на вашем сайте указаны неверно.",
                        "Промокод из вашей рассылки не работает."),
                List.of(
                        "Сообщите, пожалуйста, как вы решите этот вопрос.",
                        "Я хотел бы вернуть деньги.",
                        "Прошу разобраться и ответить по почте.",
                        "Буду благодарен за замену товара."),
                signals(
                        List.of("Вы там все идиоты?", "Это просто дерьмо, а не сервис."),
                        List.of(
                                "Я подам на вас в суд.",
                                "Мой адвокат свяжется с вами.",
                                "Я обращусь в суд, если вопрос не решится."),
                        List.of(
                                "Я напишу жалобу в Роспотребнадзор.",
                                "Я обращусь в Центральный банк с жалобой на вас."),
                        List.of(
                                "Зарядное устройство загорелось прямо на столе.",
                                "Мой ребёнок получил травму из-за сломанной детали.",
                                "Чайник ударил меня током."),
                        List.of("Я ухожу к вашим конкурентам.", "Я расторгаю с вами договор."),
                        List.of(
                                "Я напишу об этом в социальных сетях.",
                                "Я оставлю отзыв, чтобы все узнали, как вы обращаетесь с клиентами."),
                        List.of("Решите это немедленно.", "Я требую ответа сегодня же."),
                        List.of("Я обращаюсь к вам уже третий раз.", "Я уже дважды звонил вам по этому поводу."),
                        List.of("Это та же самая поломка, что и в прошлом месяце.", "Это повторяется каждую неделю."),
                        List.of("Не хочу поднимать шум, но решил сообщить.", "Извините за беспокойство, это мелочь.")),
                List.of("идиоты", "дерьмо"));
    }

    private static Phrases chinese() {
        return new Phrases(
                "zh",
                categories(
                        "我买的搅拌机用了两天就坏了。",
                        "外套的拉链第一次穿就开了。",
                        "维修人员没有完成安装就走了。",
                        "你们的客服没有回答我的问题就关闭了工单。",
                        "账单上有一项我没有订购的服务费用。",
                        "同一个订单被扣了两次款。",
                        "我的包裹晚到了一周，箱子也破了。",
                        "快递员把包裹放到了错误的地址。",
                        "店员在柜台对我很不礼貌。",
                        "司机拒绝帮我把货物搬进屋里。",
                        "我在电话里等了四十分钟才有人接。",
                        "在你们营业厅排队用了一个多小时。",
                        "别人的订单信息被发到了我的邮箱。",
                        "我的电话号码出现在另一位顾客的快递单上。",
                        "取暖器没有附带安全使用说明。",
                        "绿篱机的防护罩装不牢。",
                        "你们网站上的营业时间不正确。",
                        "你们通讯里的优惠码无法使用。"),
                List.of("请告诉我你们会如何处理。", "我希望退款。", "请核实后通过邮件回复我。", "希望能给我换一件新的。"),
                signals(
                        List.of("你们这群白痴。", "真是垃圾公司。"),
                        List.of("我会起诉你们公司。", "我的律师会联系你们。", "我要去法院告你们。"),
                        List.of("我要向消费者协会投诉。", "我会向市场监管部门举报你们。"),
                        List.of("充电器在桌上着火了。", "我的孩子被坏掉的零件弄伤了。", "水壶漏电把我电了一下。"),
                        List.of("我要注销账户，换别家。", "我再也不会在你们这里买东西了。"),
                        List.of("我会把这件事发到微博上。", "我要写差评让大家都知道你们怎么对待顾客。"),
                        List.of("请立刻解决。", "我要求今天就处理好。"),
                        List.of("这是我第三次联系你们了。", "这件事我已经打过两次电话了。"),
                        List.of("又是上个月那个同样的故障。", "这个问题每周都会发生。"),
                        List.of("不好意思打扰了，只是想告诉你们一下。", "这只是个小问题，麻烦看一下。")),
                List.of("白痴", "垃圾"));
    }

    private static Phrases estonian() {
        return new Phrases(
                "et",
                categories(
                        "Ostetud blender lakkas kahe päeva pärast töötamast.",
                        "Jope lukk läks katki juba esimesel kandmisel.",
                        "Tehnik lahkus paigaldust lõpetamata.",
                        "Teie klienditeenindaja sulges pöördumise minu küsimusele vastamata.",
                        "Arvel on tasu teenuse eest, mida ma ei tellinud.",
                        "Sama tellimuse eest võeti minult raha kaks korda.",
                        "Pakk saabus nädal hiljem ja karp oli katki.",
                        "Kuller jättis paki valele aadressile.",
                        "Müüja oli leti taga minuga ebaviisakas.",
                        "Autojuht keeldus aitamast tellimust tuppa kanda.",
                        "Ootasin liinil nelikümmend minutit, enne kui keegi vastas.",
                        "Järjekord teie esinduses võttis üle tunni.",
                        "Minu e-postile saadeti kellegi teise tellimuse andmed.",
                        "Minu telefoninumber oli teise kliendi saatelehel.",
                        "Kütteseadmega ei olnud kaasas ohutu kasutamise juhendit.",
                        "Hekilõikuri kaitsekate ei püsi korralikult kinni.",
                        "Teie veebilehel olevad lahtiolekuajad ei ole õiged.",
                        "Teie uudiskirja sooduskood ei tööta."),
                List.of(
                        "Palun andke teada, kuidas te selle lahendate.", "Sooviksin raha tagasi.",
                        "Palun uurige asja ja vastake e-posti teel.", "Oleksin tänulik asendustoote eest."),
                signals(
                        List.of("Te olete ikka täielikud idioodid.", "Kuradi lohakas firma."),
                        List.of(
                                "Ma annan teid kohtusse.",
                                "Minu advokaat võtab teiega ühendust.",
                                "Ma pöördun selle asjaga kohtusse."),
                        List.of(
                                "Ma pöördun Tarbijakaitse ja Tehnilise Järelevalve Ametisse.",
                                "Esitan kaebuse Finantsinspektsioonile."),
                        List.of(
                                "Laadija süttis laual põlema.",
                                "Mu laps sai katkise detaili tõttu vigastada.",
                                "Veekeetja lõi mulle elektrilööki."),
                        List.of("Ma lõpetan lepingu ja lähen konkurendi juurde.", "Rohkem ma teilt midagi ei osta."),
                        List.of(
                                "Kirjutan sellest sotsiaalmeedias.",
                                "Panen arvustuse üles, et kõik teaksid, kuidas te kliente kohtlete."),
                        List.of("Lahendage see kohe.", "Nõuan vastust juba täna."),
                        List.of(
                                "Pöördun teie poole juba kolmandat korda.",
                                "Olen teile selle pärast juba kaks korda helistanud."),
                        List.of("See on sama rike nagu eelmisel kuul.", "See juhtub iga nädal uuesti."),
                        List.of(
                                "Vabandust, et tülitan, see on vaid väike asi.",
                                "Ma ei taha suurt kära teha, aga andsin teada.")),
                List.of("idioodid", "kuradi"));
    }
}
