package org.complaintrules.drools.signals;

import java.util.Arrays;

/**
 * The quoted passages of a text whose words are not the customer's own, so that a word-list match
 * that lies entirely inside one does not count (a later match of the same signal outside them still
 * does): a title or name in quotes ("I bought the "Fire Starter" kit", «Пожар», 《火灾》), and the
 * company's own text quoted by the customer ("Your terms say: "Any dispute will be settled in
 * court."", "в договоре написано «...»", "合同上写着「……」").
 *
 * <h2>Quotes</h2>
 * Pairs of {@code "…"}, {@code “…”}, {@code „…“} (and {@code „…”}), {@code «…»}, {@code 「…」},
 * {@code 『…』}, {@code 《…》}, {@code 〈…〉}, and {@code "…''} (a {@code "} closed by two
 * apostrophes, as some forms write it); nested pairs are counted; single quotes are left alone (they
 * are apostrophes too). A {@code "} right after digits is an inch mark. A passage never crosses a
 * line break and holds at most {@value #MAX_TOKENS} tokens; a mark that is never closed opens
 * nothing, so nothing is discounted up to the end of the text.
 *
 * <h2>Which passages</h2>
 * <ul>
 *   <li>A title: {@code 《…》} and {@code 〈…〉} always (Chinese book-title marks). Otherwise at most
 *       {@value #MAX_TITLE_WORDS} words, and either a word that names a thing with a name stands
 *       right before or after the quote ("book", "plan", "kit", "called"; книга, тариф, магазин,
 *       под названием; raamat, pakett, pood, nimega; 品牌, 套餐, 名为), or the words are written as a
 *       name: the first with a capital, each other one with a capital or a small word such as "of"
 *       ("Court Street Deli", «Пожар»), some small letter among them (not a shouted "I WILL SUE"),
 *       no sentence ending inside and no colon before the quote (which introduces speech).</li>
 *   <li>The company's text: within {@value #INTRO_TOKENS} tokens before the opening mark, in its
 *       sentence, a document or the company's voice ("terms", "letter", "app", "SMS", "agent";
 *       договор, письмо, приложение; leping, kiri, rakendus; 合同, 短信, 客服) and a word that
 *       reports what it says ("say", "states", "told"; написано, пишет; on kirjas, ütles; 写着,
 *       说). Not when the customer is the one who says it: "I" or "we" right before the reporting
 *       word (я, мы; ma, me; 我 other than in "我收到"), or "my" or "our" right before the document
 *       (мой, наш; minu, oma): "I told your agent "I will sue"" and "Я написал: «подам в суд»"
 *       still count.</li>
 * </ul>
 * The words are compared in their folded form: a listed word with {@code *} also with up to a few
 * letters of ending ({@value #MAX_ENDING}: "тарифе", "lepingus"). Only a text with quotation
 * marks gets here ({@link Tokens#quoteSigns()}), so the rest of the texts pay nothing.
 */
final class QuotedSpans {

    /** Most words of a quoted title or name, unless Chinese title marks enclose it. */
    static final int MAX_TITLE_WORDS = 5;
    /** Most words of a quoted title with a word that names a thing next to it ("the book "..."). */
    static final int MAX_NAMED_WORDS = 8;
    /** Most tokens inside a pair of quotation marks for it to count as a quoted passage. */
    static final int MAX_TOKENS = 80;
    /** How many tokens before an opening mark may hold the words that introduce the company's text. */
    static final int INTRO_TOKENS = 8;
    /** Most letters after a listed word's {@code *} that a word of the text may have. */
    static final int MAX_ENDING = 3;
    /** How many tokens next to a quote a word naming a thing may be. */
    private static final int NAMING_REACH = 2;

    // the kinds of quotation marks, each paired with its own kind
    private static final int STRAIGHT = 0;
    private static final int CURLY = 1;
    private static final int LOW = 2;
    private static final int GUILLEMET = 3;
    private static final int CORNER = 4;
    private static final int WHITE_CORNER = 5;
    private static final int TITLE = 6;
    private static final int ANGLE = 7;
    private static final int KINDS = 8;
    /** Deepest nesting of one kind of mark that is followed. */
    private static final int DEPTH = 4;

