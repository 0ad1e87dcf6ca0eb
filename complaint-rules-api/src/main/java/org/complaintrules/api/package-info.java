/**
 * The complaint-rules contract as Java: the {@link org.complaintrules.api.ComplaintCase} a host
 * hands in, the {@link org.complaintrules.api.Advice} it gets back, the
 * {@link org.complaintrules.api.ComplaintAdvisor} that turns one into the other, and the
 * {@link org.complaintrules.api.ComplaintRulesException} family. No dependencies.
 */
package org.complaintrules.api;
