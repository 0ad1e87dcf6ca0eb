package org.complaintrules.benchmarks;

import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.complaintrules.drools.signals.DefaultSignalAnalyzer;
import org.complaintrules.drools.signals.TextAnalysis;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Cost of the text analysis alone ({@link DefaultSignalAnalyzer#analyse(String, String)}) on a
 * complaint of about 2 KB (2,048 characters) in each supported language, with the language given
 * and inferred. The texts are written for the benchmark: a calm account with a few signals in it
 * (a count of calls, a churn threat, a hospital stay), repeated to length. Because the same
 * text is analysed again and again, every word's terms come from the analyser's per-thread cache
 * of words after the first call; in real use the common words of a text (and of the thread's
 * earlier texts) hit it and rarer words do not, so a text of new words costs more than measured here.
 *
 * <pre>
 * ./mvnw -q -B -DskipTests package
 * java -jar benchmarks/target/benchmarks.jar TextAnalysisBenchmark -wi 5 -w 4s -i 5 -r 3s
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 4)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class TextAnalysisBenchmark {

    /** Characters of each text. */
    static final int LENGTH = 2048;

    static final Map<String, String> PARAGRAPHS = Map.of(
            "en",
            "I ordered a washing machine on the 3rd and paid for delivery within two days. Nobody came. "
                    + "I have called your helpline 4 times since then and every time I was told to wait. "
                    + "My mother was in hospital last week and I needed the machine for her laundry. "
                    + "If this is not sorted out by Friday I will cancel my account and take my business elsewhere. ",
            "ru",
            "Я заказала стиральную машину третьего числа и оплатила доставку за два дня. Никто не приехал. "
                    + "С тех пор я звонила на горячую линию четыре раза, и каждый раз мне говорили ждать. "
                    + "Мама на прошлой неделе лежала в больнице, машина нужна была для её белья. "
                    + "Если до пятницы вопрос не решится, я закрою счёт и уйду к другому магазину. ",
            "zh",
            "我三号订了一台洗衣机，付了两天内送达的运费，可是一直没有人送货。从那以后我打了四次客服电话，"
                    + "每次都让我再等等。上周我妈妈住院了，我需要洗衣机给她洗衣服。如果周五之前还解决不了，"
                    + "我以后再也不会在你们店买东西了。",
            "et",
            "Tellisin kolmandal kuupäeval pesumasina ja maksin kahepäevase tarne eest. Keegi ei tulnud. "
                    + "Olen sellest ajast teie infoliinile neli korda helistanud ja iga kord öeldi, et oodake. "
                    + "Ema oli eelmisel nädalal haiglas ja masinat oli tema pesu jaoks vaja. "
                    + "Kui see reedeks korda ei saa, lõpetan lepingu ja ostan edaspidi mujalt. ");

    /** The text's language. */
    @Param({"en", "ru", "zh", "et"})
    public String language;

    /** Whether the language is given with the text or inferred from it. */
    @Param({"true", "false"})
    public boolean languageGiven;

    private DefaultSignalAnalyzer analyzer;
    private String text;
    private String tag;

    /** Builds the text (the language's word lists are compiled here, by a first call, not measured). */
    @Setup
    public void setUp() {
        analyzer = DefaultSignalAnalyzer.create();
        text = text(language);
        tag = languageGiven ? language : null;
        analyzer.analyse(text, tag);
    }

    /**
     * @param language one of the benchmark's languages
     * @return its {@value #LENGTH}-character text: its paragraph repeated and cut
     */
    static String text(String language) {
        StringBuilder b = new StringBuilder(LENGTH + 200);
        while (b.length() < LENGTH) {
            b.append(PARAGRAPHS.get(language));
        }
        return b.substring(0, LENGTH);
    }

    /**
     * @return the analysis (returned so that the JIT keeps the work)
     */
    @Benchmark
    public TextAnalysis analyse() {
        return analyzer.analyse(text, tag);
    }
}
