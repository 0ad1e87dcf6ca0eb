/** A Spring Data JPA application with the starter: {@link org.complaintrules.jpa.JpaApplication}. */
package org.complaintrules.jpa;