    /** Words after which, or before which, a quote is a thing's name. */
    private static final String[] NAMING = {
        // en
        "book*",
        "novel*",
        "film*",
        "movie*",
        "series",
        "song*",
        "album*",
        "game*",
        "product*",
        "kit*",
        "toy*",
        "brand*",
        "model*",
        "plan",
        "plans",
        "tariff*",
        "package*",
        "bundle*",
        "scheme*",
        "programme*",
        "program",
        "programs",
        "service*",
        "option*",
        "offer*",
        "deal*",
        "promotion*",
        "promo*",
        "card*",
        "account*",
        "shop*",
        "store*",
        "restaurant*",
        "cafe*",
        "café*",
        "deli*",
        "hotel*",
        "pub*",
        "club*",
        "company",
        "firm",
        "firms",
        "magazine*",
        "newspaper*",
        "channel*",
        "podcast*",
        "course*",
        "event*",
        "ticket*",
        "tour*",
        "edition*",
        "episode*",
        "article*",
        "title*",
        "called",
        "named",
        "titled",
        "entitled",
        "branded",
        "labelled",
        "labeled",
        "policy",
        "policies",
        "insurance",
        "membership*",
        "subscription*",
        "tier*",
        "app",
        "apps",
        "range*",
        // ru
        "книг*",
        "роман*",
        "фильм*",
        "сериал*",
        "передач*",
        "песн*",
        "альбом*",
        "игр*",
        "игрушк*",
        "товар*",
        "набор*",
        "продукт*",
        "бренд*",
        "марк*",
        "модел*",
        "тариф*",
        "пакет*",
        "план*",
        "программ*",
        "услуг*",
        "опци*",
        "акци*",
        "предложени*",
        "карт*",
        "полис*",
        "страховк*",
        "магазин*",
        "ресторан*",
        "кафе",
        "отел*",
        "гостиниц*",
        "компани*",
        "фирм*",
        "журнал*",
        "газет*",
        "канал*",
        "курс*",
        "сервис*",
        "клуб*",
        "салон*",
        "центр*",
        "тц",
        "трц",
        "ооо",
        "оао",
        "зао",
        "пао",
        "ип",
        "назван*",
        "называ*",
        "именуем*",
        "приложени*",
        // et
        "raamat*",
        "romaan*",
        "film*",
        "sari*",
        "sarja*",
        "seriaal*",
        "saade",
        "saate*",
        "laul*",
        "album*",
        "mäng*",
        "toode",
        "toote*",
        "komplekt*",
        "kaubamärk*",
        "bränd*",
        "mudel*",
        "pakett*",
        "paketi*",
        "plaan*",
        "tariif*",
        "teenus*",
        "kampaania*",
        "pakkumi*",
        "kaart*",
        "kaardi*",
        "poliis*",
        "kindlustus*",
        "pood",
        "poe",
        "poes",
        "poest",
        "poodi",
        "kauplus*",
        "restoran*",
        "kohvik*",
        "hotell*",
        "firma*",
        "ettevõt*",
        "ajakiri",
        "ajakirja*",
        "ajaleht",
        "ajalehe*",
        "kanal*",
        "kursus*",
        "klubi*",
        "salong*",
        "keskus*",
        "nime",
        "nimega",
        "nimeline",
        "nimelise*",
        "rakendus*",
        "äpp*",
        "äpi*",
    };

    /** Chinese words before a quote that say it is a name. */
    private static final String[] NAMING_ZH_BEFORE = {
        "名为", "名叫", "叫做", "品牌", "牌子", "套餐", "产品", "商品", "电影", "节目", "小说", "游戏", "店名", "书名"
    };

    /** Chinese words right after a quote that say it was a name. */
    private static final String[] NAMING_ZH_AFTER = {
        "牌", "品牌", "套餐", "这本", "一书", "店", "系列", "产品", "商品", "电影", "节目", "小说", "游戏", "app"
    };

