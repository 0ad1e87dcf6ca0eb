/** Policy diff: what a change to the rule files does to the advice for a corpus of cases. */
package org.complaintrules.tooling.diff;
