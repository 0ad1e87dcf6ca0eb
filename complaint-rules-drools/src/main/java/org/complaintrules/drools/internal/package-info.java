/**
 * Implementation details of the engine: loading, compiling and running policies, the audit
 * trail and the guardrails. Not an API: anything here may change in any release.
 */
package org.complaintrules.drools.internal;