    /**
     * Documents and the company's voice: what they say is quoted, not said by the customer. Not a
     * device's screen, error or alert: "the charger's screen showed "Danger: overheating"" reports
     * the fault as it happens.
     */
    private static final String[] DOCUMENTS = {
        // en
        "term*",
        "condition*",
        "t&c",
        "t&cs",
        "contract*",
        "agreement*",
        "policy",
        "policies",
        "letter*",
        "email*",
        "mail*",
        "website*",
        "site*",
        "webpage*",
        "page*",
        "app",
        "apps",
        "application*",
        "message*",
        "msg",
        "sms",
        "text",
        "texts",
        "notification*",
        "notice*",
        "manual*",
        "instruction*",
        "guide*",
        "leaflet*",
        "label*",
        "form",
        "forms",
        "invoice*",
        "bill",
        "bills",
        "statement*",
        "receipt*",
        "brochure*",
        "advert*",
        "ad",
        "ads",
        "faq*",
        "chatbot*",
        "bot",
        "system*",
        "portal*",
        "agent*",
        "representative*",
        "rep",
        "reps",
        "advisor*",
        "adviser*",
        "operator*",
        "staff",
        "employee*",
        "manager*",
        "support",
        "team",
        "reply",
        "replies",
        "response*",
        "answer*",
        "voicemail*",
        "recording*",
        "document*",
        "sign",
        "signs",
        "banner*",
        "checkout",
        // ru
        "договор*",
        "услови*",
        "правил*",
        "оферт*",
        "соглашени*",
        "полис*",
        "письм*",
        "смс",
        "sms",
        "сообщени*",
        "уведомлени*",
        "оповещени*",
        "приложени*",
        "сайт*",
        "страниц*",
        "инструкци*",
        "памятк*",
        "буклет*",
        "квитанци*",
        "чек*",
        "счет*",
        "выписк*",
        "ответ*",
        "оператор*",
        "менеджер*",
        "сотрудник*",
        "консультант*",
        "специалист*",
        "поддержк*",
        "бот*",
        "чат*",
        "рассылк*",
        "реклам*",
        "объявлени*",
        "банкомат*",
        "терминал*",
        "систем*",
        "автоответчик*",
        "робот*",
        "пуш",
        "push",
        "кабинет*",
        "табличк*",
        "вывеск*",
        "ценник*",
        "этикетк*",
        "упаковк*",
        // et
        "tingimus*",
        "leping*",
        "reegl*",
        "kiri",
        "kirja*",
        "meil*",
        "sõnum*",
        "teade",
        "teate*",
        "teavitus*",
        "rakendus*",
        "äpp*",
        "äpi*",
        "kodulehe*",
        "koduleht*",
        "veebileh*",
        "lehel",
        "lehekülj*",
        "juhend*",
        "kasutusjuhend*",
        "arve*",
        "kviitung*",
        "vastus*",
        "vastuse*",
        "klienditeenindaja*",
        "klienditeenindus*",
        "teenindaja*",
        "operaator*",
        "töötaja*",
        "esindaja*",
        "tugi",
        "toe",
        "süsteem*",
        "reklaam*",
        "kuulutus*",
        "silt",
        "sildi*",
        "pakend*",
    };

    /** Words that report what a document or the company says (not a first-person form). */
    private static final String[] REPORTING = {
        // en
        "say",
        "says",
        "said",
        "saying",
        "state",
        "states",
        "stated",
        "stating",
        "read",
        "reads",
        "reading",
        "claim",
        "claims",
        "claimed",
        "claiming",
        "promise",
        "promises",
        "promised",
        "show",
        "shows",
        "showed",
        "showing",
        "shown",
        "display",
        "displays",
        "displayed",
        "displaying",
        "tell",
        "tells",
        "told",
        "telling",
        "warn",
        "warns",
        "warned",
        "warning",
        "note",
        "notes",
        "noted",
        "mention",
        "mentions",
        "mentioned",
        "declare",
        "declares",
        "declared",
        "specify",
        "specifies",
        "specified",
        "inform",
        "informs",
        "informed",
        "informing",
        "write",
        "writes",
        "written",
        "replied",
        "answered",
        "responded",
        "reply",
        "replies",
        // ru
        "написано",
        "пишет",
        "пишут",
        "писали",
        "написал",
        "написала",
        "написали",
        "сказано",
        "сказал",
        "сказала",
        "сказали",
        "говорится",
        "говорит",
        "говорят",
        "говорил",
        "говорила",
        "говорили",
        "указано",
        "гласит",
        "значится",
        "сообщает",
        "сообщают",
        "сообщил",
        "сообщила",
        "сообщило",
        "сообщили",
        "выдает",
        "выдало",
        "выдал",
        "выдала",
        "высвечивается",
        "высветилось",
        "появилось",
        "появляется",
        "пришло",
        "пришла",
        "пришел",
        "пришли",
        "приходит",
        "ответил",
        "ответила",
        "ответили",
        "отвечает",
        "заявил",
        "заявила",
        "заявили",
        "заявлено",
        "обещают",
        "обещали",
        "обещано",
        "утверждает",
        "утверждают",
        "уверяют",
        "уверяли",
        "прописано",
        "отмечено",
        "стоит",
        "висит",
        "предупреждает",
        "предупредили",
        // et
        "kirjas",
        "kirjutatud",
        "kirjutab",
        "kirjutas",
        "kirjutasid",
        "kirjutati",
        "öeldakse",
        "öeldud",
        "ütleb",
        "ütles",
        "ütlesid",
        "öeldi",
        "seisab",
        "seisis",
        "näitab",
        "näitas",
        "näidati",
        "teatab",
        "teatas",
        "teatasid",
        "teatati",
        "lubab",
        "lubas",
        "lubasid",
        "lubati",
        "vastas",
        "vastasid",
        "vastati",
        "hoiatab",
        "hoiatas",
        "väidab",
        "väitis",
        "väideti",
        "tuli",
        "ilmus",
        "ilmub",
        "kinnitas",
        "kinnitab",
    };

