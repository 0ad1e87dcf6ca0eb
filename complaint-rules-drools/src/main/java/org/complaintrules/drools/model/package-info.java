/**
 * The facts rule files work with. Input facts (never modified by rules): the case's
 * {@link org.complaintrules.api.Complaint}, {@link org.complaintrules.api.Customer} and
 * {@link org.complaintrules.api.Conversation}, the {@link org.complaintrules.drools.model.TextProfile},
 * one {@link org.complaintrules.drools.model.Signal} per signal type seen, the
 * {@link org.complaintrules.drools.model.PolicySettings} (with the values in force on the day of receipt)
 * and the {@link org.complaintrules.drools.model.CaseClock}, the case's legal clock that counts every
 * deadline ({@link org.complaintrules.drools.model.Term}s such as {@code 15bd}). Derived facts, inserted by rules:
 * {@link org.complaintrules.drools.model.TraitEvidence}, {@link org.complaintrules.drools.model.Trait},
 * {@link org.complaintrules.drools.model.PrimaryType}, {@link org.complaintrules.drools.model.CompensationLimit},
 * {@link org.complaintrules.drools.model.CompensationCap}. The output fact:
 * {@link org.complaintrules.drools.model.AdviceDraft}.
 */
package org.complaintrules.drools.model;
