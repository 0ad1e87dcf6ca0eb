package org.complaintrules.spring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README's Spring Boot section shows code that compiles here (the controller, with its imports,
 * tested by {@code WebMvcSliceTest}) and only properties the starter has.
 */
class ReadmeTest {
    private static final Path ROOT =
            Path.of(System.getProperty("complaint.data.dir")).getParent();

    private static String readme() throws IOException {
        return Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
    }

    @Test
    void theReadmeShowsTheControllerWithItsImports() throws IOException {
        String source = Files.readString(
                ROOT.resolve(
                        "complaint-rules-spring-boot-starter/src/test/java/org/complaintrules/spring/slice/ComplaintController.java"),
                StandardCharsets.UTF_8);
        String shown = source.substring(source.indexOf("\nimport ") + 1, source.indexOf("// spotless:on"))
                .strip();
        assertThat(readme()).contains(shown);
    }

    @Test
    void everyComplaintRulesPropertyInTheReadmeExists() throws IOException {
        Set<String> known = new HashSet<>();
        try (InputStream in = getClass().getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
            JsonNode metadata = new ObjectMapper().readTree(in);
            metadata.path("properties").forEach(p -> known.add(p.path("name").asText()));
        }
        Matcher m = Pattern.compile("complaint-rules\\.[a-z.-]+[a-z]").matcher(readme());
        Set<String> named = new HashSet<>();
        while (m.find()) {
            String name = m.group();
            named.add(
                    name.startsWith("complaint-rules.policy-properties.") ? "complaint-rules.policy-properties" : name);
        }
        assertThat(named).contains("complaint-rules.web.enabled", "complaint-rules.rules-directory");
        assertThat(known).containsAll(named);
    }
}
