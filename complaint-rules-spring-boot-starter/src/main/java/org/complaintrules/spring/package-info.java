/**
 * Spring Boot auto-configuration of complaint-rules: a {@link org.complaintrules.spring.ManagedComplaintAdvisor}
 * built from {@code complaint-rules.*} properties ({@link org.complaintrules.spring.ComplaintRulesProperties}),
 * compiled in the background while the application starts; the application reports ready only once
 * the policy is. Add {@link org.complaintrules.spring.ComplaintAdvisorBuilderCustomizer} beans for
 * builder options that have no property.
 */
package org.complaintrules.spring;
