package org.ariadne.claims.domain;

/**
 * Where paragraphs begin and end in a plain archived text.
 *
 * <p>The rule: a line is a run of characters between line breaks ({@code \n}, {@code \r\n}, {@code \r},
 * U+0085, U+2028); U+2029 always ends a paragraph. A <em>blank</em> line holds only white space.
 * <ul>
 *   <li>A blank line always separates paragraphs.</li>
 *   <li>A single line break also ends a paragraph, unless the text is <em>hard-wrapped</em>: then the
 *       lines between blank lines form one paragraph.</li>
 *   <li>A text is hard-wrapped when it has a blank line and most of its lines that are followed directly by
 *       another non-blank line (at least three of them) are between 40 and 100 characters long &mdash; the
 *       widths that wrapping produces. News texts put one paragraph per line (long lines, or short headings
 *       and bylines), so there every line break ends a paragraph.</li>
 * </ul>
 * A paragraph's range runs from the start of its first line to the end of its last line, without the line
 * break. An offset on a blank line belongs to that blank line.
 */
public final class Paragraphs {

    private static final int WRAP_MIN = 40;
    private static final int WRAP_MAX = 100;
    private static final int WRAP_EVIDENCE = 3;

    private final String text;
    private Boolean hardWrapped;

    private Paragraphs(String text) {
        this.text = text;
    }

    public static Paragraphs of(String text) {
        return new Paragraphs(java.util.Objects.requireNonNull(text, "text"));
    }

    /** The paragraph containing {@code offset} (an offset at the very end belongs to the last line). */
    public TextRange paragraphAt(int offset) {
        if (offset < 0 || offset > text.length()) {
            throw new IndexOutOfBoundsException("offset " + offset + " outside text of length " + text.length());
        }
        int lineStart = lineStartAt(offset);
        int lineEnd = lineEndFrom(offset);
        if (isBlank(lineStart, lineEnd) || !isHardWrapped()) {
            return new TextRange(lineStart, lineEnd);
        }
        int start = lineStart;
        while (start > 0 && text.charAt(start - 1) != '\u2029') {
            int previousEnd = lineEndBefore(start);
            int previousStart = lineStartAt(previousEnd);
            if (isBlank(previousStart, previousEnd)) {
                break;
            }
            start = previousStart;
        }
        int end = lineEnd;
        while (end < text.length() && text.charAt(end) != '\u2029') {
            int nextStart = afterBreak(end);
            int nextEnd = lineEndFrom(nextStart);
            if (nextStart >= text.length() || isBlank(nextStart, nextEnd)) {
                break;
            }
            end = nextEnd;
        }
        return new TextRange(start, end);
    }

    /** True if single line breaks do not end paragraphs here (see the class comment). */
    public boolean isHardWrapped() {
        if (hardWrapped == null) {
            hardWrapped = detectHardWrapping();
        }
        return hardWrapped;
    }

    private boolean detectHardWrapping() {
        boolean blankSeen = false;
        int wrapped = 0;
        int joined = 0;
        int start = 0;
        boolean previousNonBlank = false;
        int previousLength = 0;
        while (start <= text.length()) {
            int end = lineEndFrom(start);
            boolean blank = isBlank(start, end);
            blankSeen |= blank;
            if (!blank && previousNonBlank) {
                joined++;
                if (previousLength >= WRAP_MIN && previousLength <= WRAP_MAX) {
                    wrapped++;
                }
            }
            previousNonBlank = !blank && (end >= text.length() || text.charAt(end) != '\u2029');
            previousLength = text.substring(start, end).strip().length();
            if (end >= text.length()) {
                break;
            }
            start = afterBreak(end);
        }
        return blankSeen && wrapped >= WRAP_EVIDENCE && wrapped * 2 > joined;
    }

    private static boolean isBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    private int lineStartAt(int offset) {
        int i = offset;
        while (i > 0 && !isBreak(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    private int lineEndFrom(int offset) {
        int i = offset;
        while (i < text.length() && !isBreak(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** The end of the line before the one starting at {@code lineStart} (which must be &gt; 0). */
    private int lineEndBefore(int lineStart) {
        int i = lineStart - 1;
        if (i > 0 && text.charAt(i) == '\n' && text.charAt(i - 1) == '\r') {
            i--;
        }
        return i;
    }

    /** The start of the line after the break at {@code breakAt}. */
    private int afterBreak(int breakAt) {
        if (breakAt >= text.length()) {
            return text.length();
        }
        if (text.charAt(breakAt) == '\r' && breakAt + 1 < text.length() && text.charAt(breakAt + 1) == '\n') {
            return breakAt + 2;
        }
        return breakAt + 1;
    }

    private boolean isBlank(int start, int end) {
        for (int i = start; i < end; i++) {
            if (!AnchorableText.Normalised.isSpace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
