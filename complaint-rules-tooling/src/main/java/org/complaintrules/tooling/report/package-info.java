/**
 * HTML pages of the tooling: the {@code check} report ({@link org.complaintrules.tooling.report.CheckReport}),
 * the {@code diff} report ({@link org.complaintrules.tooling.report.DiffHtml}) and their shared parts
 * ({@link org.complaintrules.tooling.report.Html}, {@link org.complaintrules.tooling.report.Svg}). Every page is
 * one self-contained file: no scripts, no external resources, pictures as inline SVG.
 */
package org.complaintrules.tooling.report;
