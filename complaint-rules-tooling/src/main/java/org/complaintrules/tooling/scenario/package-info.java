/**
 * Scenario files for policy owners: one JSON file per scenario ({@code given} a complaint case,
 * {@code expect} parts of the advice), read by {@link org.complaintrules.tooling.scenario.ScenarioLoader}
 * and run by {@link org.complaintrules.tooling.scenario.ScenarioRunner} (plain Java, with rule coverage).
 * The testkit's {@code org.complaintrules.testkit.scenario.ScenarioTests} turns them into JUnit 5
 * dynamic tests. A scenario may name a regulatory {@code "profile"}; the runner then uses
 * {@link org.complaintrules.tooling.scenario.Advisors#forProfile} (built once per profile and cached by
 * {@link org.complaintrules.tooling.scenario.Advisors#drools}).
 */
package org.complaintrules.tooling.scenario;