    /** The customer reading the company's text, which is then quoted ("I read in your terms:"). */
    private static final String[] READING = {
        "read",
        "saw",
        "see",
        "прочитал",
        "прочитала",
        "прочитали",
        "прочла",
        "читаю",
        "видел",
        "видела",
        "увидел",
        "увидела",
        "вижу",
        "lugesin",
        "lugesime",
        "nägin",
        "nägime"
    };

    /** The customer as the one who speaks, right before a reporting word. */
    private static final String[] SPEAKER = {"i", "we", "i've", "i'd", "we've", "we'd", "я", "мы", "ma", "mina", "meie"
    };

    /** Right after the customer as the speaker: the company's text reached them ("I got an SMS saying"). */
    private static final String[] RECEIVING = {
        "got",
        "get",
        "received",
        "receive",
        "saw",
        "see",
        "found",
        "noticed",
        "read",
        "получил",
        "получила",
        "получили",
        "увидел",
        "увидела",
        "видел",
        "видела",
        "вижу",
        "нашел",
        "нашла",
        "прочитал",
        "прочитала",
        "sain",
        "saime",
        "nägin",
        "nägime",
        "lugesin",
        "lugesime"
    };

    /** The customer's own document, right before it. */
    private static final String[] OWN = {
        "my", "our", "мой", "моем", "моего", "моему", "моим", "моя", "моей", "мою", "мое", "мои", "моих",
        "наш", "нашем", "нашего", "нашей", "нашу", "наша", "наше", "наши", "наших", "mu", "minu", "meie", "oma"
    };

    private static final String[] DOCUMENTS_ZH = {
        "合同", "条款", "协议", "规定", "说明书", "说明", "短信", "信息", "消息", "邮件", "来信", "信上", "信里", "网站", "官网", "网页", "页面", "系统",
        "通知", "公告", "广告", "客服", "工作人员", "店家", "商家", "卖家", "回复", "发票", "app", "sms", "应用", "软件", "小程序", "标签", "包装"
    };

    private static final String[] REPORTING_ZH = {
        "写着", "写的", "写道", "说", "显示", "提示", "称", "表示", "注明", "规定", "告知", "回复", "答复", "通知", "弹出", "标明", "声称", "承诺"
    };

    /** After 我 ("I"), the characters of receiving or seeing: "我收到短信说" is the company's text. */
    private static final String RECEIVING_ZH = "收接看们";

    /** Small words that a name in title case writes in small letters. */
    private static final String[] SMALL_WORDS = {
        "a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "by", "with", "de", "и", "в", "на", "с",
        "за", "по", "для", "из", "от", "о", "ja", "ning"
    };

    /** The first token inside each discounted passage. */
    private final int[] from;
    /** The closing mark of each discounted passage (the token past its inside). */
    private final int[] to;

    private final int count;

    private QuotedSpans(int[] from, int[] to, int count) {
        this.from = from;
        this.to = to;
        this.count = count;
    }

