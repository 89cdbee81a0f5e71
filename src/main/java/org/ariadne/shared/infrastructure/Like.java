package org.ariadne.shared.infrastructure;

/** LIKE patterns from user text, with the pattern characters escaped (escape character: backslash). */
public final class Like {

    private Like() {
    }

    public static String containing(String text) {
        return "%" + escape(text) + "%";
    }

    public static String startingWith(String text) {
        return escape(text) + "%";
    }

    static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
