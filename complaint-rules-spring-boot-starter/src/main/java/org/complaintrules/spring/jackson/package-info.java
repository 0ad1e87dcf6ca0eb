/** The contract's JSON for Jackson and Spring MVC: {@link org.complaintrules.spring.jackson.ComplaintRulesJacksonModule}. */
package org.complaintrules.spring.jackson;
