package org.complaintrules.tooling.report;

/**
 * Building blocks of the tooling's HTML pages: one self-contained file each, no scripts, no
 * external resources, pictures as inline SVG.
 */
public final class Html {
    /** The style sheet every page shares. */
    public static final String STYLE = """
            body{font-family:system-ui,sans-serif;margin:2em;color:#222;max-width:72em}
            h1{font-size:1.5em}h2{font-size:1.2em;margin-top:2em}h3{font-size:1.05em;margin:1.2em 0 .4em}
            table{border-collapse:collapse;width:100%;margin:.5em 0}td,th{border:1px solid #ccc;padding:.3em .5em;text-align:left;vertical-align:top}
            th{background:#f3f3f3}.ok{color:#176d2c}.fail{color:#b00020}.zero{background:#fff3cd}.once{background:#fdebd0}
            .summary span{display:inline-block;margin-right:2em;font-size:1.1em}code{font-size:.95em}td code{white-space:nowrap}
            section{border-top:1px solid #ddd;margin-top:1.5em}mark{background:#ffe08a;padding:0 .1em}
            .quote{font-style:italic}.muted{color:#666}.num{text-align:right;font-variant-numeric:tabular-nums}
            figure{margin:1em 0}figcaption{font-size:.9em;color:#555}
            """;

    private Html() {}

    /**
     * @param title the page title, also its heading
     * @return the start of a page, up to and including the {@code h1}
     */
    public static StringBuilder page(String title) {
        return new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
                .append(esc(title))
                .append("</title><style>")
                .append(STYLE)
                .append("</style></head><body>\n<h1>")
                .append(esc(title))
                .append("</h1>\n");
    }

    /** @return the end of a page */
    public static String end() {
        return "</body></html>\n";
    }

    /**
     * @param s any text, or {@code null}
     * @return the text with {@code < > & " '} escaped; empty for {@code null}
     */
    public static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /**
     * @param text any text
     * @return a string usable as an HTML id and URL fragment: letters, digits, {@code -} and {@code _} only
     */
    public static String id(String text) {
        StringBuilder b = new StringBuilder();
        for (char c : (text == null ? "" : text).toCharArray()) {
            b.append((Character.isLetterOrDigit(c) && c < 128) || c == '-' || c == '_' ? c : '-');
        }
        return b.toString();
    }
}
