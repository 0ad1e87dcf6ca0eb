package org.complaintrules.spring;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.complaintrules.api.RegulatoryProfile;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * The {@code complaint-rules.*} properties. With none set, the advisor runs the bundled default
 * policy, compiled in the background.
 *
 * <pre>
 * complaint-rules.rules-directory=/etc/complaints/policy
 * complaint-rules.profile=UK_FCA
 * complaint-rules.absolute-cap=5000.00 EUR
 * complaint-rules.reload.watch=true
 * complaint-rules.web.enabled=true
 * </pre>
 */
@ConfigurationProperties(prefix = ComplaintRulesProperties.PREFIX)
public class ComplaintRulesProperties {
    /** The prefix of every property. */
    public static final String PREFIX = "complaint-rules";

    /** Whether to auto-configure a ComplaintAdvisor. */
    private boolean enabled = true;

    /**
     * Folder of the policy: every .drl file below it and its policy.properties; read again on reload.
     * Default: the bundled default policy.
     */
    private Path rulesDirectory;

    /** Classpath folder of the policy, e.g. com/example/policy, instead of a rules directory. */
    private String classpathPolicy;

    /**
     * Folder where the rules compiled from the policy's rule files are kept between starts: the next
     * start with the same rule files loads them instead of compiling (the sandbox checks them again).
     * Writing needs org.drools:drools-model-codegen on the class path. Default: none.
     */
    private Path compiledRulesCache;

    /** Regulatory profile; overrides regulatory.profile of the policy. */
    private RegulatoryProfile profile;

    /**
     * The most any case may be offered, whatever the rules say, as amount and currency in the
     * policy currency, e.g. "5000.00 EUR". Default: guardrail.absoluteCap of the policy.
     */
    private String absoluteCap;

    /** The most rule firings one case may take before it is answered with RULES_FAILED, 1 to 1000000. */
    private int firingLimit = 1000;

    /**
     * The most time the rules may take on one case before it is answered with RULES_FAILED, 1ms to
     * 10m. Default: the engine's (1s).
     */
    private Duration timeBudget;

    /**
     * Values of policy.properties to override; keys with dots go in brackets, e.g.
     * complaint-rules.policy-properties.[guardrail.absoluteCap]=5000.
     */
    private Map<String, String> policyProperties = new LinkedHashMap<>();

    /**
     * When and where to compile the policy. In the background (AFTER_START, DURING_START) the
     * application reports ready (readiness state ACCEPTING_TRAFFIC) only once the policy is compiled,
     * and start-up fails when it does not compile.
     */
    private Compile compile = Compile.AFTER_START;

    /** The longest the application waits for the policy to compile before start-up fails. */
    private Duration startupTimeout = Duration.ofMinutes(5);

    private final Reload reload = new Reload();

    private final Web web = new Web();

    /** @return whether to auto-configure a ComplaintAdvisor */
    public boolean isEnabled() {
        return enabled;
    }

    /** @param enabled whether to auto-configure a ComplaintAdvisor */
    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    /** @return the policy folder, or {@code null} */
    public Path getRulesDirectory() {
        return rulesDirectory;
    }

    /** @param rulesDirectory the policy folder */
    public void setRulesDirectory(Path rulesDirectory) {
        this.rulesDirectory = rulesDirectory;
    }

    /** @return the folder of compiled rules kept between starts, or {@code null} */
    public Path getCompiledRulesCache() {
        return compiledRulesCache;
    }

    /** @param compiledRulesCache the folder of compiled rules kept between starts */
    public void setCompiledRulesCache(Path compiledRulesCache) {
        this.compiledRulesCache = compiledRulesCache;
    }

    /** @return the classpath folder of the policy, or {@code null} */
    public String getClasspathPolicy() {
        return classpathPolicy;
    }

    /** @param classpathPolicy the classpath folder of the policy */
    public void setClasspathPolicy(String classpathPolicy) {
        this.classpathPolicy = classpathPolicy;
    }

    /** @return the regulatory profile, or {@code null} for the policy's own */
    public RegulatoryProfile getProfile() {
        return profile;
    }

    /** @param profile the regulatory profile */
    public void setProfile(RegulatoryProfile profile) {
        this.profile = profile;
    }

    /** @return the absolute cap as {@code "AMOUNT CURRENCY"}, or {@code null} */
    public String getAbsoluteCap() {
        return absoluteCap;
    }

    /** @param absoluteCap the absolute cap as {@code "AMOUNT CURRENCY"} */
    public void setAbsoluteCap(String absoluteCap) {
        this.absoluteCap = absoluteCap;
    }

    /** @return the firing limit per case */
    public int getFiringLimit() {
        return firingLimit;
    }

    /** @param firingLimit the firing limit per case */
    public void setFiringLimit(int firingLimit) {
        this.firingLimit = firingLimit;
    }

