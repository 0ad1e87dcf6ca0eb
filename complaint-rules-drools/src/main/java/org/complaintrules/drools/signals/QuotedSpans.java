package org.complaintrules.drools.signals;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

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
 *       no sentence ending inside, and the quote neither opens a sentence nor follows a colon (where
 *       it is as often speech).</li>
 *   <li>The company's text: within {@value #INTRO_TOKENS} tokens before the opening mark, in its
 *       sentence, a document or the company's voice ("terms", "letter", "app", "SMS", "agent";
 *       договор, письмо, приложение; leping, kiri, rakendus; 合同, 短信, 客服) and a word that
 *       reports what it says ("say", "states", "told"; написано, пишет; on kirjas, ütles; 写着,
 *       说). Not when the customer is the one who says it: "I" or "we" right before the reporting
 *       word (я, мы; ma, meie; 我 other than in "我收到"), "my" or "our" right before the document
 *       (мой, наш; minu, oma), the customer before the document ("I sent a letter saying"), or the
 *       document spoken to ("跟客服说"); a past form that may have the customer as its left-out
 *       subject (сказал, написал) counts only right after the document ("Оператор мне сказал", not
 *       "Написал в поддержку", "В письме написал"). So "I told your agent "I will sue"" and "Я
 *       написал: «подам в суд»" still count.</li>
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
    private static final String[] NAMING = words("""
            book* novel* film* movie* series song* album* game* product* kit* toy* brand* model*
            plan plans tariff* package* bundle* scheme* programme* program programs service* option*
            offer* deal* promotion* promo* card* account* shop* store* restaurant* cafe* café* deli*
            hotel* pub* club* company firm firms magazine* newspaper* channel* podcast* course*
            event* ticket* tour* edition* episode* article* title* called named titled entitled
            branded labelled labeled policy policies insurance membership* subscription* tier* app
            apps range*
            книг* роман* фильм* сериал* передач* песн* альбом* игр* игрушк* товар* набор* продукт*
            бренд* марк* модел* тариф* пакет* план* программ* услуг* опци* акци* предложени* карт*
            полис* страховк* магазин* ресторан* кафе отел* гостиниц* компани* фирм* журнал* газет*
            канал* курс* сервис* клуб* салон* центр* тц трц ооо оао зао пао ип назван* называ*
            именуем* приложени*
            raamat* romaan* film* sari* sarja* seriaal* saade saate* laul* album* mäng* toode toote*
            komplekt* kaubamärk* bränd* mudel* pakett* paketi* plaan* tariif* teenus* kampaania*
            pakkumi* kaart* kaardi* poliis* kindlustus* pood poe poes poest poodi kauplus* restoran*
            kohvik* hotell* firma* ettevõt* ajakiri ajakirja* ajaleht ajalehe* kanal* kursus* klubi*
            salong* keskus* nime nimega nimeline nimelise* rakendus* äpp* äpi*
            """);

    /** Chinese words before a quote that say it is a name. */
    private static final String[] NAMING_ZH_BEFORE = words("""
            名为 名叫 叫做 品牌 牌子 套餐 产品 商品 电影 节目 小说 游戏 店名 书名
            """);

    /** Chinese words right after a quote that say it was a name. */
    private static final String[] NAMING_ZH_AFTER = words("""
            牌 品牌 套餐 这本 一书 店 系列 产品 商品 电影 节目 小说 游戏
            """);

    /**
     * Documents and the company's voice: what they say is quoted, not said by the customer. Not a
     * device's screen, error or alert: "the charger's screen showed "Danger: overheating"" reports
     * the fault as it happens.
     */
    private static final String[] DOCUMENTS = words("""
            term* condition* t&c t&cs contract* agreement* policy policies letter* email* mail*
            website* site* webpage* page* app apps application* message* msg sms text texts
            notification* notice* manual* instruction* guide* leaflet* label* form forms invoice*
            bill bills statement* receipt* brochure* advert* ad ads faq* chatbot* bot system*
            portal* agent* representative* rep reps advisor* adviser* operator* staff employee*
            manager* support team reply replies response* answer* voicemail* recording* document*
            sign signs banner* checkout
            договор* услови* правил* оферт* соглашени* полис* письм* смс sms сообщени* уведомлени*
            оповещени* приложени* сайт* страниц* инструкци* памятк* буклет* квитанци* чек* счет*
            выписк* ответ* оператор* менеджер* сотрудник* консультант* специалист* поддержк* бот*
            чат* рассылк* реклам* объявлени* банкомат* терминал* систем* автоответчик* робот* пуш
            push кабинет* табличк* вывеск* ценник* этикетк* упаковк*
            tingimus* leping* reegl* kiri kirja* meil* sõnum* teade teate* teavitus* rakendus* äpp*
            äpi* kodulehe* koduleht* veebileh* lehel lehekülj* juhend* kasutusjuhend* arve*
            kviitung* vastus* vastuse* klienditeenindaja* klienditeenindus* teenindaja* operaator*
            töötaja* esindaja* tugi toe süsteem* reklaam* kuulutus* silt sildi* pakend*
            """);

    /** Words that report what a document or the company says (not a first-person form). */
    private static final String[] REPORTING = words("""
            say says said saying state states stated stating read reads reading claim claims claimed
            claiming promise promises promised show shows showed showing shown display displays
            displayed displaying tell tells told telling warn warns warned warning note notes noted
            mention mentions mentioned declare declares declared specify specifies specified inform
            informs informed informing write writes written replied answered responded reply replies
            написано пишет пишут писали написал написала написали сказано сказал сказала сказали
            говорится говорит говорят говорил говорила говорили указано гласит значится сообщает
            сообщают сообщил сообщила сообщило сообщили выдает выдало выдал выдала высвечивается
            высветилось появилось появляется пришло пришла пришел пришли приходит ответил ответила
            ответили отвечает заявил заявила заявили заявлено обещают обещали обещано утверждает
            утверждают уверяют уверяли прописано отмечено стоит висит предупреждает предупредили
            kirjas kirjutatud kirjutab kirjutas kirjutasid kirjutati öeldakse öeldud ütleb ütles
            ütlesid öeldi seisab seisis näitab näitas näidati teatab teatas teatasid teatati lubab
            lubas lubasid lubati vastas vastasid vastati hoiatab hoiatas väidab väitis väideti tuli
            ilmus ilmub kinnitas kinnitab
            """);

    /**
     * Reporting words that are the customer's own as often, the subject left out ("Написал в
     * поддержку: «...»" is the customer writing): they count only with the document right before
     * them, not after a preposition ("Оператор мне сказал", not "В письме написал").
     */
    private static final String[] AMBIGUOUS_PAST = words("""
            написал написала сказал сказала ответил ответила заявил заявила сообщил сообщила говорил
            говорила выдал выдала
            """);

    /** Prepositions before a document that make it no subject ("в письме", "на сайте"). */
    private static final String[] PREPOSITIONS = words("""
            в во на по к ко от у из с со о об для через при
            """);

    /** Before a Chinese document, characters that make it the one spoken to ("跟客服说"). */
    private static final String SPOKEN_TO_ZH = "跟和给对向问";

    /** The customer reading the company's text, which is then quoted ("I read in your terms:"). */
    private static final String[] READING = words("""
            read saw see прочитал прочитала прочитали прочла читаю видел видела увидел увидела вижу
            lugesin lugesime nägin nägime
            """);

    /** The customer as the one who speaks, right before a reporting word. */
    private static final String[] SPEAKER = words("""
            i we i've i'd we've we'd я мы ma mina meie
            """);

    /** Right after the customer as the speaker: the company's text reached them ("I got an SMS saying"). */
    private static final String[] RECEIVING = words("""
            got get received receive saw see found noticed read получил получила получили увидел
            увидела видел видела вижу нашел нашла прочитал прочитала sain saime nägin nägime lugesin
            lugesime
            """);

    /** The customer's own document, right before it. */
    private static final String[] OWN = words("""
            my our мой моем моего моему моим моя моей мою мое мои моих наш нашем нашего нашей нашу
            наша наше наши наших mu minu meie oma
            """);

    private static final String[] DOCUMENTS_ZH = words("""
            合同 条款 协议 规定 说明书 说明 短信 信息 消息 邮件 来信 信上 信里 网站 官网 网页 页面 系统 通知 公告 广告 客服 工作人员 店家 商家 卖家 回复 发票
            app sms 应用 软件 小程序 标签 包装
            """);

    private static final String[] REPORTING_ZH = words("""
            写着 写的 写道 说 显示 提示 称 表示 注明 规定 告知 回复 答复 通知 弹出 标明 声称 承诺
            """);

    /** After 我 ("I"), the characters of receiving or seeing: "我收到短信说" is the company's text. */
    private static final String RECEIVING_ZH = "收接看们";

    /** Small words that a name in title case writes in small letters. */
    private static final String[] SMALL_WORDS = words("""
            a an the of and or in on at to for by with de и в на с за по для из от о ja ning
            """);

    // what a word is, as bits: one lookup of the word and one of each of its shorter forms
    private static final int NAMES = 1;
    private static final int DOCUMENT = 2;
    private static final int REPORTS = 4;
    private static final int READS = 8;
    private static final int SPEAKS = 16;
    private static final int MINE = 32;
    private static final int RECEIVES = 64;
    private static final int SMALL = 128;
    private static final int AMBIGUOUS = 512;
    private static final int PREPOSITION = 1024;

    /** In the Chinese lists: a word right after a quote that says it was a name. */
    private static final int NAMED = 256;

    /** The first characters of the Chinese words, sorted; per first character, its words and their bits. */
    private static final char[] CHINESE_FIRST;

    private static final String[][] CHINESE_WORDS;
    private static final int[][] CHINESE_BITS;

    static {
        Map<String, Integer> chinese = new java.util.LinkedHashMap<>();
        for (String[] list : new String[][] {NAMING_ZH_BEFORE, NAMING_ZH_AFTER, DOCUMENTS_ZH, REPORTING_ZH}) {
            int bit = list == NAMING_ZH_BEFORE
                    ? NAMES
                    : list == NAMING_ZH_AFTER ? NAMED : list == DOCUMENTS_ZH ? DOCUMENT : REPORTS;
            for (String w : list) {
                chinese.merge(w, bit, (x, y) -> x | y);
            }
        }
        StringBuilder first = new StringBuilder();
        for (String w : chinese.keySet()) {
            if (first.indexOf(w.substring(0, 1)) < 0) {
                first.append(w.charAt(0));
            }
        }
        CHINESE_FIRST = first.toString().toCharArray();
        Arrays.sort(CHINESE_FIRST);
        CHINESE_WORDS = new String[CHINESE_FIRST.length][];
        CHINESE_BITS = new int[CHINESE_FIRST.length][];
        for (int f = 0; f < CHINESE_FIRST.length; f++) {
            char c = CHINESE_FIRST[f];
            List<String> words =
                    chinese.keySet().stream().filter(w -> w.charAt(0) == c).toList();
            CHINESE_WORDS[f] = words.toArray(new String[0]);
            CHINESE_BITS[f] = words.stream().mapToInt(chinese::get).toArray();
        }
    }

    /**
     * The listed words (without {@code *}) in an open-addressing table by their {@link
     * String#hashCode()}, so that a word of the text and its shorter forms are looked up from its
     * symbols, without making strings: the word, its bits as a whole word, its bits as a start.
     */
    private static final String[] TABLE_WORDS = new String[4096];

    private static final int[] TABLE_HASH = new int[TABLE_WORDS.length];
    private static final int[] TABLE_WHOLE = new int[TABLE_WORDS.length];
    private static final int[] TABLE_START = new int[TABLE_WORDS.length];
    /** Longest listed word, with the letters of ending a start may have. */
    private static int longestWord;

    static {
        add(NAMING, NAMES);
        add(DOCUMENTS, DOCUMENT);
        add(REPORTING, REPORTS);
        add(READING, READS);
        add(SPEAKER, SPEAKS);
        add(OWN, MINE);
        add(RECEIVING, RECEIVES);
        add(SMALL_WORDS, SMALL);
        add(AMBIGUOUS_PAST, AMBIGUOUS);
        add(PREPOSITIONS, PREPOSITION);
    }

    /** @return the words of a list written in a text block, separated by white space */
    private static String[] words(String list) {
        return list.strip().split("\\s+");
    }

    private static void add(String[] list, int bit) {
        for (String entry : list) {
            boolean start = entry.endsWith("*");
            String word = start ? entry.substring(0, entry.length() - 1) : entry;
            int slot = slot(word.hashCode());
            while (TABLE_WORDS[slot] != null && !TABLE_WORDS[slot].equals(word)) {
                slot = (slot + 1) & (TABLE_WORDS.length - 1);
            }
            TABLE_WORDS[slot] = word;
            TABLE_HASH[slot] = word.hashCode();
            if (start) {
                TABLE_START[slot] |= bit;
            } else {
                TABLE_WHOLE[slot] |= bit;
            }
            longestWord = Math.max(longestWord, word.length() + (start ? MAX_ENDING : 0));
        }
    }

    /**
     * Per token, the end (the closing mark) of the discounted passage that holds it and reaches
     * furthest, or 0: a match is inside a passage when its first token's reach is at least its end.
     */
    private final int[] reach;
    /** The first token inside a discounted passage: {@link #reach} starts there. */
    private final int first;

    private final int count;

    private QuotedSpans(int[] from, int[] to, int count) {
        int lo = Integer.MAX_VALUE;
        int hi = 0;
        for (int k = 0; k < count; k++) {
            lo = Math.min(lo, from[k]);
            hi = Math.max(hi, to[k]);
        }
        this.first = lo;
        this.reach = new int[hi - lo];
        this.count = count;
        for (int k = 0; k < count; k++) {
            for (int t = from[k]; t < to[k]; t++) {
                reach[t - lo] = Math.max(reach[t - lo], to[k]);
            }
        }
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
        int marks = tokens.quoteSigns();
        for (int q = 0; q < marks; q++) {
            int t = tokens.quoteSign(q);
            int at = tokens.start(t);
            char c = symbols[at];
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
                    if (q + 1 < marks && tokens.quoteSign(q + 1) == t + 1 && symbols[at + 1] == '\'') {
                        if (depth[STRAIGHT] > 0) {
                            depth[STRAIGHT] = 0;
                            found.consider(text, tokens, open[STRAIGHT][0], t, STRAIGHT);
                        }
                        q++;
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
        return s >= first && s - first < reach.length && reach[s - first] >= end;
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
            for (int k = o; k < c; k++) {
                // a sentence ends at a line break and at . ! ? ;: a step the sign does not explain is a line break
                int step = tokens.sentence(k + 1) - tokens.sentence(k);
                boolean sign = tokens.kind(k) == Tokens.SIGN
                        && CharClass.is(text.symbol(tokens.start(k)), CharClass.SENTENCE_END);
                if (step > (sign ? 1 : 0)) {
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
        // a quote that opens a sentence, or follows a colon, is speech as often as a name: "Впаривают"
        if (words > MAX_TITLE_WORDS
                || sentenceEnd
                || han
                || o == 0
                || tokens.sentence(o - 1) != tokens.sentence(o)
                || text.symbol(tokens.start(o - 1)) == ':') {
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
            if ((bits(text, tokens, k) & NAMES) != 0) {
                return true;
            }
        }
        for (int k = c + 1; k < tokens.size() && k <= c + NAMING_REACH && tokens.sentence(k) == sentence; k++) {
            if (tokens.kind(k) != Tokens.WORD) {
                break;
            }
            if ((bits(text, tokens, k) & NAMES) != 0) {
                return true;
            }
        }
        char[] symbols = text.symbols();
        if (o > 0 && tokens.kind(o - 1) == Tokens.UNSPACED) {
            int from = chineseFrom(tokens, o, NAMING_REACH + 2);
            for (int i = from; i < tokens.start(o); i++) {
                if (chineseWordAt(symbols, i, tokens.start(o), NAMES) > 0) {
                    return true;
                }
            }
        }
        if (c + 1 < tokens.size() && tokens.kind(c + 1) == Tokens.UNSPACED) {
            int end = tokens.end(Math.min(tokens.size() - 1, c + NAMING_REACH + 1));
            if (chineseWordAt(symbols, tokens.start(c + 1), end, NAMED) > 0) {
                return true;
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
            if (!capital && (first || (bits(text, tokens, k) & SMALL) == 0)) {
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
            int bits = bits(text, tokens, k);
            if (bits == 0) {
                continue;
            }
            if ((bits & SPEAKS) != 0) {
                speaker = k;
                speakerReceives = k + 1 < o && (bits(text, tokens, k + 1) & RECEIVES) != 0;
            }
            if ((bits & DOCUMENT) != 0 && !spokenBy(text, tokens, k, lo, MINE)) {
                // "I sent a letter saying": the customer's own; "I got an SMS saying": the company's
                document |= speaker < 0 || speakerReceives;
            }
            if ((bits & READS) != 0) {
                reporting = k; // "I read in your terms:": the customer reads, the document speaks
                reportedBySpeaker = false;
            } else if ((bits & REPORTS) != 0 && ((bits & AMBIGUOUS) == 0 || saidBySubject(text, tokens, k, lo))) {
                reporting = k;
                reportedBySpeaker = spokenBy(text, tokens, k, lo, SPEAKS); // "I said", "я сказал"
            }
        }
        if (reporting >= 0 && document) {
            // not when the customer speaks after it: "the letter said nothing, so I wrote "...""
            return !reportedBySpeaker && speaker < reporting;
        }
        if (!unspaced) {
            return false;
        }
        char[] symbols = text.symbols();
        int from = chineseFrom(tokens, o, INTRO_TOKENS + 4);
        int to = tokens.start(o);
        int say = -1;
        int documentEnd = Integer.MAX_VALUE;
        for (int i = from; i < to; i++) {
            if (Arrays.binarySearch(CHINESE_FIRST, symbols[i]) < 0) {
                continue;
            }
            int end = chineseWordAt(symbols, i, to, REPORTS);
            if (end > 0) {
                say = i;
            }
            end = chineseWordAt(symbols, i, to, DOCUMENT);
            if (end > 0 && (i == 0 || SPOKEN_TO_ZH.indexOf(symbols[i - 1]) < 0)) {
                documentEnd = Math.min(documentEnd, end);
            }
        }
        if (say < 0 || documentEnd > say) {
            return false;
        }
        for (int i = from; i < say; i++) {
            if (symbols[i] == '我' && RECEIVING_ZH.indexOf(symbols[i + 1]) < 0) {
                return false; // "我跟客服说", "我在邮件里说"
            }
        }
        return true;
    }

    /**
     * @return whether a document stands within two words before token k (not before lo), not right
     *     after a preposition: the subject of the reporting word at k
     */
    private static boolean saidBySubject(NormalizedText text, Tokens tokens, int k, int lo) {
        for (int j = k - 1; j >= lo && j >= k - 2; j--) {
            if ((bits(text, tokens, j) & DOCUMENT) != 0) {
                return j == 0 || (bits(text, tokens, j - 1) & PREPOSITION) == 0;
            }
        }
        return false;
    }

    /** @return whether a word with the bit stands within two words before token k (not before lo) */
    private static boolean spokenBy(NormalizedText text, Tokens tokens, int k, int lo, int bit) {
        for (int j = k - 1; j >= lo && j >= k - 2; j--) {
            if ((bits(text, tokens, j) & bit) != 0) {
                return true;
            }
        }
        return false;
    }

    /** @return whether the symbols from i on start with the word */
    private static boolean startsWith(char[] symbols, int i, String word) {
        for (int k = 1; k < word.length(); k++) {
            if (symbols[i + k] != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** @return the first symbol of up to {@code reach} tokens before mark o, in its sentence */
    private static int chineseFrom(Tokens tokens, int o, int reach) {
        int sentence = tokens.sentence(o);
        int lo = o;
        while (lo > 0 && lo > o - reach && tokens.sentence(lo - 1) == sentence) {
            lo--;
        }
        return tokens.start(lo);
    }

    /**
     * @param symbols the folded symbols
     * @param i where a word may start
     * @param to where the symbols to look at end
     * @param bit the list: {@link #NAMES}, {@link #NAMED}, {@link #DOCUMENT} or {@link #REPORTS}
     * @return the end of a Chinese word of that list starting at i, or -1
     */
    private static int chineseWordAt(char[] symbols, int i, int to, int bit) {
        int first = Arrays.binarySearch(CHINESE_FIRST, symbols[i]);
        if (first < 0) {
            return -1;
        }
        String[] words = CHINESE_WORDS[first];
        int[] bits = CHINESE_BITS[first];
        for (int w = 0; w < words.length; w++) {
            String word = words[w];
            int end = i + word.length();
            if ((bits[w] & bit) != 0 && end <= to && startsWith(symbols, i, word)) {
                return end;
            }
        }
        return -1;
    }

    /**
     * @param text the folded text
     * @param tokens its tokens
     * @param k a token
     * @return the bits of the lists the token is in: a word listed as it is, or with {@code *} and up
     *     to {@value #MAX_ENDING} more letters
     */
    private static int bits(NormalizedText text, Tokens tokens, int k) {
        int start = tokens.start(k);
        int length = tokens.end(k) - start;
        if (tokens.kind(k) != Tokens.WORD || length > longestWord || tokens.spelled(k)) {
            return 0;
        }
        char[] symbols = text.symbols();
        int bits = 0;
        int hash = 0;
        for (int n = 1; n <= length; n++) {
            hash = 31 * hash + symbols[start + n - 1];
            if (n < length - MAX_ENDING) {
                continue;
            }
            // the word itself, or a start of it with up to MAX_ENDING letters after it
            for (int slot = slot(hash); TABLE_WORDS[slot] != null; slot = (slot + 1) & (TABLE_WORDS.length - 1)) {
                if (TABLE_HASH[slot] == hash && sameWord(TABLE_WORDS[slot], symbols, start, n)) {
                    bits |= TABLE_START[slot] | (n == length ? TABLE_WHOLE[slot] : 0);
                    break;
                }
            }
        }
        return bits;
    }

    /** @return the table slot a word with this {@link String#hashCode()} is looked for from */
    private static int slot(int hash) {
        return (hash ^ (hash >>> 12) ^ (hash >>> 22)) & (TABLE_WORDS.length - 1);
    }

    /** @return whether symbols[start, start + n) spell the word */
    private static boolean sameWord(String word, char[] symbols, int start, int n) {
        if (word.length() != n) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if (word.charAt(i) != symbols[start + i]) {
                return false;
            }
        }
        return true;
    }
}
