/**
 * The Drools implementation of {@link org.complaintrules.api.ComplaintAdvisor}:
 * {@link org.complaintrules.drools.DroolsComplaintAdvisor#builder()} is the entry point.
 * Drools types never appear in its public signatures; rule files work with the facts in
 * {@link org.complaintrules.drools.model}.
 */
package org.complaintrules.drools;
