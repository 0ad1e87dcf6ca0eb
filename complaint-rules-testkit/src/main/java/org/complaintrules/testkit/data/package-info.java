/**
 * Public data for calibrating a policy: a small RFC 4180 {@link org.complaintrules.testkit.data.Csv}
 * reader and {@link org.complaintrules.testkit.data.CfpbSample}, which turns the CFPB consumer
 * narratives shipped in the repository's {@code data/cfpb/} into complaint cases.
 */
package org.complaintrules.testkit.data;
