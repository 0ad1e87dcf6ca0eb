package org.complaintrules.policy.wording;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every reason the bundled policy gives a compensation limit has wording in each of its languages
 * ({@code limit.REASON}), which {@code explain --lang} shows instead of the code; and no wording is
 * left for a reason the policy no longer gives.
 */
class LimitWordingTest {
    private static final Path POLICY = Path.of("src/main/resources/org/complaintrules/policy");
    private static final Pattern LIMIT = Pattern.compile("new CompensationLimit\\(.*\"([A-Z0-9_]+)\"\\s*\\)\\s*\\)");

    private static Set<String> reasonsInThePolicy() throws IOException {
        Set<String> reasons = new TreeSet<>();
        try (Stream<Path> files = Files.list(POLICY)) {
            for (Path drl : files.filter(p -> p.toString().endsWith(".drl")).toList()) {
                Matcher m = LIMIT.matcher(Files.readString(drl));
                while (m.find()) {
                    reasons.add(m.group(1));
                }
            }
        }
        return reasons;
    }

    private static Properties messages(String language) throws IOException {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(POLICY.resolve("messages/messages_" + language + ".properties"))) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void everyLimitReasonOfThePolicyHasWordingInEachLanguage() throws IOException {
        Set<String> reasons = reasonsInThePolicy();
        assertThat(reasons).contains("CLAIMED_LOSS", "SEGMENT_CAP", "TWELVE_MONTH_CAP", "RIP_OFF_PRECEDENT");
        for (String language : List.of("en", "ru", "et", "zh")) {
            Properties p = messages(language);
            Set<String> worded = new TreeSet<>();
            for (String key : p.stringPropertyNames()) {
                if (key.startsWith("limit.")) {
                    worded.add(key.substring("limit.".length()));
                    assertThat(p.getProperty(key)).as(language + " " + key).isNotBlank();
                }
            }
            assertThat(worded).as(language).isEqualTo(reasons);
        }
    }
}
