/**
 * Explanations of advice for people: {@link org.complaintrules.tooling.explain.Explainer} advises a case and
 * collects why (setting values in rule descriptions, evidence totals against the threshold, the limit
 * that set the compensation cap, text evidence in context); {@link org.complaintrules.tooling.explain.ExplainText}
 * and {@link org.complaintrules.tooling.explain.ExplainHtml} render it.
 */
package org.complaintrules.tooling.explain;
