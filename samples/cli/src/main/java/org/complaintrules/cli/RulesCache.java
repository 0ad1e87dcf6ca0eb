package org.complaintrules.cli;

import java.nio.file.Path;
import java.util.Map;
import org.complaintrules.drools.DroolsComplaintAdvisor;

/**
 * Where the command line keeps the compiled rules of a {@code --rules} folder between runs
 * ({@link DroolsComplaintAdvisor.Builder#compiledRulesCache}): {@code check} writes them, {@code
 * advise}, {@code explain} and {@code diff} read them, so a folder that passed {@code check} starts
 * in about a second instead of compiling. The folder is {@code $COMPLAINT_ADVISOR_CACHE}; without it
 * {@code $XDG_CACHE_HOME/complaint-advisor}, else {@code ~/.cache/complaint-advisor}; {@code
 * COMPLAINT_ADVISOR_CACHE=off} turns the cache off.
 */
final class RulesCache {
    /** The environment variable that names the folder, or turns the cache off. */
    static final String VARIABLE = "COMPLAINT_ADVISOR_CACHE";

    private RulesCache() {}

    /**
     * @param env the environment
     * @param home the user's home folder
     * @return the cache's folder, or {@code null} when it is off
     */
    static Path folder(Map<String, String> env, String home) {
        String given = env.get(VARIABLE);
        if (given != null && !given.isBlank()) {
            return given.trim().equalsIgnoreCase("off") ? null : Path.of(given.trim());
        }
        String xdg = env.get("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg, "complaint-advisor");
        }
        return home == null ? null : Path.of(home, ".cache", "complaint-advisor");
    }

    /**
     * Sets the cache on a builder for a rules folder.
     *
     * @param b the builder
     * @param write whether to write rules compiled as usual for later runs ({@code check}), or only read
     * @return the builder
     */
    static DroolsComplaintAdvisor.Builder apply(DroolsComplaintAdvisor.Builder b, boolean write) {
        Path folder = folder(System.getenv(), System.getProperty("user.home"));
        return folder == null ? b : b.compiledRulesCache(folder, write);
    }
}
