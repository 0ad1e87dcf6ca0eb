package org.complaintrules.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.complaintrules.api.Category;
import org.complaintrules.api.Channel;
import org.complaintrules.api.ComplaintCase;
import org.complaintrules.api.Money;
import org.complaintrules.api.Segment;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * samples/data/complaints.jsonl is valid against the contract and covers what the samples promise:
 * every complainant type, safety, regulator, public and churn cases, and Russian, Chinese and
 * Estonian text.
 */
class SampleDataTest {
    private static List<ComplaintCase> cases;

    /** The samples file, found from the surefire property {@code complaint.data.dir} (the repository's data/). */
    static Path samplesFile() {
        String dataDir = System.getProperty("complaint.data.dir");
        Path data = dataDir != null && !dataDir.isBlank() ? Path.of(dataDir) : Path.of("..", "data");
        return data.resolve("../samples/data/complaints.jsonl").normalize();
    }

    @BeforeAll
    static void readSamples() throws IOException {
        Path file = samplesFile();
        assertThat(file).as("samples file").isRegularFile();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            List<CaseInput> inputs = CaseReader.create().readAll(in);
            assertThat(inputs)
                    .allSatisfy(i ->
                            assertThat(i.error()).as("line %d", i.index() + 1).isNull());
            cases = inputs.stream().map(CaseInput::complaintCase).toList();
        }
    }

    private static long count(Predicate<ComplaintCase> p) {
        return cases.stream().filter(p).count();
    }

    private static String text(ComplaintCase c) {
        return Objects.requireNonNullElse(c.complaint().text(), "");
    }

    private static boolean amountAtLeast(Money m, String amount) {
        return m != null && m.amount().compareTo(new BigDecimal(amount)) >= 0;
    }

    @Test
    void everyLineIsAValidCaseWithAUniqueId() {
        assertThat(cases).hasSizeBetween(20, 30);
        assertThat(cases).extracting(ComplaintCase::id).doesNotHaveDuplicates().allMatch(id -> id.startsWith("C-2"));
        assertThat(cases).extracting(c -> c.customer().id()).allMatch(id -> id.startsWith("K-"));
    }

    @Test
    void everyAmountIsInEuroAndEveryCaseArrivedInNovember2026() {
        for (ComplaintCase c : cases) {
            Stream.of(
                            c.complaint().claimedLoss(),
                            c.complaint().requestedCompensation(),
                            c.customer().lifetimeValue(),
                            c.customer().compensationLast12Months(),
                            c.conversation().lastOffer())
                    .filter(Objects::nonNull)
                    .forEach(m -> assertThat(m.currency().getCurrencyCode())
                            .as(c.id())
                            .isEqualTo("EUR"));
            assertThat(c.complaint().receivedAt())
                    .as(c.id())
                    .isBetween(Instant.parse("2026-11-01T00:00:00Z"), Instant.parse("2026-11-30T23:59:59Z"));
        }
    }

    @Test
    void everyComplainantTypeHasAtLeastTwoClearCases() {
        long passive = count(
                c -> (c.complaint().channel() == Channel.SURVEY || c.complaint().channel() == Channel.REVIEW_SITE)
                        && c.complaint().satisfactionScore() != null
                        && c.complaint().satisfactionScore() <= 2
                        && c.customer().complaintsLast12Months() == 0);
        long aggressive = count(c -> c.conversation().contacts() >= 3 && text(c).contains("!!"));
        long highRoller = count(c -> c.customer().segment() != Segment.STANDARD
                && amountAtLeast(c.customer().lifetimeValue(), "25000"));
        long ripOff = count(c -> c.conversation().offersRejected() >= 2
                && c.complaint().claimedLoss() != null
                && amountAtLeast(
                        c.complaint().requestedCompensation(),
                        c.complaint()
                                .claimedLoss()
                                .amount()
                                .multiply(BigDecimal.valueOf(5))
                                .toPlainString()));
        long chronic = count(
                c -> c.customer().complaintsLast12Months() >= 6 && c.customer().upheldComplaintsLast12Months() <= 1);
        assertThat(List.of(passive, aggressive, highRoller, ripOff, chronic)).allMatch(n -> n >= 2);
    }

    @Test
    void specialCasesArePresent() {
        assertThat(count(c -> c.complaint().category() == Category.SAFETY)).isGreaterThanOrEqualTo(1);
        assertThat(count(c -> text(c).contains("ombudsman") || text(c).contains("Ametisse")))
                .isGreaterThanOrEqualTo(2);
        assertThat(count(c -> c.complaint().channel() == Channel.SOCIAL_MEDIA
                        && c.complaint().publiclyVisible()))
                .isGreaterThanOrEqualTo(1);
        assertThat(count(c -> text(c).contains("cancelling") || text(c).contains("another supplier")))
                .isGreaterThanOrEqualTo(1);
    }

    @Test
    void textsAreInRussianChineseEstonianAndEnglish() {
        assertThat(count(c -> text(c).codePoints()
                        .anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.CYRILLIC)))
                .isGreaterThanOrEqualTo(3);
        assertThat(count(c -> text(c).codePoints()
                        .anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)))
                .isGreaterThanOrEqualTo(3);
        assertThat(count(c -> text(c).matches("(?s).*[õäöüÕÄÖÜ].*")))
                .as("Estonian")
                .isGreaterThanOrEqualTo(3);
        assertThat(count(c -> c.complaint().language() == null))
                .as("language left to inference")
                .isGreaterThanOrEqualTo(3);
        assertThat(count(c -> c.complaint().language() != null))
                .as("language given")
                .isGreaterThanOrEqualTo(3);
    }

    @Test
    void samplesSurviveAWriteAndReadRoundTrip() {
        AdviceWriter writer = AdviceWriter.create();
        CaseReader reader = CaseReader.create();
        assertThat(cases)
                .allSatisfy(
                        c -> assertThat(reader.readCase(writer.writeCase(c))).isEqualTo(c));
    }
}