    /**
     * @param text the folded text
     * @param tokens its tokens
     * @return the passages whose words are not the customer's own, or {@code null} when there are none
     *     (so always when the text has no quotation marks)
     */
    static QuotedSpans of(NormalizedText text, Tokens tokens) {
        if (tokens.quoteSigns() == 0) {
            return null;
        }
        char[] symbols = text.symbols();
        int[][] open = new int[KINDS][DEPTH];
        int[] depth = new int[KINDS];
        Builder found = new Builder();
        int n = tokens.size();
        for (int t = 0; t < n; t++) {
            if (tokens.kind(t) != Tokens.SIGN) {
                continue;
            }
            int at = tokens.start(t);
            char c = symbols[at];
            if (!CharClass.is(c, CharClass.QUOTE)) {
                continue;
            }
            switch (c) {
                case '"' -> {
                    if (at > 0 && symbols[at - 1] == NormalizedText.NUMBER) {
                        continue; // 27" is an inch mark
                    }
                    if (depth[STRAIGHT] > 0) {
                        int o = open[STRAIGHT][0];
                        depth[STRAIGHT] = 0;
                        if (!found.consider(text, tokens, o, t, STRAIGHT)) {
                            // no passage (a line break or too long): this mark may open one
                            open[STRAIGHT][0] = t;
                            depth[STRAIGHT] = 1;
                        }
                    } else {
                        open[STRAIGHT][0] = t;
                        depth[STRAIGHT] = 1;
                    }
                }
                case '\'' -> {
                    // '' closes a "; a lone ' is an apostrophe
                    if (t + 1 < n && tokens.start(t + 1) == at + 1 && symbols[at + 1] == '\'') {
                        if (depth[STRAIGHT] > 0) {
                            depth[STRAIGHT] = 0;
                            found.consider(text, tokens, open[STRAIGHT][0], t, STRAIGHT);
                        }
                        t++;
                    }
                }
                case '\u201C' -> {
                    if (depth[LOW] > 0) {
                        close(text, tokens, open, depth, LOW, t, found);
                    } else {
                        push(open, depth, CURLY, t);
                    }
                }
                case '\u201D' -> {
                    if (depth[CURLY] > 0) {
                        close(text, tokens, open, depth, CURLY, t, found);
                    } else if (depth[LOW] > 0) {
                        close(text, tokens, open, depth, LOW, t, found);
                    }
                }
                case '\u201E' -> push(open, depth, LOW, t);
                case '\u00AB' -> push(open, depth, GUILLEMET, t);
                case '\u00BB' -> close(text, tokens, open, depth, GUILLEMET, t, found);
                case '\u300C' -> push(open, depth, CORNER, t);
                case '\u300D' -> close(text, tokens, open, depth, CORNER, t, found);
                case '\u300E' -> push(open, depth, WHITE_CORNER, t);
                case '\u300F' -> close(text, tokens, open, depth, WHITE_CORNER, t, found);
                case '\u300A' -> push(open, depth, TITLE, t);
                case '\u300B' -> close(text, tokens, open, depth, TITLE, t, found);
                case '\u3008' -> push(open, depth, ANGLE, t);
                case '\u3009' -> close(text, tokens, open, depth, ANGLE, t, found);
                default -> {}
            }
        }
        return found.count == 0 ? null : new QuotedSpans(found.from, found.to, found.count);
    }

    private static void push(int[][] open, int[] depth, int kind, int t) {
        if (depth[kind] == DEPTH) {
            // deeper than followed: the innermost pairs are kept
            System.arraycopy(open[kind], 1, open[kind], 0, DEPTH - 1);
            depth[kind]--;
        }
        open[kind][depth[kind]++] = t;
    }

    private static void close(
            NormalizedText text, Tokens tokens, int[][] open, int[] depth, int kind, int t, Builder found) {
        if (depth[kind] > 0) {
            found.consider(text, tokens, open[kind][--depth[kind]], t, kind);
        }
    }

    /**
     * @param s the first token of a match
     * @param end the token past its last
     * @return whether the match lies entirely inside one of the passages
     */
    boolean covers(int s, int end) {
        for (int k = 0; k < count; k++) {
            if (from[k] <= s && end <= to[k]) {
                return true;
            }
        }
        return false;
    }

    /** @return how many passages are discounted (for tests) */
    int size() {
        return count;
    }

    /** The passages found so far. */
    private static final class Builder {
        int[] from = new int[4];
        int[] to = new int[4];
        int count;

