package org.ariadne.bibliography.infrastructure;

import java.util.Locale;

import org.jsoup.parser.Parser;

/**
 * Rendered entries and notes in RTF, made from the engine's HTML: citeproc-java 3.5.2 has no RTF output format
 * (asked for "rtf", it refuses), so Ariadne renders HTML and turns its few elements into RTF groups. Italics, bold,
 * small capitals, underlining, superscript and subscript, and their "normal" undoing, become the matching control
 * words; other elements (entry and margin divisions, links) become plain groups, so the text and its order stay.
 * Text is unescaped from HTML (every named and numeric entity, by jsoup) and escaped for RTF: backslash and braces, and every character beyond ASCII as
 * {@code \\uN?} (RTF's signed 16-bit code units, surrogate pairs as two), so the file is plain ASCII.
 */
final class RtfMarkup {

    private RtfMarkup() {
    }

    /** One rendered entry or note, from the engine's HTML to an RTF fragment (a paragraph's content). */
    static String fromHtml(String html) {
        StringBuilder rtf = new StringBuilder(html.length() + 16);
        int open = 0;
        int i = 0;
        while (i < html.length()) {
            char c = html.charAt(i);
            if (c == '<') {
                int end = html.indexOf('>', i);
                if (end < 0) {
                    text(rtf, html.substring(i));
                    break;
                }
                String tag = html.substring(i + 1, end);
                if (tag.startsWith("/")) {
                    if (open > 0) {
                        rtf.append('}');
                        open--;
                    }
                } else if (tag.toLowerCase(Locale.ROOT).matches("br\\b.*")) {
                    rtf.append("\\line ");
                } else if (!tag.endsWith("/")) {
                    // every element is a group, so that its closing tag ends exactly what it started
                    rtf.append('{').append(control(tag));
                    open++;
                }
                i = end + 1;
            } else {
                int next = i;
                while (next < html.length() && html.charAt(next) != '<') {
                    next++;
                }
                text(rtf, Parser.unescapeEntities(html.substring(i, next), false));
                i = next;
            }
        }
        rtf.append("}".repeat(open));
        return rtf.toString();
    }

    /** The control words (with the space that ends them) for an element's opening tag, or "" for none. */
    private static String control(String tag) {
        String name = tag.split("[\\s/]", 2)[0].toLowerCase(Locale.ROOT);
        switch (name) {
            case "i", "em" -> {
                return "\\i ";
            }
            case "b", "strong" -> {
                return "\\b ";
            }
            case "u" -> {
                return "\\ul ";
            }
            case "sup" -> {
                return "\\super ";
            }
            case "sub" -> {
                return "\\sub ";
            }
            default -> {
                // spans carry the engine's other formatting as a style attribute
            }
        }
        String style = tag.toLowerCase(Locale.ROOT).replace(" ", "");
        StringBuilder control = new StringBuilder();
        if (style.contains("font-style:italic")) {
            control.append("\\i ");
        } else if (style.contains("font-style:normal")) {
            control.append("\\i0 ");
        }
        if (style.contains("font-weight:bold")) {
            control.append("\\b ");
        } else if (style.contains("font-weight:normal") || style.contains("font-weight:lighter")) {
            control.append("\\b0 ");
        }
        if (style.contains("font-variant:small-caps")) {
            control.append("\\scaps ");
        } else if (style.contains("font-variant:normal")) {
            control.append("\\scaps0 ");
        }
        if (style.contains("text-decoration:underline")) {
            control.append("\\ul ");
        } else if (style.contains("text-decoration:none")) {
            control.append("\\ulnone ");
        }
        if (style.contains("vertical-align:sup")) {
            control.append("\\super ");
        } else if (style.contains("vertical-align:sub")) {
            control.append("\\sub ");
        } else if (style.contains("vertical-align:baseline")) {
            control.append("\\nosupersub ");
        }
        return control.toString();
    }

    private static void text(StringBuilder rtf, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' || c == '{' || c == '}') {
                rtf.append('\\').append(c);
            } else if (c == '\n') {
                rtf.append("\\line ");
            } else if (c < 0x80) {
                rtf.append(c);
            } else {
                // RTF's \\u takes a signed 16-bit number; the ? is what a reader without Unicode shows
                rtf.append("\\u").append((int) (short) c).append('?');
            }
        }
    }
}
