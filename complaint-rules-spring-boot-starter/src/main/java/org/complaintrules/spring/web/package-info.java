/**
 * Spring MVC: the contract's errors for any controller ({@link org.complaintrules.spring.web.ComplaintRulesExceptionHandler},
 * {@link org.complaintrules.spring.web.ContractErrors}) and the optional {@code /advise} and {@code /ruleset}
 * endpoints ({@link org.complaintrules.spring.web.AdviseController}).
 */
package org.complaintrules.spring.web;
