/** A Spring Boot application with the starter and no code of its own: {@link org.complaintrules.minimal.MinimalApplication}. */
package org.complaintrules.minimal;
