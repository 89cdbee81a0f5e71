package org.ariadne.footnotes.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads lists of names ("X and Y", "X, Y and Z", "Amnesty International") into CSL name objects. */
final class Contributors {

    private static final Set<String> KNOWN_ORGANISATIONS = Set.of(
            "amnesty international", "human rights watch", "world food programme", "unhcr", "unicef", "unesco",
            "united nations", "world bank", "freedom house", "international crisis group", "reuters",
            "associated press", "bbc", "bbc news", "european union", "european commission", "nato", "oecd",
            "world health organization", "international monetary fund", "imf", "who", "red cross", "icrc",
            "doctors without borders", "médecins sans frontières", "oxfam", "greenpeace", "xinhua", "yonhap",
            "kcna", "korean central news agency", "daily nk", "radio free asia", "voice of america", "afp",
            "agence france-presse", "the economist", "wikipedia");
    private static final Set<String> ORGANISATION_WORDS = Set.of(
            "international", "watch", "programme", "program", "organization", "organisation", "committee",
            "council", "commission", "agency", "association", "institute", "institution", "foundation", "ministry",
            "department", "office", "bank", "fund", "union", "nations", "centre", "center", "society", "group",
            "court", "government", "university", "press", "service", "services", "bureau", "federation", "league",
            "network", "coalition", "alliance", "trust", "board", "authority", "parliament", "assembly", "congress",
            "senate", "project", "initiative", "forum", "corporation", "company", "inc.", "ltd", "ltd.", "llc",
            "times", "post", "news", "herald", "tribune", "daily", "party", "republic", "state", "states",
            "secretariat", "rapporteur", "observatory", "campaign", "research", "unit");
    private static final Set<String> PARTICLES = Set.of(
            "van", "von", "de", "der", "den", "del", "della", "di", "da", "du", "la", "le", "dos", "das", "bin",
            "ibn", "al", "el", "ten", "ter", "vander", "zu", "af", "av");
    private static final Set<String> SUFFIXES = Set.of("jr.", "jr", "sr.", "sr", "ii", "iii", "iv");
    private static final Set<String> CONNECTORS = Set.of("of", "for", "on", "the", "and", "in", "to", "at");
    private static final Pattern AND = Pattern.compile("\\s*(?:,\\s*and\\s+|\\s+and\\s+|\\s*&\\s*|,\\s*)");
    private static final Pattern ET_AL = Pattern.compile("(?i),?\\s*et\\s+al\\.?$|,?\\s*and\\s+others$");

    private Contributors() {
    }

    /** The names of a list such as "Stephen Haggard and Marcus Noland" or "Amnesty International". */
    static List<Map<String, Object>> parse(String text) {
        List<Map<String, Object>> names = new ArrayList<>();
        String t = ET_AL.matcher(clean(text)).replaceFirst("").strip();
        if (t.isEmpty()) {
            return names;
        }
        String[] parts = AND.split(t);
        if (KNOWN_ORGANISATIONS.contains(t.toLowerCase(Locale.ROOT)) || parts.length == 1 && isOrganisation(t)) {
            names.add(literal(t));
            return names;
        }
        int organisations = 0;
        for (String part : parts) {
            organisations += isOrganisation(clean(part)) ? 1 : 0;
        }
        if (organisations > 0 && organisations < parts.length) {
            // "Committee for Human Rights and Democracy": one organisation whose name has "and" in it
            names.add(literal(t));
            return names;
        }
        for (String part : parts) {
            String p = clean(part);
            if (p.isEmpty()) {
                continue;
            }
            if (!names.isEmpty() && SUFFIXES.contains(p.toLowerCase(Locale.ROOT))) {
                names.get(names.size() - 1).put("suffix", p);
                continue;
            }
            names.add(isOrganisation(p) ? literal(p) : person(p));
        }
        return names;
    }

    /** A person named "Family, Given" (bibliography order). */
    static Map<String, Object> inverted(String family, String given) {
        Map<String, Object> name = person(clean(given) + " " + clean(family));
        if (!name.containsKey("family")) {
            return name;
        }
        Map<String, Object> exact = new LinkedHashMap<>();
        exact.put("family", clean(family));
        exact.put("given", clean(given));
        return exact;
    }

