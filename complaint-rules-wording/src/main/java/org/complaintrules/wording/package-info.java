/**
 * Human wording for the advice codes and reply drafts in the customer's language, read from message
 * and template files beside a policy ({@link org.complaintrules.wording.PolicyWording}), with the
 * clauses regulators require in their letters ({@link org.complaintrules.wording.RegulatoryLetters}).
 * Formatting is ICU4J's: plurals, dates, times and money follow each locale. No ICU type appears in
 * a public signature.
 */
package org.complaintrules.wording;
