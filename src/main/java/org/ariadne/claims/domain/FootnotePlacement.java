package org.ariadne.claims.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Which footnotes of a text belong to a quoted passage of it.
 *
 * <p>The rule, in order:
 * <ol>
 *   <li>every marker that starts inside the passage ({@code start <= marker.start < end}), and a marker
 *       <em>glued</em> right after the passage: it starts at the passage's end, or after at most three
 *       punctuation characters with no white space ({@code criminals.3}, {@code criminals”3} when the quote
 *       stops at {@code criminals});</li>
 *   <li>if there is none, the first marker after the passage in the same paragraph (the paragraph holding
 *       the passage's last character; see {@link Paragraphs} for what a paragraph is);</li>
 *   <li>else none.</li>
 * </ol>
 * Numbers come back in the order of the markers in the text, each once.
 */
public final class FootnotePlacement {

    /** A footnote marker in the text: the note's number and where its marker stands. */
    public record Marker(int number, int start, int end) {
        public Marker {
            if (start < 0 || end < start) {
                throw new IllegalArgumentException("invalid marker range [" + start + ", " + end + ")");
            }
        }
    }

    private static final int MAX_GLUE = 3;

    private final String text;
    private final List<Marker> markers;
    private final Paragraphs paragraphs;

    private FootnotePlacement(String text, List<Marker> markers) {
        this.text = Objects.requireNonNull(text, "text");
        List<Marker> sorted = new ArrayList<>(markers);
        sorted.sort(Comparator.comparingInt(Marker::start).thenComparingInt(Marker::number));
        this.markers = List.copyOf(sorted);
        this.paragraphs = Paragraphs.of(text);
    }

    /** A placement for one text and its markers, for asking about several passages of it. */
    public static FootnotePlacement of(String text, List<Marker> markers) {
        return new FootnotePlacement(text, markers);
    }

    /** The numbers of the footnotes that belong to {@code text[quoteStart, quoteEnd)}. */
    public static List<Integer> footnotesFor(String text, List<Marker> markers, int quoteStart, int quoteEnd) {
        return of(text, markers).footnotesFor(quoteStart, quoteEnd);
    }

    /** The paragraph of {@code text} that contains {@code offset} (to show a quote in context). */
    public static TextRange paragraphAt(String text, int offset) {
        return Paragraphs.of(text).paragraphAt(offset);
    }

    public List<Integer> footnotesFor(int quoteStart, int quoteEnd) {
        if (quoteStart < 0 || quoteEnd < quoteStart || quoteEnd > text.length()) {
            throw new IndexOutOfBoundsException("passage [" + quoteStart + ", " + quoteEnd + ") outside the text");
        }
        List<Integer> numbers = new ArrayList<>();
        int i = firstStartingAtOrAfter(quoteStart);
        for (; i < markers.size() && markers.get(i).start() < quoteEnd; i++) {
            addOnce(numbers, markers.get(i).number());
        }
        if (i < markers.size() && isGlued(quoteEnd, markers.get(i).start())) {
            addOnce(numbers, markers.get(i).number());
        }
        if (!numbers.isEmpty() || i >= markers.size()) {
            return List.copyOf(numbers);
        }
        TextRange paragraph = paragraphs.paragraphAt(Math.max(quoteStart, quoteEnd - 1));
        Marker next = markers.get(i);
        return next.start() < paragraph.end() ? List.of(next.number()) : List.of();
    }

    public TextRange paragraphAt(int offset) {
        return paragraphs.paragraphAt(offset);
    }

    private boolean isGlued(int passageEnd, int markerStart) {
        if (markerStart - passageEnd > MAX_GLUE) {
            return false;
        }
        for (int k = passageEnd; k < markerStart; k++) {
            char c = text.charAt(k);
            if (Character.isLetterOrDigit(c) || AnchorableText.Normalised.isSpace(c)) {
                return false;
            }
        }
        return true;
    }

    private int firstStartingAtOrAfter(int offset) {
        int low = 0;
        int high = markers.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (markers.get(mid).start() < offset) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    private static void addOnce(List<Integer> numbers, int number) {
        if (!numbers.contains(number)) {
            numbers.add(number);
        }
    }
}
