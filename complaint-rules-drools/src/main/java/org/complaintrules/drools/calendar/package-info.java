/**
 * The legal clock's calendars: {@link org.complaintrules.drools.calendar.BusinessCalendar}, the one
 * service every business-day computation goes through (public holidays from Jollyday per jurisdiction,
 * composable with a host's own closing days), and
 * {@link org.complaintrules.drools.calendar.Jurisdictions}, the contract's defaults for each regulatory
 * profile's jurisdiction and each jurisdiction's time zone. The date arithmetic itself is
 * {@link org.complaintrules.drools.model.CaseClock}.
 *
 * <p>Where Jollyday's calendar of a country is wrong, the library uses its own calendar for that country,
 * in Jollyday's format, from the resources of this package ({@code holidays/Holidays_<code>.xml}): BG (the
 * day off after Easter when 1 May or 6 May falls on it), CH (the cantons' own public holidays, from their
 * laws where they could be found), CY (the Orthodox Easter, not the Western one), GR
 * (30 January is no public holiday), IS (the days off of Act 88/1971, not Jollyday's list of observances)
 * and LT (Christmas Eve). {@code holidays/README.md} says why each exists and where its facts come from.
 */
package org.complaintrules.drools.calendar;
