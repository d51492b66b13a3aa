/**
 * Charts as plain SVG written on the server: horizontal bars, columns of a distribution and a time
 * series, each to be shown beside a table of the same figures. The SVG keeps to what openhtmltopdf
 * draws (rect, line, text, polyline, g; colours as attributes), so the same markup serves the page,
 * the print and the PDF.
 *
 * <p>Every chart is made with an id and a title. The id is unique on the page and starts with a
 * letter followed by letters, digits, {@code -} and {@code _}; the SVG's {@code <title>} gets the id
 * {@code <id>-title}. The title names the chart for screen readers (the role img,
 * {@code aria-labelledby}) and is its tooltip. Every text is escaped; the caller formats the
 * figures, the chart only places them. The same data give the same SVG.
 */
@NamedInterface("charts")
package org.regiolab.platform.charts;

import org.springframework.modulith.NamedInterface;
