package org.complaintrules.tooling.report;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** Plain inline SVG bar charts: no scripts, readable without styles, a {@code <title>} on every bar. */
public final class Svg {
    private static final int LABEL_WIDTH = 230;
    private static final int BAR_AREA = 380;
    private static final int ROW = 20;

    private Svg() {}

    /**
     * One coloured part of a bar.
     *
     * @param value its length, at least 0
     * @param colour a CSS colour
     * @param title what it stands for (the bar's tooltip)
     */
    public record Part(int value, String colour, String title) {
        /**
         * Validates the components.
         *
         * @param value its length, at least 0
         * @param colour a CSS colour
         * @param title the page title, also its heading
         */
        public Part {
            if (value < 0) {
                throw new IllegalArgumentException("value must be >= 0, was " + value);
            }
            Objects.requireNonNull(colour, "colour");
            Objects.requireNonNull(title, "title");
        }
    }

    /**
     * A labelled bar made of stacked parts.
     *
     * @param label the text left of the bar
     * @param parts its parts, left to right
     * @param note the text right of the bar, e.g. the total
     */
    public record Bar(String label, List<Part> parts, String note) {
        /**
         * Validates the components and copies the list.
         *
         * @param label the text left of the bar
         * @param parts its parts, left to right
         * @param note the text right of the bar, e.g. the total
         */
        public Bar {
            Objects.requireNonNull(label, "label");
            parts = List.copyOf(parts);
            Objects.requireNonNull(note, "note");
        }

        int total() {
            return parts.stream().mapToInt(Part::value).sum();
        }
    }

    /**
     * A horizontal bar chart, one row per bar, scaled to the longest bar.
     *
     * @param caption what the chart shows (its accessible name and figure caption)
     * @param bars the rows
     * @param legend the colours and what they mean, as parts with value 0; may be empty
     * @return a {@code <figure>} holding the {@code <svg>}
     */
    public static String bars(String caption, List<Bar> bars, List<Part> legend) {
        int max = Math.max(1, bars.stream().mapToInt(Bar::total).max().orElse(1));
        int legendRows = legend.isEmpty() ? 0 : 1;
        int height = (bars.size() + legendRows) * ROW + 10;
        int width = LABEL_WIDTH + BAR_AREA + 120;
        StringBuilder b = new StringBuilder();
        b.append("<figure><svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"")
                .append(width)
                .append("\" height=\"")
                .append(height)
                .append("\" viewBox=\"0 0 ")
                .append(width)
                .append(' ')
                .append(height)
                .append("\" aria-label=\"")
                .append(Html.esc(caption))
                .append("\" font-family=\"system-ui,sans-serif\" font-size=\"12\">\n");
        int y = 5;
        for (Bar bar : bars) {
            b.append("<text x=\"")
                    .append(LABEL_WIDTH - 6)
                    .append("\" y=\"")
                    .append(y + 13)
                    .append("\" text-anchor=\"end\">")
                    .append(Html.esc(shorten(bar.label())))
                    .append("</text>");
            double x = LABEL_WIDTH;
            for (Part p : bar.parts()) {
                if (p.value() == 0) {
                    continue;
                }
                double w = BAR_AREA * (double) p.value() / max;
                b.append("<rect x=\"")
                        .append(fmt(x))
                        .append("\" y=\"")
                        .append(y + 2)
                        .append("\" width=\"")
                        .append(fmt(Math.max(w, 1)))
                        .append("\" height=\"")
                        .append(ROW - 6)
                        .append("\" fill=\"")
                        .append(p.colour())
                        .append("\"><title>")
                        .append(Html.esc(bar.label() + ": " + p.title() + " " + p.value()))
                        .append("</title></rect>");
                x += w;
            }
            b.append("<text x=\"")
                    .append(fmt(x + 6))
                    .append("\" y=\"")
                    .append(y + 13)
                    .append("\">")
                    .append(Html.esc(bar.note()))
                    .append("</text>\n");
            y += ROW;
        }
        if (!legend.isEmpty()) {
            int x = LABEL_WIDTH;
            for (Part p : legend) {
                b.append("<rect x=\"")
                        .append(x)
                        .append("\" y=\"")
                        .append(y + 4)
                        .append("\" width=\"12\" height=\"12\" fill=\"")
                        .append(p.colour())
                        .append("\"/><text x=\"")
                        .append(x + 16)
                        .append("\" y=\"")
                        .append(y + 14)
                        .append("\">")
                        .append(Html.esc(p.title()))
                        .append("</text>");
                x += 24 + 7 * p.title().length();
            }
            b.append('\n');
        }
        b.append("</svg><figcaption>").append(Html.esc(caption)).append("</figcaption></figure>\n");
        return b.toString();
    }

    private static String shorten(String label) {
        return label.length() <= 34 ? label : label.substring(0, 33) + "…";
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
