/**
 * Quiet-run checks for tests: {@link org.complaintrules.testkit.logging.ExpectQuietLog} fails a test that
 * logs an unexpected WARN or ERROR line through SLF4J's simple binding.
 */
package org.complaintrules.testkit.logging;
