package org.complaintrules.testkit.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.complaintrules.api.Category;
import org.complaintrules.api.Channel;
import org.complaintrules.api.Complaint;
import org.complaintrules.api.ComplaintCase;
import org.complaintrules.api.Customer;

/**
 * Real consumer complaints from the US CFPB Consumer Complaint Database, as shipped in the
 * repository's {@code data/cfpb/cfpb_sample_2019_elvus.csv} (268 complaints, 101 with the
 * consumer's own narrative; see {@code data/README.md}), turned into complaint cases for
 * calibrating a policy on text nobody on the project wrote.
 *
 * <h2>From a CSV row to a case</h2>
 * Only rows with a non-blank "Consumer complaint narrative" are read. Each becomes a case with
 * <ul>
 *   <li>complaint id {@code "CFPB-<Complaint ID>"}, customer id {@code "K-<Complaint ID>"}
 *       (segment STANDARD, no history: the database has none);</li>
 *   <li>channel {@link Channel#WEB_FORM} (the narratives were typed into the CFPB's web form);</li>
 *   <li>receivedAt "Date received" at 12:00Z;</li>
 *   <li>the narrative as text, language absent (left to inference), no amounts, no host signals;</li>
 *   <li>the category from "Product", see {@link #category(String)}.</li>
 * </ul>
 */
public final class CfpbSample {

    /** The file's name under {@code data/cfpb/}. */
    public static final String FILE_NAME = "cfpb_sample_2019_elvus.csv";
    /** Rows in the file, with and without a narrative. */
    public static final int ROWS = 268;

    private static final String NARRATIVE = "Consumer complaint narrative";

    private CfpbSample() {}

    /**
     * One complaint with a narrative.
     *
     * @param complaintId the CFPB "Complaint ID"
     * @param received "Date received"
     * @param product "Product"
     * @param issue "Issue"
     * @param narrative "Consumer complaint narrative", never blank (personal details are XXXX)
     */
    public record Narrative(String complaintId, LocalDate received, String product, String issue, String narrative) {

        /**
         * @throws NullPointerException when a component is null
         *
         * @param complaintId the CFPB "Complaint ID"
         * @param received "Date received"
         * @param product "Product"
         * @param issue "Issue"
         * @param narrative "Consumer complaint narrative", never blank (personal details are XXXX)
         */
        public Narrative {
            Objects.requireNonNull(complaintId, "complaintId");
            Objects.requireNonNull(received, "received");
            Objects.requireNonNull(product, "product");
            Objects.requireNonNull(issue, "issue");
            Objects.requireNonNull(narrative, "narrative");
        }

        /** @return the narrative as a complaint case, mapped as described in {@link CfpbSample} */
        public ComplaintCase toCase() {
            Complaint complaint = Complaint.builder(
                            "CFPB-" + complaintId,
                            received.atTime(12, 0).toInstant(ZoneOffset.UTC),
                            Channel.WEB_FORM,
                            category(product))
                    .text(narrative)
                    .build();
            return ComplaintCase.of(complaint, Customer.of("K-" + complaintId));
        }
    }

    /**
     * The category for a CFPB "Product":
     * <table>
     *   <caption>CFPB product to category</caption>
     *   <tr><th>Product</th><th>category</th><th>why</th></tr>
     *   <tr><td>Debt collection; Mortgage; Student loan; Vehicle loan or lease; Credit card; Credit card or
     *       prepaid card; Checking or savings account</td><td>BILLING</td>
     *       <td>money the company claims, charges or holds: amounts, fees, payments, balances</td></tr>
     *   <tr><td>Credit reporting, credit repair services, or other personal consumer reports; Money transfer,
     *       virtual currency, or money service</td><td>SERVICE_QUALITY</td>
     *       <td>a service done badly: wrong data on a report, a poor investigation, a transfer gone wrong</td></tr>
     *   <tr><td>anything else</td><td>OTHER</td><td></td></tr>
     * </table>
     *
     * @param product the "Product" column
     * @return the category
     */
    public static Category category(String product) {
        return switch (product) {
            case "Debt collection",
                    "Mortgage",
                    "Student loan",
                    "Vehicle loan or lease",
                    "Credit card",
                    "Credit card or prepaid card",
                    "Checking or savings account" -> Category.BILLING;
            case "Credit reporting, credit repair services, or other personal consumer reports",
                    "Money transfer, virtual currency, or money service" -> Category.SERVICE_QUALITY;
            default -> Category.OTHER;
        };
    }

    /**
     * @param dataDir the repository's {@code data/} folder (tests get it from the system property
     *                {@code complaint.data.dir})
     * @return the complaints with a narrative, in file order
     * @throws UncheckedIOException when the file cannot be read
     * @throws IllegalArgumentException when the file is not valid CSV with the expected columns
     */
    public static List<Narrative> read(Path dataDir) {
        Path file = dataDir.resolve("cfpb").resolve(FILE_NAME);
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        List<Map<String, String>> rows = Csv.parseWithHeader(text);
        return rows.stream()
                .filter(r -> !column(r, NARRATIVE).isBlank())
                .map(r -> new Narrative(
                        column(r, "Complaint ID"),
                        LocalDate.parse(column(r, "Date received")),
                        column(r, "Product"),
                        column(r, "Issue"),
                        column(r, NARRATIVE)))
                .toList();
    }

    /**
     * @param dataDir the repository's {@code data/} folder
     * @return every narrative as a case, in file order
     */
    public static List<ComplaintCase> cases(Path dataDir) {
        return read(dataDir).stream().map(Narrative::toCase).toList();
    }

    private static String column(Map<String, String> row, String name) {
        String value = row.get(name);
        if (value == null) {
            throw new IllegalArgumentException("no column '" + name + "' in the CFPB sample");
        }
        return value;
    }
}
