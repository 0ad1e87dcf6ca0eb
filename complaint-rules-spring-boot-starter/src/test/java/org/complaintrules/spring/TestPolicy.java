package org.complaintrules.spring;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import org.complaintrules.api.Category;
import org.complaintrules.api.Channel;
import org.complaintrules.api.Complaint;
import org.complaintrules.api.ComplaintCase;
import org.complaintrules.api.Customer;
import org.complaintrules.api.Money;
import org.complaintrules.drools.DroolsComplaintAdvisor;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** Test support: a copy of the bundled default policy in a folder, a rule file that does not compile, and cases. */
public final class TestPolicy {
    private TestPolicy() {}

    /**
     * @param dir an empty or absent folder
     * @return {@code dir}, holding the bundled policy's files
     */
    public static Path copyDefaultPolicy(Path dir) {
        try {
            Files.createDirectories(dir);
            Resource[] files = new PathMatchingResourcePatternResolver()
                    .getResources("classpath*:" + DroolsComplaintAdvisor.DEFAULT_POLICY_FOLDER + "/**/*.*");
            String folder = DroolsComplaintAdvisor.DEFAULT_POLICY_FOLDER + "/";
            for (Resource r : files) {
                // the subfolders too (messages/, replies/, lexicon/), under their own relative paths
                String url = r.getURL().toString();
                Path target = dir.resolve(url.substring(url.lastIndexOf(folder) + folder.length()));
                Files.createDirectories(target.getParent());
                try (InputStream in = r.getInputStream()) {
                    Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
            if (!Files.exists(dir.resolve("policy.properties"))) {
                throw new IllegalStateException("the bundled policy is not on the test classpath");
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes a rule file that does not compile (a condition left open) into a policy folder.
     *
     * @param dir a policy folder
     * @return the file written, {@code zz-broken.drl} in {@code dir}
     */
    public static Path writeBrokenRule(Path dir) {
        try {
            return Files.writeString(
                    dir.resolve("zz-broken.drl"),
                    "package org.complaintrules.policy;\n\nrule \"x\" when\n  Nope(\nthen end\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param id the case id
     * @return the contract's example case with that id
     */
    public static ComplaintCase blender(String id) {
        return ComplaintCase.of(
                Complaint.builder(id, Instant.parse("2026-11-20T10:15:00Z"), Channel.EMAIL, Category.PRODUCT_QUALITY)
                        .text("The blender broke after two days. I want my money back.")
                        .claimedLoss(Money.of("89.99", "EUR"))
                        .build(),
                Customer.of("K-77"));
    }

    /**
     * @param id the case id
     * @param currency the currency of the claimed loss
     * @return the example case as contract JSON, with that id and currency
     */
    public static String blenderJson(String id, String currency) {
        return "{\"complaint\": {\"id\": \"" + id
                + "\", \"receivedAt\": \"2026-11-20T10:15:00Z\", \"channel\": \"EMAIL\","
                + " \"category\": \"PRODUCT_QUALITY\", \"text\": \"The blender broke after two days. I want my money back.\","
                + " \"claimedLoss\": {\"amount\": \"89.99\", \"currency\": \"" + currency + "\"}},"
                + " \"customer\": {\"id\": \"K-77\"}}";
    }
}
