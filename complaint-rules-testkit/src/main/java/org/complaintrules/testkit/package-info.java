/**
 * The QA kit for complaint-rules policies: seeded case generators ({@link org.complaintrules.testkit.Gen},
 * {@link org.complaintrules.testkit.CaseGenerator}, {@link org.complaintrules.testkit.Phrases}), label
 * tallies ({@link org.complaintrules.testkit.Coverage}, {@link org.complaintrules.testkit.Labels}), and a
 * property runner with a case minimiser ({@link org.complaintrules.testkit.PropertyCheck},
 * {@link org.complaintrules.testkit.CaseProperty}, {@link org.complaintrules.testkit.Minimiser}).
 * No third-party property-testing library: plain Java on {@link java.util.random.RandomGenerator}.
 */
package org.complaintrules.testkit;
