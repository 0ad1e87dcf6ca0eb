/** The complaint-advisor HTTP service on Spring Boot: {@link org.complaintrules.http.AdvisorService}. */
package org.complaintrules.http;
