package org.complaintrules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Where the command line keeps compiled rules: the variable, the XDG cache folder, the home folder. */
class RulesCacheTest {
    @Test
    void theVariableWinsAndOffTurnsTheCacheOff() {
        assertThat(RulesCache.folder(
                        Map.of("COMPLAINT_ADVISOR_CACHE", "/srv/cache", "XDG_CACHE_HOME", "/x"), "/home/a"))
                .isEqualTo(Path.of("/srv/cache"));
        assertThat(RulesCache.folder(Map.of("COMPLAINT_ADVISOR_CACHE", "OFF"), "/home/a"))
                .isNull();
        assertThat(RulesCache.folder(Map.of("COMPLAINT_ADVISOR_CACHE", " off "), "/home/a"))
                .isNull();
    }

    @Test
    void withoutTheVariableTheXdgCacheFolderThenTheHomeFolder() {
        assertThat(RulesCache.folder(Map.of("XDG_CACHE_HOME", "/var/cache/a"), "/home/a"))
                .isEqualTo(Path.of("/var/cache/a", "complaint-advisor"));
        // a relative XDG_CACHE_HOME is ignored, as the XDG specification says
        assertThat(RulesCache.folder(Map.of("XDG_CACHE_HOME", "cache"), "/home/a"))
                .isEqualTo(Path.of("/home/a", ".cache", "complaint-advisor"));
        assertThat(RulesCache.folder(Map.of(), "/home/a")).isEqualTo(Path.of("/home/a", ".cache", "complaint-advisor"));
        assertThat(RulesCache.folder(Map.of("COMPLAINT_ADVISOR_CACHE", "  "), null))
                .isNull();
    }
}
