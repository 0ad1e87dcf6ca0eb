/**
 * JUnit 5 adapters for scenario files: {@link org.complaintrules.testkit.scenario.ScenarioTests} turns a
 * folder of scenarios into dynamic tests and fails on rules no scenario fires. Loading, running and
 * matching scenarios live in {@code complaint-rules-tooling} ({@code org.complaintrules.tooling.scenario}),
 * which needs no test framework.
 */
package org.complaintrules.testkit.scenario;
