package org.complaintrules.drools.internal;

import java.util.Set;

/**
 * What sandboxed rule code may reach: the one list both sandbox layers (the check of the parsed rule
 * files, {@link DrlAnalyzer}, and the check of the compiled classes, {@link BytecodeVerifier}) apply.
 * Everything not listed is refused: {@code System}, {@code Runtime}, {@code Thread}, {@code Class},
 * reflection, class loading, I/O, networking and process control among it.
 */
final class Allowlist {
    /** Packages whose every public class a policy may use. */
    private static final Set<String> PACKAGES = Set.of(
            "org.complaintrules.api",
            "org.complaintrules.drools.model",
            "java.math",
            "java.time",
            "java.time.temporal",
            "java.time.format",
            "java.time.chrono");

    /** Single classes a policy may use (binary names). */
    private static final Set<String> CLASSES = Set.of(
            "java.lang.Object",
            "java.lang.String",
            "java.lang.CharSequence",
            "java.lang.StringBuilder",
            "java.lang.Math",
            "java.lang.Integer",
            "java.lang.Long",
            "java.lang.Short",
            "java.lang.Byte",
            "java.lang.Double",
            "java.lang.Float",
            "java.lang.Boolean",
            "java.lang.Character",
            "java.lang.Number",
            "java.lang.Comparable",
            "java.lang.Enum",
            "java.lang.Throwable",
            "java.lang.Exception",
            "java.lang.RuntimeException",
            "java.lang.Error",
            "java.lang.IllegalArgumentException",
            "java.lang.IllegalStateException",
            "java.lang.ArithmeticException",
            "java.lang.NullPointerException",
            "java.lang.UnsupportedOperationException",
            "java.lang.IndexOutOfBoundsException",
            "java.lang.NumberFormatException",
            "java.util.List",
            "java.util.Set",
            "java.util.Map",
            "java.util.Map$Entry",
            "java.util.Collection",
            "java.util.Collections",
            "java.util.Optional",
            "java.util.Objects",
            "java.util.Currency",
            "java.util.Locale");

    /**
     * Methods no rule may call, whatever the receiver: reflection and class loading, process and thread
     * control, monitors, and library calls whose time or memory a rule could blow up (regular expressions
     * on complaint text, huge repeats, powers and formats).
     */
    static final Set<String> DENIED_METHODS = Set.of(
            "getClass",
            "forName",
            "getClassLoader",
            "getContextClassLoader",
            "setAccessible",
            "invoke",
            "invokeExact",
            "newInstance",
            "getDeclaredField",
            "getDeclaredFields",
            "getDeclaredMethod",
            "getDeclaredMethods",
            "getDeclaredConstructor",
            "getDeclaredConstructors",
            "getField",
            "getFields",
            "getMethod",
            "getMethods",
            "getConstructor",
            "getConstructors",
            "getRuntime",
            "exit",
            "halt",
            "exec",
            "load",
            "loadLibrary",
            "wait",
            "notify",
            "notifyAll",
            "finalize",
            "clone",
            "repeat",
            "pow",
            "scaleByPowerOfTen",
            "format",
            "formatted",
            "matches",
            "replaceAll",
            "replaceFirst",
            "split",
            "intern",
            // a Class object, and what it reaches: resources, modules, class loaders, URLs and their streams
            // ("MONDAY.getDeclaringClass().getResource(...).toURI().resolve(...).toURL().openStream()")
            "getDeclaringClass",
            "getEnclosingClass",
            "getSuperclass",
            "getInterfaces",
            "getComponentType",
            "componentType",
            "arrayType",
            "getNestHost",
            "getModule",
            "getLayer",
            "findLoader",
            "loadClass",
            "getResource",
            "getResources",
            "getResourceAsStream",
            "describeConstable",
            "resolveConstantDesc",
            "toURL",
            "openStream",
            "openConnection",
            // one call whose memory or time a rule sets without a loop: Collections.nCopies(2000000000, x),
            // BigInteger.ONE.shiftLeft(3000000) (and its toString), a huge capacity or length
            "nCopies",
            "shiftLeft",
            "setBit",
            "flipBit",
            "ensureCapacity",
            "setLength",
            // a default of the whole JVM, seen by every later case and by the host (Locale.setDefault)
            "setDefault");

    /**
     * Methods no rule may call because their answer depends on when or where the rules run, not on
     * the case: the wall clock ({@code Instant.now()}, {@code LocalDate.now()}, {@code Clock.systemUTC()},
     * a chronology's {@code dateNow()}), the host's default time zone and locale, and random numbers
     * ({@code Math.random()}). A rule reads the time of the case from {@code CaseClock}, so replaying an
     * old complaint gives its old answer.
     */
    static final Set<String> NONDETERMINISTIC_METHODS = Set.of(
            "now",
            "dateNow",
            "systemUTC",
            "systemDefaultZone",
            "system",
            "systemDefault",
            "getDefault",
            "random",
            // clocks that tick with the wall clock (Clock.tickMillis(zone), Clock.tick(base, duration))
            "tick",
            "tickMillis",
            "tickSeconds",
            "tickMinutes");

    /**
     * @param method a method's name
     * @return why a rule may not call it, or {@code null} when the name alone does not forbid it
     */
    static String deniedBecause(String method) {
        if (DENIED_METHODS.contains(method)) {
            return "calling " + method + "(...) is not allowed";
        }
        if (NONDETERMINISTIC_METHODS.contains(method)) {
            return "calling " + method + "(...) is not allowed: a rule must give the same answer whenever"
                    + " and wherever it runs, so it reads the time of the case from CaseClock, never the"
                    + " wall clock, the host's defaults or a random number";
        }
        return null;
    }

    /** Methods of {@code PolicySettings} a rule may call; {@code values()} would read numbers past the key checks. */
    static final Set<String> SETTINGS_METHODS = Set.of(
            "text",
            "number",
            "whole",
            "money",
            "duration",
            "term",
            "asOf",
            "effectiveFrom",
            "has",
            "scaled",
            "remaining",
            "atLeast",
            "rank",
            "precedence",
            "currency",
            "profile",
            "name",
            "version",
            "equals",
            "hashCode",
            "toString");

    private Allowlist() {}

    /**
     * @param binaryName a class name such as {@code java.util.Map$Entry}
     * @return whether sandboxed rule code may use it
     */
    static boolean allowed(String binaryName) {
        if (CLASSES.contains(binaryName)) {
            return true;
        }
        int dot = binaryName.lastIndexOf('.');
        return dot > 0 && PACKAGES.contains(binaryName.substring(0, dot));
    }
}
