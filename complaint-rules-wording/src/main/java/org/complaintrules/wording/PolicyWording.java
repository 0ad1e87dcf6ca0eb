package org.complaintrules.wording;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.text.MessagePattern;
import com.ibm.icu.text.Transliterator;
import com.ibm.icu.util.ULocale;
import com.ibm.icu.util.VersionInfo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.complaintrules.api.Advice;
import org.complaintrules.api.ApprovalRole;
import org.complaintrules.api.Category;
import org.complaintrules.api.CompensationForm;
import org.complaintrules.api.ComplainantType;
import org.complaintrules.api.ComplaintCase;
import org.complaintrules.api.DeadlineBasis;
import org.complaintrules.api.EscalationLevel;
import org.complaintrules.api.Money;
import org.complaintrules.api.Priority;
import org.complaintrules.api.RegulatoryProfile;
import org.complaintrules.api.Reply;
import org.complaintrules.api.ReplyKind;
import org.complaintrules.api.RuleCompilationException;
import org.complaintrules.api.RuleProblem;
import org.complaintrules.api.SignalType;
import org.complaintrules.api.Team;
import org.complaintrules.api.UnsupportedCaseException;
import org.complaintrules.api.VulnerabilityDriver;
import org.complaintrules.wording.internal.Facts;
import org.complaintrules.wording.internal.MessageFile;
import org.complaintrules.wording.internal.PolicyCodes;
import org.complaintrules.wording.internal.ReplyTemplate;
import org.complaintrules.wording.internal.ReplyTemplate.Section;

/**
 * The human wording of a policy: what each advice code means in each language, and the reply
 * drafts. Read from files beside the policy's rules:
 *
 * <pre>
 * policy.properties                      languages=en,ru,zh,et (the first is the fallback)
 * messages/messages_&lt;lang&gt;.properties   wording of every code, ICU message patterns, UTF-8
 * replies/&lt;kind&gt;_&lt;lang&gt;.txt             one reply template per letter kind and language
 * </pre>
 *
 * <p>{@link #load} checks the wording against the rules: every code the rules write (and every code
 * of the contract's enums) has wording in every declared language, every template has a section for
 * every response step the rules use, carries every clause the regulatory profile requires in that
 * kind of letter, and renders. Problems come back as one {@link RuleCompilationException}, each as
 * {@code file:line: message}. Rendering, the costly part (ICU's formats of every language), is
 * skipped for wording files whose build recorded that they render ({@link #recordRendering}; the
 * bundled policy's build does). A loaded wording is immutable and thread-safe.
 */
public final class PolicyWording {
    /** The policy property that declares the languages, e.g. {@code languages=en,ru,zh,et}. */
    public static final String LANGUAGES = "languages";

    /** Message keys a host may use to label the parts of an explanation; every language must have them. */
    public static final List<String> LABELS = List.of(
            "label.caseId",
            "label.policy",
            "label.complainantType",
            "label.traits",
            "label.priority",
            "label.evidence",
            "label.vulnerability",
            "label.do",
            "label.avoid",
            "label.responseSteps",
            "label.compensation",
            "label.maxAmount",
            "label.allowedForms",
            "label.approvals",
            "label.upTo",
            "label.escalation",
            "label.teams",
            "label.reasons",
            "label.deadlines",
            "label.followUp",
            "label.referral",
            "label.firedRules",
            "label.warnings",
            "label.reply",
            "label.subject",
            "label.clauses",
            "label.missingFacts",
            "label.none",
            "label.moment",
            "label.colon",
            "label.semicolon",
            "label.aside",
            "label.referralFrom");