    /** @return the time budget per case, or {@code null} for the engine's default */
    public Duration getTimeBudget() {
        return timeBudget;
    }

    /** @param timeBudget the time budget per case */
    public void setTimeBudget(Duration timeBudget) {
        this.timeBudget = timeBudget;
    }

    /** @return the policy.properties overrides */
    public Map<String, String> getPolicyProperties() {
        return policyProperties;
    }

    /** @param policyProperties the policy.properties overrides */
    public void setPolicyProperties(Map<String, String> policyProperties) {
        this.policyProperties = policyProperties;
    }

    /** @return when and where the policy compiles */
    public Compile getCompile() {
        return compile;
    }

    /** @param compile when and where the policy compiles */
    public void setCompile(Compile compile) {
        this.compile = compile;
    }

    /** @return how long start-up waits for the policy */
    public Duration getStartupTimeout() {
        return startupTimeout;
    }

    /** @param startupTimeout how long start-up waits for the policy */
    public void setStartupTimeout(Duration startupTimeout) {
        this.startupTimeout = startupTimeout;
    }

    /** @return the reload settings */
    public Reload getReload() {
        return reload;
    }

    /** @return the HTTP endpoint settings */
    public Web getWeb() {
        return web;
    }

    /** When and where the policy compiles ({@code complaint-rules.compile}). */
    public enum Compile {
        /**
         * In the background once the application context is up (the web server listening), so the
         * policy does not slow start-up down; the application is ready when the policy is.
         */
        AFTER_START,
        /**
         * In the background from the moment the advisor is created, alongside the rest of start-up;
         * ready sooner where spare processors are, start-up slower where none are.
         */
        DURING_START,
        /** While the application context is created: it fails to start on rules that do not compile. */
        FOREGROUND
    }

    /** {@code complaint-rules.reload.*}: reloading the policy when its files change. */
    public static class Reload {
        /** Whether to reload the policy when a file below rules-directory changes. */
        private boolean watch = false;

        /**
         * How often to look at the rule files; a change is reloaded once the files have stayed the same
         * for one more interval, so an editor's several writes make one reload.
         */
        private Duration interval = Duration.ofSeconds(2);

        /** @return whether file changes trigger a reload */
        public boolean isWatch() {
            return watch;
        }

        /** @param watch whether file changes trigger a reload */
        public void setWatch(boolean watch) {
            this.watch = watch;
        }

        /** @return how often the files are looked at */
        public Duration getInterval() {
            return interval;
        }

        /** @param interval how often the files are looked at */
        public void setInterval(Duration interval) {
            this.interval = interval;
        }
    }

    /** {@code complaint-rules.web.*}: the optional HTTP endpoints of a servlet web application. */
    public static class Web {
        /**
         * Whether to serve POST /advise (one case as a JSON object, or a batch as a JSON array or JSON
         * Lines) and GET /ruleset, with every error in the contract's JSON.
         */
        private boolean enabled = false;

        /** Path of the advice endpoint. */
        private String advisePath = "/advise";

        /** Path of the rule set endpoint. */
        private String ruleSetPath = "/ruleset";

        /** Largest request body; a larger one is answered with 413. */
        private DataSize maxRequestSize = DataSize.ofMegabytes(32);

        /**
         * Longest total time spent waiting for the bytes of a request body; a slower client is answered
         * with 408 (the time spent reading what has arrived does not count).
         */
        private Duration maxRequestTime = Duration.ofSeconds(60);

        /** @return whether the endpoints are served */
        public boolean isEnabled() {
            return enabled;
        }

        /** @param enabled whether the endpoints are served */
        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        /** @return the path of the advice endpoint */
        public String getAdvisePath() {
            return advisePath;
        }

        /** @param advisePath the path of the advice endpoint */
        public void setAdvisePath(String advisePath) {
            this.advisePath = advisePath;
        }

        /** @return the path of the rule set endpoint */
        public String getRuleSetPath() {
            return ruleSetPath;
        }

        /** @param ruleSetPath the path of the rule set endpoint */
        public void setRuleSetPath(String ruleSetPath) {
            this.ruleSetPath = ruleSetPath;
        }

        /** @return the largest request body */
        public DataSize getMaxRequestSize() {
            return maxRequestSize;
        }

        /** @param maxRequestSize the largest request body */
        public void setMaxRequestSize(DataSize maxRequestSize) {
            this.maxRequestSize = maxRequestSize;
        }

        /** @return the longest time to receive a request body */
        public Duration getMaxRequestTime() {
            return maxRequestTime;
        }

        /** @param maxRequestTime the longest time to receive a request body */
        public void setMaxRequestTime(Duration maxRequestTime) {
            this.maxRequestTime = maxRequestTime;
        }
    }
}
