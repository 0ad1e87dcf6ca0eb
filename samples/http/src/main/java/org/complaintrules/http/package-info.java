/** A sample HTTP host of complaint-rules: {@link org.complaintrules.http.AdvisorServer}. */
package org.complaintrules.http;
