/**
 * The legal clock's calendars: {@link org.complaintrules.drools.calendar.BusinessCalendar}, the one
 * service every business-day computation goes through (public holidays from Jollyday per jurisdiction,
 * composable with a host's own closing days), and
 * {@link org.complaintrules.drools.calendar.Jurisdictions}, the contract's defaults for each regulatory
 * profile's jurisdiction and each jurisdiction's time zone. The date arithmetic itself is
 * {@link org.complaintrules.drools.model.CaseClock}.
 */
package org.complaintrules.drools.calendar;