        /**
         * Weighs the passage between the marks {@code o} and {@code c}, and keeps it when its words
         * are not the customer's.
         *
         * @return whether it is a passage at all: not empty, not too long, on one line
         */
        boolean consider(NormalizedText text, Tokens tokens, int o, int c, int kind) {
            if (c - o < 2 || c - o - 1 > MAX_TOKENS) {
                return false;
            }
            char[] symbols = text.symbols();
            for (int k = tokens.end(o); k < tokens.start(c); k++) {
                if (symbols[k] == '\n') {
                    return false;
                }
            }
            if (kind == TITLE || kind == ANGLE || isName(text, tokens, o, c) || isCompanyText(text, tokens, o)) {
                if (count == from.length) {
                    from = Arrays.copyOf(from, count * 2);
                    to = Arrays.copyOf(to, count * 2);
                }
                from[count] = o + 1;
                to[count] = c;
                count++;
            }
            return true;
        }
    }

    /** @return whether the passage between marks o and c is a title or a name */
    private static boolean isName(NormalizedText text, Tokens tokens, int o, int c) {
        int words = 0;
        boolean sentenceEnd = false;
        boolean han = false;
        for (int k = o + 1; k < c; k++) {
            int kind = tokens.kind(k);
            if (kind == Tokens.WORD) {
                words++;
            } else if (kind == Tokens.UNSPACED) {
                han = true;
            } else if (kind == Tokens.SIGN && CharClass.is(text.symbol(tokens.start(k)), CharClass.SENTENCE_END)) {
                sentenceEnd = true;
            }
        }
        if (words > MAX_NAMED_WORDS || (words == 0 && !han)) {
            return false;
        }
        if (namedNear(text, tokens, o, c)) {
            return true;
        }
        if (words > MAX_TITLE_WORDS || sentenceEnd || han || (o > 0 && text.symbol(tokens.start(o - 1)) == ':')) {
            return false;
        }
        return writtenAsName(text, tokens, o, c);
    }

