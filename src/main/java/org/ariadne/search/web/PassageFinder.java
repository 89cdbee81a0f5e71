package org.ariadne.search.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds a passage in a text whatever white space stands between its words there. */
final class PassageFinder {

    private PassageFinder() {
    }

    /** Start and end of the passage in the text, or null. */
    static int[] find(String text, String passage) {
        if (text == null || passage == null || passage.isBlank() || passage.length() > 2000) {
            return null;
        }
        StringBuilder pattern = new StringBuilder();
        for (String word : passage.strip().split("\\s+")) {
            if (!pattern.isEmpty()) {
                pattern.append("\\s+");
            }
            pattern.append(Pattern.quote(word));
        }
        Matcher matcher = Pattern.compile(pattern.toString()).matcher(text);
        return matcher.find() ? new int[]{matcher.start(), matcher.end()} : null;
    }
}
