package org.complaintrules.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.complaintrules.api.ComplainantType;
import org.complaintrules.policy.readme.Embedding;
import org.junit.jupiter.api.Test;

/**
 * Keeps the README's embedding example compiling (with its imports, as pasted into a new file) and
 * true: the README shows {@code readme/Embedding.java} from its first import to its end.
 */
class ReadmeSnippetTest {
    private static final Path ROOT =
            Path.of(System.getProperty("complaint.data.dir")).getParent();

    @Test
    void theReadmeExampleAdvisesTheContractExample() {
        PrintStream out = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            Embedding.main(new String[0]);
        } finally {
            System.setOut(out);
        }
        Matcher m = Pattern.compile("(?m)^([A-Z_]+), offer up to ([0-9.]+) EUR$")
                .matcher(printed.toString(StandardCharsets.UTF_8));
        assertThat(m.find()).as(printed.toString(StandardCharsets.UTF_8)).isTrue();
        assertThat(java.util.Arrays.stream(ComplainantType.values()).map(Enum::name))
                .contains(m.group(1));
        assertThat(new BigDecimal(m.group(2))).isBetween(BigDecimal.ZERO, new BigDecimal("89.99"));
    }

    @Test
    void theReadmeShowsExactlyThisExampleWithItsImports() throws IOException {
        String readme = Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
        assertThat(readme).contains(shown("rules/src/test/java/org/complaintrules/policy/readme/Embedding.java"));
    }

    /** The part of a source file the README shows: from its first import to the end, without the formatter marks. */
    static String shown(String file) throws IOException {
        String source = Files.readString(ROOT.resolve(file), StandardCharsets.UTF_8);
        return source.substring(source.indexOf("\nimport ") + 1, source.indexOf("// spotless:on"))
                .strip();
    }
}
