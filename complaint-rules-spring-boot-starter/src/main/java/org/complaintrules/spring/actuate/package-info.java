/**
 * Spring Boot Actuator support: the {@code complaintRules} health indicator, the {@code complaintrules}
 * endpoint (state and reload) and Micrometer metrics.
 */
package org.complaintrules.spring.actuate;