    private static final Pattern MESSAGES = Pattern.compile("messages/messages_([A-Za-z0-9-]+)\\.properties");
    private static final Pattern REPLIES = Pattern.compile("replies/([a-z_]+)_([A-Za-z0-9-]+)\\.txt");
    private static final Pattern HOST_FACT = Pattern.compile("[a-z][A-Za-z0-9]*");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z][A-Za-z0-9]*)}");
    /** An abbreviation's full stop ends the sentence too ("2026 г." + "."): one stop, not two; "..." stays. */
    private static final Pattern DOUBLE_STOP = Pattern.compile("(?<!\\.)\\.\\.(?!\\.)");

    /** Where the marks of wording whose every section renders are, on the class path ({@link #recordRendering}). */
    static final String RENDERED_FOLDER = "META-INF/complaint-rules/wording-rendered/";
    /** The rendering check a mark stands for; changed whenever that check changes. */
    static final String RENDERED_FORMAT = "1";

    private static final PolicyWording NONE =
            new PolicyWording(RegulatoryProfile.GENERIC, List.of(), Map.of(), Map.of());

    private final RegulatoryProfile profile;
    private final List<String> languages;
    private final Map<String, MessageFile> messages;
    private final Map<String, Map<ReplyKind, ReplyTemplate>> templates;
    /** This wording's patterns and phrases in Traditional characters, converted on first use ({@link #traditional}). */
    private final Map<String, String> traditional = new ConcurrentHashMap<>();
    /** The fallback language's {@code detail.*} message keys, in key order ({@link #detail}). */
    private final List<String> detailKeys;
    /** The fallback language's {@code detail.*} messages as patterns that read a detail ({@link #detail}), made on first use. */
    private final Map<String, DetailReader> detailReaders = new ConcurrentHashMap<>();

    /** The prefix of the optional messages that word the details of evidence in each language ({@link #detail}). */
    public static final String DETAIL = "detail.";
    /** A whole number in a detail: passed to the message as a number, for its plural forms. */
    private static final Pattern WHOLE = Pattern.compile("-?\\d{1,18}");
    /** A decimal number in a detail ("12.5" times the loss): passed as a number, in the language's notation. */
    private static final Pattern DECIMAL = Pattern.compile("-?\\d{1,18}\\.\\d{1,18}");
    /** An amount with its currency in a detail, as {@code Money.toString()} writes it: passed as money. */
    private static final Pattern AMOUNT = Pattern.compile("(-?\\d+(?:\\.\\d+)?) ([A-Z]{3})");

    /**
     * The fallback language's message for one detail, as a pattern that reads a detail written by it.
     *
     * @param pattern the detail's pattern: the message's text with each placeholder a group
     * @param names the placeholders' names, in order
     */
    private record DetailReader(Pattern pattern, List<String> names) {
        static final DetailReader NONE = new DetailReader(null, List.of());
    }

    private PolicyWording(
            RegulatoryProfile profile,
            List<String> languages,
            Map<String, MessageFile> messages,
            Map<String, Map<ReplyKind, ReplyTemplate>> templates) {
        this.profile = profile;
        this.languages = List.copyOf(languages);
        this.messages = Map.copyOf(messages);
        this.templates = Map.copyOf(templates);
        this.detailKeys = this.languages.isEmpty()
                ? List.of()
                : this.messages.get(this.languages.get(0)).values().keySet().stream()
                        .filter(k -> k.startsWith(DETAIL))
                        .sorted()
                        .toList();
    }

    /** @return a wording with no language: codes stay codes, and no reply can be drafted */
    public static PolicyWording none() {
        return NONE;
    }

    /**
     * Reads and checks the wording of a policy.
     *
     * @param files every file of the policy by name relative to its folder ({@code .drl} files,
     *        {@code policy.properties}, {@code messages/...}, {@code replies/...}); other files are ignored
     * @param settings the policy's properties (with overrides); {@value #LANGUAGES} declares the languages
     * @param profile the regulatory profile in force: its letters' clauses are required
     * @return the wording; {@link #none()}-like when the policy has no wording files and declares no language
     * @throws RuleCompilationException with every problem found, as {@code file:line: message}
     * @throws NullPointerException when an argument is null
     */
    public static PolicyWording load(
            Map<String, String> files, Map<String, String> settings, RegulatoryProfile profile) {
        return load(files, settings, profile, PolicyWording.class.getClassLoader());
    }

    /**
     * @param marks where the marks of {@link #recordRendering} are looked for ({@code null}: nowhere)
     */
    static PolicyWording load(
            Map<String, String> files, Map<String, String> settings, RegulatoryProfile profile, ClassLoader marks) {
        Objects.requireNonNull(files, "files");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(profile, "profile");
        List<RuleProblem> problems = new ArrayList<>();
        Map<String, MessageFile> messages = new TreeMap<>();
        Map<String, Map<ReplyKind, ReplyTemplate>> templates = new TreeMap<>();
        Map<String, String> drl = new TreeMap<>();
        files.forEach((name, content) -> {
            if (name.endsWith(".drl") || name.contains(".drl.")) { // a decision table comes as the DRL it became
                drl.put(name, content);
                return;
            }
            Matcher m = MESSAGES.matcher(name);
            if (m.matches()) {
                messages.put(m.group(1), MessageFile.parse(name, m.group(1), content, problems));
                return;
            }
            Matcher r = REPLIES.matcher(name);
            if (r.matches()) {
                ReplyKind kind = kind(r.group(1));
                if (kind == null) {
                    problems.add(new RuleProblem(
                            name,
                            0,
                            "a reply template is named <kind>_<language>.txt with kind one of "
                                    + Arrays.stream(ReplyKind.values())
                                            .map(k -> k.name().toLowerCase(Locale.ROOT))
                                            .toList()
                                    + ", was \"" + r.group(1) + "\""));
                    return;
                }
                templates
                        .computeIfAbsent(r.group(2), l -> new EnumMap<>(ReplyKind.class))
                        .put(kind, ReplyTemplate.parse(name, kind, r.group(2), content, problems));
            } else if ((name.startsWith("replies/") && name.endsWith(".txt"))
                    || (name.startsWith("messages/") && name.endsWith(".properties"))) {
                problems.add(new RuleProblem(
                        name,
                        0,
                        "not a wording file: expected messages/messages_<language>.properties or"
                                + " replies/<kind>_<language>.txt"));
            }
        });
        List<String> declared = declaredLanguages(files, settings, messages, problems);
        if (declared.isEmpty() && messages.isEmpty() && templates.isEmpty() && problems.isEmpty()) {
            return new PolicyWording(profile, List.of(), Map.of(), Map.of());
        }
        boolean rendered = !templates.isEmpty()
                && marks != null
                && marks.getResource(RENDERED_FOLDER + renderingDigest(files)) != null;
        new Checker(files, profile, declared, messages, templates, PolicyCodes.scan(drl), rendered, problems).check();
        if (!problems.isEmpty()) {
            throw new RuleCompilationException(problems);
        }
        Map<String, MessageFile> kept = new LinkedHashMap<>();
        Map<String, Map<ReplyKind, ReplyTemplate>> keptTemplates = new LinkedHashMap<>();
        for (String lang : declared) {
            kept.put(lang, messages.get(lang));
            keptTemplates.put(lang, Map.copyOf(templates.get(lang)));
        }
        return new PolicyWording(profile, declared, kept, keptTemplates);
    }

    /** @return the declared languages; the first is the fallback; empty when the policy has no wording */
    public List<String> languages() {
        return languages;
    }

    /** @return the regulatory profile the wording was checked against */
    public RegulatoryProfile profile() {
        return profile;
    }

    /**
     * @param tag a BCP-47 tag such as {@code ru-RU}, or {@code null}
     * @return the declared language that serves it: the same language if declared, else the first
     *         declared language (English in the default policy); {@code null} when there is none
     */
    public String language(String tag) {
        if (languages.isEmpty()) {
            return null;
        }
        if (tag != null) {
            String lang = Locale.forLanguageTag(tag).getLanguage();
            if (languages.contains(lang)) {
                return lang;
            }
            if (languages.contains(tag)) {
                return tag;
            }
        }
        return languages.get(0);
    }

    /**
     * The wording of one code, such as {@code phrase("ru", "team", "LEGAL")}.
     *
     * @param language a language tag; served as {@link #language(String)} says
     * @param namespace the kind of code: {@code type}, {@code priority}, {@code do}, {@code avoid},
     *        {@code step}, {@code level}, {@code reason}, {@code team}, {@code followUp}, {@code signal},
     *        {@code evidence}, {@code form}, {@code role}, {@code driver}, {@code deadline}, {@code kind},
     *        {@code clause}, {@code fact}, {@code label}
     * @param code the code
     * @return the wording; the code itself when the policy has none
     */
    public String phrase(String language, String namespace, String code) {
        return format(language, namespace + "." + code, Map.of(), ZoneOffset.UTC);
    }

    /**
     * Formats one message with arguments. {@link Instant} arguments are shown in {@code zone},
     * {@link org.complaintrules.api.Money} as an amount of its currency; numbers follow the language's
     * plural rules.
     *
     * @param language a language tag; served as {@link #language(String)} says
     * @param key the message key, e.g. {@code label.firedRules}
     * @param args the arguments by name
     * @param zone the time zone for moments
     * @return the formatted message; the key's code part (after the first dot) when no language has it
     * @throws NullPointerException when {@code key}, {@code args} or {@code zone} is null
     */
    public String format(String language, String key, Map<String, ?> args, ZoneId zone) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(args, "args");
        Objects.requireNonNull(zone, "zone");
        String lang = language(language);
        String pattern = lang == null ? null : messages.get(lang).values().get(key);
        if (pattern == null && !languages.isEmpty()) {
            pattern = messages.get(languages.get(0)).values().get(key);
        }
        if (pattern == null) {
            return key.substring(key.indexOf('.') + 1);
        }
        ULocale locale = ULocale.forLanguageTag(lang);
        Map<String, Object> converted = new LinkedHashMap<>();
        args.forEach((k, v) -> converted.put(k, Facts.argument(v, zone, locale)));
        return new MessageFormat(pattern, locale).format(converted);
    }

    /**
     * A detail of a piece of evidence in another language. Rules and the text analysis write details in
     * the policy's fallback language ("satisfaction score 2 of 5", "3 exclamation marks"); a policy words
     * them in its other languages with optional messages {@code detail.<CODE>}, one per evidence or
     * signal code. The fallback language's message, whose placeholders stand for the values ({@code
     * detail.LOW_SCORE=satisfaction score {score} of 5}), reads the detail; the values then fill the
     * message of the language asked for ({@code detail.LOW_SCORE=оценка удовлетворённости {score} из 5}).
     * A value that is a whole number goes in as a number (so a message may choose plural forms:
     * {@code {years, plural, one {# год} few {# года} other {# лет}}}), an amount with its currency
     * ({@code 310.00 EUR}) as money ({@code {paid, number, currency}}), and a code the wording words under
     * the placeholder's name ({@code {channel}} with {@code channel.SURVEY}) as that wording. A detail
     * that its code's own message does not read is read by the first other {@code detail.*} message
     * that does, in key order (a signal's detail written as an evidence's: a sentence in capitals is
     * {@code SHOUTED_SENTENCE}'s detail and the {@code SHOUTING} signal's).
     *
     * @param language a language tag; served as {@link #language(String)} says
     * @param code the evidence or signal code, e.g. {@code LOW_SCORE}
     * @param detail the detail as written, or {@code null}
     * @return the detail in that language; the detail as written when the language is the fallback
     *     one, the policy words no such detail, or the detail does not read as the fallback's message
     * @throws NullPointerException when {@code code} is null
     */
    public String detail(String language, String code, String detail) {
        Objects.requireNonNull(code, "code");
        String lang = language(language);
        if (detail == null || lang == null || languages.isEmpty() || lang.equals(languages.get(0))) {
            return detail;
        }
        Map<String, String> own = messages.get(lang).values();
        String key = DETAIL + code;
        Matcher m = own.containsKey(key) ? read(key, detail) : null;
        // else a detail written for another code: a signal's detail written as an evidence's (SHOUTING's
        // sentence in capitals is SHOUTED_SENTENCE's)
        for (int k = 0; m == null && k < detailKeys.size(); k++) {
            String other = detailKeys.get(k);
            if (!other.equals(key) && own.containsKey(other) && (m = read(other, detail)) != null) {
                key = other;
            }
        }
        if (m == null) {
            return detail;
        }
        DetailReader reader = detailReaders.get(key);
        Map<String, Object> args = new LinkedHashMap<>();
        for (int i = 0; i < reader.names().size(); i++) {
            String name = reader.names().get(i);
            args.put(name, detailValue(lang, name, m.group(i + 1)));
        }
        try {
            return format(lang, key, args, ZoneOffset.UTC);
        } catch (IllegalArgumentException e) {
            return detail; // a value the message cannot take (text where it formats money): as written
        }
    }

    /** @return the fallback language's message {@code key} matched against a detail, or {@code null} when it does not read it */
    private Matcher read(String key, String detail) {
        DetailReader reader = detailReaders.computeIfAbsent(key, this::detailReader);
        if (reader.pattern() == null) {
            return null;
        }
        Matcher m = reader.pattern().matcher(detail);
        return m.matches() ? m : null;
    }

    /** @return a reader for the fallback language's message {@code key}; {@link DetailReader#NONE} when it has none */
    private DetailReader detailReader(String key) {
        String message = messages.get(languages.get(0)).values().get(key);
        if (message == null) {
            return DetailReader.NONE;
        }
        StringBuilder regex = new StringBuilder();
        List<String> names = new ArrayList<>();
        Matcher p = PLACEHOLDER.matcher(message);
        int at = 0;
        while (p.find()) {
            regex.append(Pattern.quote(message.substring(at, p.start()))).append("(.+?)");
            names.add(p.group(1));
            at = p.end();
        }
        regex.append(Pattern.quote(message.substring(at)));
        return new DetailReader(Pattern.compile(regex.toString(), Pattern.DOTALL), List.copyOf(names));
    }

    /** @return a value read from a detail, as the message takes it: a number, money, a worded code, or the text */
    private Object detailValue(String lang, String name, String value) {
        if (WHOLE.matcher(value).matches()) {
            return Long.parseLong(value);
        }
        if (DECIMAL.matcher(value).matches()) {
            return new BigDecimal(value);
        }
        Matcher amount = AMOUNT.matcher(value);
        if (amount.matches()) {
            try {
                return Money.of(amount.group(1), amount.group(2));
            } catch (IllegalArgumentException e) {
                return value; // not a currency: the text as written
            }
        }
        String worded = messages.get(lang).values().get(name + "." + value);
        return worded != null ? worded : value;
    }

    /**
     * Drafts a reply: the greeting, a paragraph for each response step in the advice's order, the
     * {@code [clause CODE]} sections that apply (after the step their {@code after:} names, else after
     * every step; a clause section is left out when a step of the letter already carries its code, so
     * a template can carry a clause whether or not the advice has the step that usually carries it),
     * then the closing. Dates and times are shown in the complaint's {@code timeZone}, else in UTC;
     * that is not the zone of the deadlines when the zone comes from the jurisdiction, so a caller
     * that knows the deadlines' zone passes it to {@link #draft(ComplaintCase, Advice, String,
     * ReplyKind, ZoneId)} instead (the advisor does).
     *
     * @param complaintCase the case
     * @param advice its advice
     * @param languageTag the case's language (given or inferred), or {@code null} for the fallback language
     * @param kind the kind of letter
     * @return the draft, in the case's language when declared, else in the fallback language
     * @throws UnsupportedCaseException naming {@code complaint.replyDraft} when the policy has no
     *         reply templates
     * @throws NullPointerException when the case, the advice or the kind is null
     */
    public Reply draft(ComplaintCase complaintCase, Advice advice, String languageTag, ReplyKind kind) {
        return draft(complaintCase, advice, languageTag, kind, givenZone(complaintCase), NO_EXTENSION);
    }

    /** No extended limit (see {@link #draft(ComplaintCase, Advice, String, ReplyKind, ZoneId, Instant)}). */
    private static final Instant NO_EXTENSION = null;

    /** @return the complaint's {@code timeZone}, else UTC */
    private static ZoneId givenZone(ComplaintCase complaintCase) {
        Objects.requireNonNull(complaintCase, "complaintCase");
        ZoneId given = complaintCase.complaint().timeZone();
        return given != null ? given : ZoneOffset.UTC;
    }

    /**
     * Drafts a reply as {@link #draft(ComplaintCase, Advice, String, ReplyKind)} does, with the limit
     * for the final response that applies once a holding reply has been sent in exceptional
     * circumstances (UK payment services and e-money, PSD2: 35 business days). The advice names that
     * extension only in {@code deadlines.basis}; the rules compute its moment on the case's clock, and
     * templates quote it as {@code extendedFinalResponseBy} (with {@code extension} {@code yes}).
     *
     * @param complaintCase the case
     * @param advice its advice
     * @param languageTag the case's language (given or inferred), or {@code null} for the fallback language
     * @param kind the kind of letter
     * @param extendedLimit the extended limit, or {@code null} when the regulator allows no extension
     *        for the case ({@code extendedFinalResponseBy} is then {@code finalResponseBy} and
     *        {@code extension} is {@code no})
     * @return the draft, in the case's language when declared, else in the fallback language
     * @throws UnsupportedCaseException naming {@code complaint.replyDraft} when the policy has no
     *         reply templates
     * @throws NullPointerException when the case, the advice or the kind is null
     */
    public Reply draft(
            ComplaintCase complaintCase, Advice advice, String languageTag, ReplyKind kind, Instant extendedLimit) {
        return draft(complaintCase, advice, languageTag, kind, givenZone(complaintCase), extendedLimit);
    }

    /**
     * Drafts a reply as {@link #draft(ComplaintCase, Advice, String, ReplyKind)} does, showing dates
     * and times (the date of receipt, the deadlines) in {@code zone}: the zone the advice's deadlines
     * were computed in (CONTRACT.md 5.1: the complaint's {@code timeZone}, else its jurisdiction's,
     * else UTC), so that the letter's "end of day" is the deadlines' own. Since 0.2.
     *
     * @param complaintCase the case
     * @param advice its advice
     * @param languageTag the case's language (given or inferred), or {@code null} for the fallback language
     * @param kind the kind of letter
     * @param zone the time zone to show dates and times in
     * @return the draft, in the case's language when declared, else in the fallback language
     * @throws UnsupportedCaseException naming {@code complaint.replyDraft} when the policy has no
     *         reply templates
     * @throws NullPointerException when the case, the advice, the kind or the zone is null
     */
    public Reply draft(ComplaintCase complaintCase, Advice advice, String languageTag, ReplyKind kind, ZoneId zone) {
        return draft(complaintCase, advice, languageTag, kind, zone, NO_EXTENSION);
    }

    /**
     * Drafts a reply with both: dates and times in {@code zone} ({@link #draft(ComplaintCase, Advice,
     * String, ReplyKind, ZoneId)}) and the extended limit ({@link #draft(ComplaintCase, Advice, String,
     * ReplyKind, Instant)}). The advisor calls this one.
     *
     * <p>A Chinese letter ({@code zh}) for a case whose tag, or the tag given, names Traditional
     * characters ({@code zh-TW}, {@code zh-HK}, {@code zh-MO}, {@code zh-Hant}...) is written in them:
     * the policy's Simplified template and phrases are converted with ICU's {@code Hans-Hant}
     * transliterator before the facts are put in, so that the case's id, dates, amounts and numbers
     * are as in the Simplified letter. The reply's language stays {@code zh}, the declared language
     * whose templates it is written from.
     *
     * @param complaintCase the case
     * @param advice its advice
     * @param languageTag the case's language (given or inferred), or {@code null} for the fallback language
     * @param kind the kind of letter
     * @param zone the time zone to show dates and times in
     * @param extendedLimit the extended limit, or {@code null} when the regulator allows no extension
     * @return the draft, in the case's language when declared, else in the fallback language
     * @throws UnsupportedCaseException naming {@code complaint.replyDraft} when the policy has no
     *         reply templates
     * @throws NullPointerException when the case, the advice, the kind or the zone is null
     */
    public Reply draft(
            ComplaintCase complaintCase,
            Advice advice,
            String languageTag,
            ReplyKind kind,
            ZoneId zone,
            Instant extendedLimit) {
        Objects.requireNonNull(complaintCase, "complaintCase");
        Objects.requireNonNull(advice, "advice");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(zone, "zone");
        String lang = language(languageTag);
        if (lang == null) {
            throw new UnsupportedCaseException(
                    "complaint.replyDraft", "the policy has no reply templates (declare languages= and add replies/)");
        }
        ReplyTemplate t = templates.get(lang).get(kind);
        MessageFile words = messages.get(lang);
        ULocale locale = letterLocale(lang, complaintCase);
        // the policy's own words in the script the case asks for; the facts put into them are left as they are
        UnaryOperator<String> script = lang.equals("zh")
                        && (isTraditionalChinese(languageTag)
                                || isTraditionalChinese(
                                        complaintCase.complaint().language()))
                ? this::traditional
                : UnaryOperator.identity();
        Map<String, Object> facts = Facts.of(
                complaintCase,
                advice,
                profile,
                locale,
                zone,
                key -> {
                    String v = words.values().get(key);
                    return v == null
                            ? key.substring(key.indexOf('.') + 1)
                            : new MessageFormat(script.apply(v), locale).format(Map.of());
                },
                extendedLimit);
        ComplainantType type = advice.complainantType();
        boolean vulnerable = !advice.vulnerability().drivers().isEmpty();

        List<String> paragraphs = new ArrayList<>();
        Set<String> clauses = new LinkedHashSet<>();
        // the sections whose words made it into the letter: only their placeholders can be missing facts
        List<Section> written = new ArrayList<>();
        Section subjectSection = t.choose("subject", "", type, profile, vulnerable);
        String subject = render(subjectSection, locale, facts, null, script);
        Section greetingSection = t.choose("greeting", "", type, profile, vulnerable);
        String greeting = render(greetingSection, locale, facts, clauses, script);
        addWritten(written, subjectSection, subject);
        addWritten(written, greetingSection, greeting);
        List<String> steps = advice.strategy().responseSteps();
        List<Section> stepSections = new ArrayList<>();
        List<String> stepTexts = new ArrayList<>();
        Set<String> carriedBySteps = new LinkedHashSet<>();
        for (String step : steps) {
            Section s = t.choose("step", step, type, profile, vulnerable);
            String text = render(s, locale, facts, null, script);
            stepSections.add(s);
            stepTexts.add(text);
            if (!text.isBlank()) {
                carriedBySteps.addAll(s.clauses());
            }
        }
        // a [clause CODE] section stands in for a step that would carry CODE: when a step of this
        // letter already carries it, the clause section is left out
        List<Section> clauseSections = clauseSections(t, type, vulnerable).stream()
                .filter(c -> !carriedBySteps.contains(c.name()))
                .toList();
        Set<String> placed = new LinkedHashSet<>();
        for (int i = 0; i < steps.size(); i++) {
            String step = steps.get(i);
            String text = stepTexts.get(i);
            if (!text.isBlank()) {
                clauses.addAll(stepSections.get(i).clauses());
            }
            add(paragraphs, text);
            addWritten(written, stepSections.get(i), text);
            for (Section c : clauseSections) {
                if (c.after().equals(step) && placed.add(c.name())) {
                    String clause = render(c, locale, facts, clauses, script);
                    add(paragraphs, clause);
                    addWritten(written, c, clause);
                }
            }
        }
        for (Section c : clauseSections) {
            if (placed.add(c.name())) {
                String clause = render(c, locale, facts, clauses, script);
                add(paragraphs, clause);
                addWritten(written, c, clause);
            }
        }
        Section closingSection = t.choose("closing", "", type, profile, vulnerable);
        String closing = render(closingSection, locale, facts, clauses, script);
        addWritten(written, closingSection, closing);
        List<String> parts = new ArrayList<>();
        add(parts, greeting);
        parts.addAll(paragraphs);
        add(parts, closing);
        String body = String.join("\n\n", parts);

        List<String> missing = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        // a placeholder left in the letter is a missing fact when the policy's words put it there; the same
        // braces inside a value from the case ("C-{orderNumber}") are the case's, not a fact to fill in
        Set<String> templated = new HashSet<>();
        for (Section s : written) {
            Matcher p = PLACEHOLDER.matcher(s.text());
            while (p.find()) {
                templated.add(p.group(1));
            }
        }
        Matcher m = PLACEHOLDER.matcher(subject + "\n" + body);
        while (m.find()) {
            String name = m.group(1);
            if (templated.contains(name) && !Facts.NAMES.contains(name) && seen.add(name)) {
                missing.add("{" + name + "}: " + script.apply(phrase(lang, "fact", name)));
            }
        }
        return new Reply(
                kind,
                lang,
                subject.isBlank() ? script.apply(phrase(lang, "kind", kind.name())) : subject.strip(),
                body,
                List.copyOf(clauses),
                missing);
    }

    /**
     * Whether a language tag asks for Chinese in Traditional characters: Chinese ({@code zh}) in the
     * script {@code Hant}, or with no script and the region Taiwan, Hong Kong or Macao ({@code zh-TW},
     * {@code zh-HK}, {@code zh-MO}, {@code zh-Hant}, {@code zh-Hant-CN}); not {@code zh}, {@code zh-CN},
     * {@code zh-SG} or {@code zh-Hans-TW}. An underscore counts as a hyphen.
     *
     * @param tag a BCP-47 tag, or {@code null}
     * @return whether a Chinese letter for it is written in Traditional characters
     */
    static boolean isTraditionalChinese(String tag) {
        if (tag == null || tag.isBlank()) {
            return false;
        }
        ULocale locale = ULocale.forLanguageTag(tag.strip().replace('_', '-'));
        if (!locale.getLanguage().equals("zh")) {
            return false;
        }
        String script = locale.getScript();
        if (!script.isEmpty()) {
            return script.equals("Hant");
        }
        String region = locale.getCountry();
        return region.equals("TW") || region.equals("HK") || region.equals("MO");
    }

    /**
     * @param simplified a pattern or phrase of this wording, in Simplified characters
     * @return it in Traditional characters (ICU's {@code Hans-Hant}, character by character with
     *     ICU's choice where one Simplified character stands for several), converted once
     */
    private String traditional(String simplified) {
        return traditional.computeIfAbsent(simplified, HansToHant::convert);
    }

    /** ICU's Simplified-to-Traditional transliterator, loaded when a first letter in Traditional is drafted. */
    private static final class HansToHant {
        private static final Transliterator INSTANCE = Transliterator.getInstance("Hans-Hant");

        /** A {@link Transliterator} is not documented as safe for concurrent use: one conversion at a time. */
        static String convert(String simplified) {
            synchronized (INSTANCE) {
                return INSTANCE.transliterate(simplified);
            }
        }
    }

    private List<Section> clauseSections(ReplyTemplate t, ComplainantType type, boolean vulnerable) {
        Set<String> names = new LinkedHashSet<>();
        t.sections().stream().filter(s -> s.kind().equals("clause")).forEach(s -> names.add(s.name()));
        List<Section> chosen = new ArrayList<>();
        for (String name : names) {
            Section s = t.choose("clause", name, type, profile, vulnerable);
            if (s != null) {
                chosen.add(s);
            }
        }
        return chosen;
    }

    /** Notes a section whose rendered words are in the letter. */
    private static void addWritten(List<Section> written, Section section, String rendered) {
        if (section != null && rendered != null && !rendered.isBlank()) {
            written.add(section);
        }
    }

    private static void add(List<String> paragraphs, String text) {
        if (text != null && !text.isBlank()) {
            paragraphs.add(text.strip());
        }
    }

    private static String render(
            Section s, ULocale locale, Map<String, Object> facts, Set<String> clauses, UnaryOperator<String> script) {
        if (s == null) {
            return "";
        }
        String text = DOUBLE_STOP
                .matcher(new MessageFormat(script.apply(s.text()), locale).format(facts))
                .replaceAll(".");
        if (clauses != null && !text.isBlank()) {
            clauses.addAll(s.clauses());
        }
        return text;
    }

    /**
     * The language with the region of the jurisdiction (else of the profile's country) when ICU has
     * that combination (en-GB, en-AU, et-EE...), so dates and times follow local custom; a
     * combination ICU does not know (ru-US, zh-AU) keeps the language's own conventions.
     */
    private ULocale letterLocale(String lang, ComplaintCase c) {
        String tag = c.complaint().language();
        // the region the case's own tag names ("en-GB"), when no jurisdiction says where it is handled
        String tagged = tag == null || tag.isBlank()
                ? ""
                : ULocale.forLanguageTag(tag.strip().replace('_', '-')).getCountry();
        String region = c.complaint().jurisdiction() != null
                ? c.complaint().jurisdiction().country()
                : !tagged.isEmpty()
                        ? tagged
                        : switch (profile) {
                            case UK_FCA -> "GB";
                            case AU_ASIC -> "AU";
                            case US_CFPB -> "US";
                            default -> "";
                        };
        ULocale plain = ULocale.forLanguageTag(lang);
        if (region.isEmpty()) {
            return plain;
        }
        ULocale regional =
                new ULocale.Builder().setLocale(plain).setRegion(region).build();
        return AvailableLocales.ALL.contains(regional) ? regional : plain;
    }

    /** ICU's locales, read on the first reply drafted (not when a policy loads). */
    private static final class AvailableLocales {
        static final Set<ULocale> ALL = Set.of(ULocale.getAvailableLocales());
    }

    private static ReplyKind kind(String name) {
        for (ReplyKind k : ReplyKind.values()) {
            if (k.name().toLowerCase(Locale.ROOT).equals(name)) {
                return k;
            }
        }
        return null;
    }

    private static List<String> declaredLanguages(
            Map<String, String> files,
            Map<String, String> settings,
            Map<String, MessageFile> messages,
            List<RuleProblem> problems) {
        String value = settings.get(LANGUAGES);
        if (value == null) {
            List<String> present = new ArrayList<>(messages.keySet());
            if (present.remove("en")) {
                present.add(0, "en");
            }
            return present;
        }
        List<String> declared = new ArrayList<>();
        for (String item : value.split(",")) {
            String lang = item.strip();
            if (lang.isEmpty()) {
                continue;
            }
            if (!Locale.forLanguageTag(lang).toLanguageTag().equalsIgnoreCase(lang) || lang.equals("und")) {
                problems.add(new RuleProblem(
                        "policy.properties",
                        lineOf(files.get("policy.properties"), LANGUAGES),
                        LANGUAGES + ": \"" + lang + "\" is not a BCP-47 language tag"));
            } else if (!declared.contains(lang)) {
                declared.add(lang);
            }
        }
        return declared;
    }

    static int lineOf(String content, String key) {
        if (content == null) {
            return 0;
        }
        String[] lines = content.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i].strip();
            if (l.startsWith(key) && l.substring(key.length()).stripLeading().matches("[=:].*")) {
                return i + 1;
            }
        }
        return 0;
    }

    /**
     * Renders every section of a template in its language with sample facts (dates, money, numbers
     * and plurals of the kinds a case has), as {@link #load} does.
     *
     * @param t the template
     * @param problems where a section that does not render is reported, as {@code file:line}
     */
    private static void renderProblems(ReplyTemplate t, List<RuleProblem> problems) {
        ULocale locale = ULocale.forLanguageTag(t.language());
        Map<String, Object> sample = Facts.sample(locale);
        for (Section s : t.sections()) {
            try {
                new MessageFormat(s.text(), locale).format(sample);
            } catch (IllegalArgumentException e) {
                problems.add(new RuleProblem(t.file(), s.textLine(), "does not render: " + e.getMessage()));
            }
        }
    }

    /**
     * Checks, when a policy is built, that every section of its reply templates renders, and records
     * it: a mark named by the digest of the policy's wording files, the check's format and ICU's
     * version, under {@code META-INF/complaint-rules/wording-rendered/} in {@code out}. With the mark
     * on the class path, {@link #load} of the very same files skips rendering (the part of the check
     * that costs: ICU's formats, calendars and plural rules of every language on the first use);
     * every other check still runs. Any change to a wording file, or another ICU, needs a new mark.
     *
     * @param files every file of the policy by name relative to its folder, as for {@link #load}
     * @param out the folder that will be on the class path (a build's classes folder)
     * @return the mark written, or {@code null} when the policy has no reply templates
     * @throws RuleCompilationException when a template cannot be read or a section does not render
     * @throws UncheckedIOException when the mark cannot be written
     */
    public static Path recordRendering(Map<String, String> files, Path out) {
        Objects.requireNonNull(files, "files");
        Objects.requireNonNull(out, "out");
        List<RuleProblem> problems = new ArrayList<>();
        boolean any = false;
        for (Map.Entry<String, String> f : files.entrySet()) {
            Matcher r = REPLIES.matcher(f.getKey());
            ReplyKind kind = r.matches() ? kind(r.group(1)) : null;
            if (kind != null) {
                any = true;
                renderProblems(ReplyTemplate.parse(f.getKey(), kind, r.group(2), f.getValue(), problems), problems);
            }
        }
        if (!problems.isEmpty()) {
            throw new RuleCompilationException(problems);
        }
        if (!any) {
            return null;
        }
        Path mark = out.resolve(RENDERED_FOLDER + renderingDigest(files));
        try {
            Files.createDirectories(mark.getParent());
            Files.writeString(
                    mark,
                    "# Made by PolicyWording.recordRendering: every section of the reply templates of the"
                            + " wording files with this digest renders under ICU " + VersionInfo.ICU_VERSION + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the wording's mark to " + mark, e);
        }
        return mark;
    }

    /**
     * @return the digest of the wording files (names and contents, in name order), the rendering
     *     check's format and ICU's version, in hexadecimal
     */
    static String renderingDigest(Map<String, String> files) {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
        sha.update((RENDERED_FORMAT + "\0" + VersionInfo.ICU_VERSION + "\0").getBytes(StandardCharsets.UTF_8));
        new TreeMap<>(files).forEach((name, content) -> {
            if (name.startsWith("messages/") || name.startsWith("replies/")) {
                sha.update((name + "\0" + content + "\0").getBytes(StandardCharsets.UTF_8));
            }
        });
        return HexFormat.of().formatHex(sha.digest());
    }

    /** Checks a policy's wording against its rules and the regulatory profile. */
    private static final class Checker {
        private final Map<String, String> files;
        private final RegulatoryProfile profile;
        private final List<String> declared;
        private final Map<String, MessageFile> messages;
        private final Map<String, Map<ReplyKind, ReplyTemplate>> templates;
        private final List<PolicyCodes.Use> uses;
        /** whether the build recorded that every section of these templates renders ({@link #recordRendering}) */
        private final boolean rendered;

        private final List<RuleProblem> problems;

        Checker(
                Map<String, String> files,
                RegulatoryProfile profile,
                List<String> declared,
                Map<String, MessageFile> messages,
                Map<String, Map<ReplyKind, ReplyTemplate>> templates,
                List<PolicyCodes.Use> uses,
                boolean rendered,
                List<RuleProblem> problems) {
            this.files = files;
            this.profile = profile;
            this.declared = declared;
            this.messages = messages;
            this.templates = templates;
            this.uses = uses;
            this.rendered = rendered;
            this.problems = problems;
        }

        void check() {
            int languagesLine = lineOf(files.get("policy.properties"), LANGUAGES);
            Set<String> clauseCodes = new LinkedHashSet<>();
            Set<String> hostFacts = new LinkedHashSet<>();
            for (String lang : declared) {
                if (!messages.containsKey(lang)) {
                    problems.add(new RuleProblem(
                            "policy.properties",
                            languagesLine,
                            "language " + lang + " is declared but messages/messages_" + lang
                                    + ".properties is missing"));
                }
                for (ReplyKind kind : ReplyKind.values()) {
                    ReplyTemplate t = templates.getOrDefault(lang, Map.of()).get(kind);
                    if (t == null) {
                        problems.add(new RuleProblem(
                                "policy.properties",
                                languagesLine,
                                "language " + lang + " is declared but replies/"
                                        + kind.name().toLowerCase(Locale.ROOT) + "_" + lang + ".txt is missing"));
                    } else {
                        checkTemplate(t, clauseCodes, hostFacts);
                    }
                }
            }
            for (RegulatoryProfile p : RegulatoryProfile.values()) {
                for (ReplyKind k : ReplyKind.values()) {
                    RegulatoryLetters.required(p, k).forEach(c -> clauseCodes.add(c.code()));
                }
            }
            for (String lang : declared) {
                MessageFile m = messages.get(lang);
                if (m == null) {
                    continue;
                }
                for (PolicyCodes.Use u : uses) {
                    if (!m.values().containsKey(u.key())) {
                        problems.add(new RuleProblem(
                                u.file(),
                                u.line(),
                                u.namespace() + " code " + u.code() + " has no wording in " + m.file() + " (key "
                                        + u.key() + ")"));
                    }
                }
                checkDetails(m);
                List<String> keys = new ArrayList<>(requiredKeys());
                clauseCodes.forEach(c -> keys.add("clause." + c));
                hostFacts.forEach(f -> keys.add("fact." + f));
                for (String key : keys) {
                    if (!m.values().containsKey(key)) {
                        problems.add(new RuleProblem(m.file(), 0, "no wording for " + key));
                    }
                }
            }
        }

        /**
         * The {@code detail.*} messages of one language ({@link PolicyWording#detail}): the fallback
         * language words each of them too, with simple placeholders only (it reads the details), and
         * this language's message names no value the fallback's does not hold.
         */
        private void checkDetails(MessageFile m) {
            MessageFile fallback = messages.get(declared.get(0));
            for (String key : new TreeSet<>(m.values().keySet())) {
                if (!key.startsWith(DETAIL)) {
                    continue;
                }
                String source = fallback == null ? null : fallback.values().get(key);
                if (source == null) {
                    problems.add(new RuleProblem(
                            m.file(),
                            m.line(key),
                            key + ": the fallback language " + declared.get(0) + " has no " + key
                                    + ", which the details written by the rules are read by"));
                    continue;
                }
                Set<String> names = new LinkedHashSet<>();
                int placeholders = 0;
                Matcher p = PLACEHOLDER.matcher(source);
                while (p.find()) {
                    names.add(p.group(1));
                    placeholders++;
                }
                boolean plain = source.chars().filter(c -> c == '{').count() == placeholders;
                if (m.equals(fallback) && !plain) {
                    problems.add(new RuleProblem(
                            m.file(),
                            m.line(key),
                            key + ": in the fallback language a detail's message has plain placeholders only,"
                                    + " such as {count}: it reads the details the rules write"));
                }
                if (m.equals(fallback) || !plain) {
                    continue; // a fallback message that is not plain is reported once, at the fallback's file
                }
                MessagePattern mp = new MessagePattern(m.values().get(key));
                for (int i = 0; i < mp.countParts(); i++) {
                    MessagePattern.Part part = mp.getPart(i);
                    if (part.getType() == MessagePattern.Part.Type.ARG_NAME && !names.contains(mp.getSubstring(part))) {
                        problems.add(new RuleProblem(
                                m.file(),
                                m.line(key),
                                key + ": placeholder {" + mp.getSubstring(part) + "} is not one of " + fallback.file()
                                        + "'s " + names));
                    }
                }
            }
        }

        private void checkTemplate(ReplyTemplate t, Set<String> clauseCodes, Set<String> hostFacts) {
            for (String fixed : List.of("subject", "greeting", "closing")) {
                if (t.sections(fixed, "").stream().noneMatch(s -> s.specificity() == 0)) {
                    problems.add(new RuleProblem(
                            t.file(), 0, "no [" + fixed + "] section without conditions; every letter needs one"));
                }
            }
            Set<String> steps = new LinkedHashSet<>();
            for (PolicyCodes.Use u : uses) {
                if (u.namespace().equals("step")
                        && steps.add(u.code())
                        && t.sections("step", u.code()).stream().noneMatch(s -> s.specificity() == 0)) {
                    problems.add(new RuleProblem(
                            t.file(),
                            0,
                            "no [step " + u.code() + "] section without conditions; the rules use step " + u.code()
                                    + " at " + u.file() + ":" + u.line()
                                    + " (an empty section leaves it out of this letter)"));
                }
            }
            // a step section for a code that no rule places and no message words is never in a letter:
            // a misspelling ([step APOLOGISE] for APOLOGIZE)
            Set<String> known = new java.util.TreeSet<>(steps);
            messages.values()
                    .forEach(m -> m.values().keySet().stream()
                            .filter(k -> k.startsWith("step."))
                            .forEach(k -> known.add(k.substring("step.".length()))));
            for (Section s : t.sections()) {
                if (!steps.isEmpty() && s.kind().equals("step") && !known.contains(s.name())) {
                    String closest = ReplyTemplate.closest(s.name(), known);
                    problems.add(new RuleProblem(
                            t.file(),
                            s.line(),
                            "[step " + s.name() + "] is no response step the rules place or the messages word"
                                    + (closest == null ? "" : "; did you mean " + closest + "?") + " The steps: "
                                    + String.join(", ", known)));
                }
            }
            for (RegulatoryLetters.Clause c : RegulatoryLetters.required(profile, t.kind())) {
                boolean carried = t.sections("clause", c.code()).stream()
                        .anyMatch(s -> s.profileOnly()
                                && (s.profiles().isEmpty() || s.profiles().contains(profile))
                                && !s.text().isBlank());
                if (!carried) {
                    problems.add(new RuleProblem(
                            t.file(),
                            0,
                            "a " + t.kind() + " letter under " + profile + " must carry clause " + c.code() + " ("
                                    + c.citation() + "): add a [clause " + c.code() + "] section whose when: names at"
                                    + " most regulatory profiles, " + profile + " among them"));
                }
            }
            if (!rendered) {
                renderProblems(t, problems);
            }
            for (Section s : t.sections()) {
                clauseCodes.addAll(s.clauses());
                if (!s.after().isEmpty() && !steps.contains(s.after())) {
                    problems.add(new RuleProblem(
                            t.file(), s.line(), "after: " + s.after() + " is not a response step the rules use"));
                }
                MessagePattern mp = new MessagePattern(s.text());
                for (int i = 0; i < mp.countParts(); i++) {
                    MessagePattern.Part part = mp.getPart(i);
                    if (part.getType() == MessagePattern.Part.Type.ARG_NUMBER) {
                        problems.add(new RuleProblem(
                                t.file(),
                                s.textLine(),
                                "placeholders have names, such as {agentName}; found a number"));
                    } else if (part.getType() == MessagePattern.Part.Type.ARG_NAME) {
                        String name = mp.getSubstring(part);
                        if (!Facts.NAMES.contains(name)) {
                            if (HOST_FACT.matcher(name).matches()) {
                                hostFacts.add(name);
                            } else {
                                problems.add(new RuleProblem(
                                        t.file(),
                                        s.textLine(),
                                        "placeholder {" + name + "}: names start with a lower-case letter and hold"
                                                + " letters and digits only"));
                            }
                        }
                    }
                }
            }
        }

        private static List<String> requiredKeys() {
            List<String> keys = new ArrayList<>();
            enumKeys(keys, "type", ComplainantType.values());
            enumKeys(keys, "priority", Priority.values());
            enumKeys(keys, "level", EscalationLevel.values());
            enumKeys(keys, "team", Team.values());
            enumKeys(keys, "form", CompensationForm.values());
            enumKeys(keys, "offer", CompensationForm.values());
            enumKeys(keys, "role", ApprovalRole.values());
            enumKeys(keys, "signal", SignalType.values());
            enumKeys(keys, "driver", VulnerabilityDriver.values());
            enumKeys(keys, "kind", ReplyKind.values());
            enumKeys(keys, "topic", Category.values());
            enumKeys(keys, "profile", RegulatoryProfile.values());
            DeadlineBasis.DEADLINES.forEach(d -> keys.add("deadline." + d));
            keys.addAll(LABELS);
            return keys;
        }

        private static void enumKeys(List<String> keys, String namespace, Enum<?>[] values) {
            for (Enum<?> v : values) {
                keys.add(namespace + "." + v.name());
            }
        }
    }
}