    private static String clean(String s) {
        String t = NoteText.collapseSpaces(s).strip();
        while (!t.isEmpty() && ",;:".indexOf(t.charAt(t.length() - 1)) >= 0) {
            t = t.substring(0, t.length() - 1).strip();
        }
        return t;
    }

    private static Map<String, Object> literal(String name) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("literal", name);
        return m;
    }

    private static Map<String, Object> person(String name) {
        String[] tokens = name.split(" ");
        int end = tokens.length;
        String suffix = null;
        if (end > 1 && SUFFIXES.contains(tokens[end - 1].toLowerCase(Locale.ROOT))) {
            suffix = tokens[--end];
        }
        if (end == 1) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("family", tokens[0]);
            if (suffix != null) {
                m.put("suffix", suffix);
            }
            return m;
        }
        int familyStart = end - 1;
        while (familyStart > 1 && PARTICLES.contains(tokens[familyStart - 1].toLowerCase(Locale.ROOT))
                && Character.isLowerCase(tokens[familyStart - 1].charAt(0))) {
            familyStart--;
        }
        int particleStart = familyStart;
        int particleEnd = familyStart;
        while (particleEnd < end - 1 && PARTICLES.contains(tokens[particleEnd].toLowerCase(Locale.ROOT))) {
            particleEnd++;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("family", String.join(" ", java.util.Arrays.copyOfRange(tokens, particleEnd, end)));
        m.put("given", String.join(" ", java.util.Arrays.copyOfRange(tokens, 0, particleStart)));
        if (particleEnd > particleStart) {
            m.put("non-dropping-particle", String.join(" ", java.util.Arrays.copyOfRange(tokens, particleStart, particleEnd)));
        }
        if (suffix != null) {
            m.put("suffix", suffix);
        }
        return m;
    }

    /** Whether a name is an organisation's rather than a person's. */
    static boolean isOrganisation(String name) {
        String t = clean(name);
        String lower = t.toLowerCase(Locale.ROOT);
        if (KNOWN_ORGANISATIONS.contains(lower) || lower.startsWith("the ")) {
            return true;
        }
        String[] words = lower.split(" ");
        if (words.length == 1 && t.length() >= 2 && t.length() <= 12 && isAcronym(t)) {
            return true;
        }
        if (words.length > 4) {
            return true;
        }
        for (String w : words) {
            if (ORGANISATION_WORDS.contains(w) || words.length > 1 && CONNECTORS.contains(w) && !w.equals("and")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAcronym(String t) {
        int letters = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letters++;
            } else if (c != '&' && c != '-' && !Character.isDigit(c)) {
                return false;
            }
        }
        return letters >= 2;
    }

    /**
     * Whether a field reads as a list of authors: persons of one to four capitalised words (initials and particles
     * allowed) joined by "and" / "&" / commas, or an organisation without digits.
     */
    static boolean looksLikeNames(String text) {
        String t = ET_AL.matcher(clean(text)).replaceFirst("").strip();
        if (t.isEmpty() || t.length() > 200) {
            return false;
        }
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (Character.isDigit(c) || c == '"' || c == '“' || c == '”' || c == ':' || c == '?' || c == '!'
                    || c == '(' || c == ')') {
                return false;
            }
        }
        if (isOrganisation(t)) {
            return Character.isUpperCase(t.charAt(0)) && t.split(" ").length <= 10;
        }
        for (String part : AND.split(t)) {
            String p = clean(part);
            if (p.isEmpty()) {
                continue;
            }
            String[] tokens = p.split(" ");
            if (tokens.length > 5) {
                return false;
            }
            for (String token : tokens) {
                String lowerToken = token.toLowerCase(Locale.ROOT);
                boolean capital = Character.isUpperCase(token.charAt(0));
                if (!capital && !PARTICLES.contains(lowerToken)) {
                    return false;
                }
                if (token.length() > 1 && token.endsWith(".") && !isInitials(token) && !SUFFIXES.contains(lowerToken)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean isInitials(String token) {
        // "J.", "J.R.", "Ch.", "Wm."
        return token.length() <= 5 && Character.isUpperCase(token.charAt(0));
    }
}