    /** @return whether a word that names a thing stands next to the quote, in its sentence */
    private static boolean namedNear(NormalizedText text, Tokens tokens, int o, int c) {
        int sentence = tokens.sentence(o);
        for (int k = o - 1; k >= 0 && k >= o - NAMING_REACH && tokens.sentence(k) == sentence; k--) {
            if (tokens.kind(k) != Tokens.WORD) {
                break;
            }
            if (listed(tokens.text(text, k), NAMING)) {
                return true;
            }
        }
        for (int k = c + 1; k < tokens.size() && k <= c + NAMING_REACH && tokens.sentence(k) == sentence; k++) {
            if (tokens.kind(k) != Tokens.WORD) {
                break;
            }
            if (listed(tokens.text(text, k), NAMING)) {
                return true;
            }
        }
        String before = chineseBefore(text, tokens, o, 4);
        if (before != null && containsAny(before, NAMING_ZH_BEFORE) >= 0) {
            return true;
        }
        if (c + 1 < tokens.size() && tokens.kind(c + 1) != Tokens.SIGN) {
            int end = tokens.end(Math.min(tokens.size() - 1, c + 3));
            String after = new String(text.symbols(), tokens.start(c + 1), end - tokens.start(c + 1));
            for (String w : NAMING_ZH_AFTER) {
                if (after.startsWith(w)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * @return whether the words between marks o and c are written as a name: the first with a
     *     capital, each other one with a capital or a small word, and a small letter among them
     */
    private static boolean writtenAsName(NormalizedText text, Tokens tokens, int o, int c) {
        char[] original = text.original();
        boolean small = false;
        boolean first = true;
        for (int k = o + 1; k < c; k++) {
            if (tokens.kind(k) != Tokens.WORD) {
                if (first && tokens.kind(k) != Tokens.NUMBER) {
                    return false; // a name starts with a word or a number
                }
                continue;
            }
            int from = text.from(tokens.start(k));
            int to = text.to(tokens.end(k) - 1);
            boolean capital = CharClass.is(original[from], CharClass.UPPER);
            if (!capital && (first || !listed(tokens.text(text, k), SMALL_WORDS))) {
                return false;
            }
            first = false;
            for (int i = from; i < to && !small; i++) {
                small = CharClass.is(original[i], CharClass.LOWER);
            }
        }
        return small;
    }

    /**
     * @return whether the words before mark o, in its sentence, introduce the company's text: a
     *     document or the company's voice and a word that reports what it says, not said by the customer
     */
    private static boolean isCompanyText(NormalizedText text, Tokens tokens, int o) {
        int sentence = tokens.sentence(o);
        int lo = o;
        while (lo > 0 && lo > o - INTRO_TOKENS && tokens.sentence(lo - 1) == sentence) {
            lo--;
        }
        if (lo == o) {
            return false;
        }
        int reporting = -1;
        boolean reportedBySpeaker = false;
        int speaker = -1;
        boolean speakerReceives = false;
        boolean document = false;
        boolean unspaced = false;
        for (int k = lo; k < o; k++) {
            int kind = tokens.kind(k);
            if (kind == Tokens.UNSPACED) {
                unspaced = true;
                continue;
            }
            if (kind != Tokens.WORD) {
                continue;
            }
            String w = tokens.text(text, k);
            if (listed(w, SPEAKER)) {
                speaker = k;
                speakerReceives =
                        k + 1 < o && tokens.kind(k + 1) == Tokens.WORD && listed(tokens.text(text, k + 1), RECEIVING);
            }
            if (listed(w, DOCUMENTS) && !spokenBy(text, tokens, k, lo, OWN)) {
                // "I sent a letter saying": the customer's own; "I got an SMS saying": the company's
                document |= speaker < 0 || speakerReceives;
            }
            if (listed(w, READING)) {
                reporting = k; // "I read in your terms:": the customer reads, the document speaks
                reportedBySpeaker = false;
            } else if (listed(w, REPORTING)) {
                reporting = k;
                reportedBySpeaker = spokenBy(text, tokens, k, lo, SPEAKER); // "I said", "я сказал"
            }
        }
        if (reporting >= 0 && document) {
            // not when the customer speaks after it: "the letter said nothing, so I wrote "...""
            return !reportedBySpeaker && speaker < reporting;
        }
        if (!unspaced) {
            return false;
        }
        String before = chineseBefore(text, tokens, o, INTRO_TOKENS + 4);
        int say = -1;
        for (String w : REPORTING_ZH) {
            say = Math.max(say, before.lastIndexOf(w));
        }
        if (say <= 0) {
            return false;
        }
        int noun = containsAny(before.substring(0, say), DOCUMENTS_ZH);
        if (noun < 0) {
            return false;
        }
        for (int i = before.indexOf('我'); i >= 0 && i < say; i = before.indexOf('我', i + 1)) {
            if (i + 1 >= before.length() || RECEIVING_ZH.indexOf(before.charAt(i + 1)) < 0) {
                return false; // "我跟客服说", "我在邮件里说"
            }
        }
        return true;
    }

    /** @return whether one of the words, within two words before token k (not before lo), is listed */
    private static boolean spokenBy(NormalizedText text, Tokens tokens, int k, int lo, String[] words) {
        for (int j = k - 1; j >= lo && j >= k - 2; j--) {
            if (tokens.kind(j) == Tokens.WORD && listed(tokens.text(text, j), words)) {
                return true;
            }
        }
        return false;
    }

    /**
     * @return the folded symbols of up to {@code reach} tokens before mark o in its sentence, or
     *     {@code null} when there are none
     */
    private static String chineseBefore(NormalizedText text, Tokens tokens, int o, int reach) {
        int sentence = tokens.sentence(o);
        int lo = o;
        while (lo > 0 && lo > o - reach && tokens.sentence(lo - 1) == sentence) {
            lo--;
        }
        if (lo == o) {
            return null;
        }
        return new String(text.symbols(), tokens.start(lo), tokens.start(o) - tokens.start(lo));
    }

    /** @return where the first of the words occurs in s, or -1 */
    private static int containsAny(String s, String[] words) {
        int at = -1;
        for (String w : words) {
            int i = s.indexOf(w);
            if (i >= 0 && (at < 0 || i < at)) {
                at = i;
            }
        }
        return at;
    }

    /**
     * @param w a folded word
     * @param list words, a {@code *} at the end allowing up to {@value #MAX_ENDING} more letters
     * @return whether the word is in the list
     */
    static boolean listed(String w, String[] list) {
        for (String entry : list) {
            int last = entry.length() - 1;
            if (entry.charAt(last) == '*') {
                if (w.length() >= last && w.length() <= last + MAX_ENDING && w.startsWith(entry.substring(0, last))) {
                    return true;
                }
            } else if (w.equals(entry)) {
                return true;
            }
        }
        return false;
    }
}
