package org.complaintrules.testkit.logging;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Fails each test of the annotated class (or the annotated test method) that logs a WARN or ERROR line,
 * on any thread, unless its logger is {@linkplain #allow() allowed}.
 *
 * <p>The check reads what the SLF4J simple binding ({@code slf4j-simple}, the test binding of this project)
 * writes to {@code System.err}; see {@link QuietLogExtension} for how and for the limits.
 *
 * <pre>{@code
 * @ExpectQuietLog
 * class DefaultPolicyTest { ... }
 *
 * @ExpectQuietLog(allow = "org.complaintrules.drools.internal.Evaluation")
 * void aTimeOutIsLogged() { ... }
 * }</pre>
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@ExtendWith(QuietLogExtension.class)
public @interface ExpectQuietLog {

    /**
     * Loggers whose WARN and ERROR lines are expected: a logger name, or a prefix of names ending in
     * {@code .} (a package). On a method, these add to those of its class.
     *
     * @return the allowed logger names and prefixes; none by default
     */
    String[] allow() default {};
}
