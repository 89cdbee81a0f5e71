package org.ariadne.search.rest;

import org.ariadne.search.domain.SearchHit;

/** A highlighted passage as HTML: the text escaped, the matched words in {@code <mark>}. */
final class Highlights {

    private Highlights() {
    }

    static String toHtml(String marked) {
        if (marked == null) {
            return "";
        }
        StringBuilder html = new StringBuilder(marked.length() + 32);
        for (int i = 0; i < marked.length(); i++) {
            char c = marked.charAt(i);
            switch (c) {
                case SearchHit.MARK_START -> html.append("<mark>");
                case SearchHit.MARK_END -> html.append("</mark>");
                case '<' -> html.append("&lt;");
                case '>' -> html.append("&gt;");
                case '&' -> html.append("&amp;");
                case '"' -> html.append("&quot;");
                default -> html.append(c);
            }
        }
        return html.toString();
    }
}
