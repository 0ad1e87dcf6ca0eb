/**
 * Scenario files for policy owners: one JSON file per scenario ({@code given} a complaint case,
 * {@code expect} parts of the advice), read by {@link org.complaintrules.testkit.scenario.ScenarioLoader},
 * run by {@link org.complaintrules.testkit.scenario.ScenarioRunner} (plain Java, with rule coverage), and
 * turned into JUnit 5 dynamic tests by {@link org.complaintrules.testkit.scenario.ScenarioTests}.
 * A scenario may name a regulatory {@code "profile"}; the runner then uses
 * {@link org.complaintrules.testkit.scenario.Advisors#forProfile} (built once per profile and cached by
 * {@link org.complaintrules.testkit.scenario.Advisors#drools}).
 */
package org.complaintrules.testkit.scenario;
