package org.ariadne.catalog.domain.csl;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One CSL name: a person (family, given, particles, suffix) or an organisation (literal only). Absent parts are empty
 * strings, never null; parts are stripped of outer spaces.
 *
 * <p>Particles follow CSL: a dropping particle ("Ludwig <b>van</b> Beethoven") goes with the given name when the name is
 * inverted; a non-dropping particle ("Vincent <b>van</b> Gogh") stays with the family name, unless a style demotes it.
 *
 * @param family              family name, e.g. "Gogh"
 * @param given               given names or initials, e.g. "Vincent" or "S. J."
 * @param droppingParticle    e.g. "van" in "Beethoven, Ludwig van"
 * @param nonDroppingParticle e.g. "van" in "van Gogh, Vincent"
 * @param suffix              e.g. "Jr."
 * @param literal             the whole name as one string, for organisations ("Amnesty International")
 * @param commaSuffix         whether the suffix is set off by a comma in display order ("John Smith, Jr.")
 */
public record PersonName(String family, String given, String droppingParticle, String nonDroppingParticle,
                         String suffix, String literal, boolean commaSuffix) {

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern NOT_IN_A_WORD = Pattern.compile("[^\\p{L}\\p{N}']+");
    private static final Set<String> SUFFIXES = Set.of("jr", "sr", "jnr", "snr", "ii", "iii", "iv", "v", "esq", "phd", "md");
    /** Words that, in a name written without comma or braces, mark an organisation ("World Bank", "Human Rights Watch"). */
    private static final Set<String> ORGANISATION_WORDS = Set.of("international", "association", "university",
            "institute", "institution", "society", "committee", "ministry", "council", "organization", "organisation",
            "inc", "ltd", "llc", "gmbh", "agency", "department", "commission", "foundation", "bank", "government",
            "nations", "watch", "corporation", "company", "bureau", "parliament", "congress", "federation", "academy",
            "museum", "archives");

    public PersonName {
        family = clean(family);
        given = clean(given);
        droppingParticle = clean(droppingParticle);
        nonDroppingParticle = clean(nonDroppingParticle);
        suffix = clean(suffix);
        literal = clean(literal);
    }

    private static String clean(String s) {
        if (s == null) {
            return "";
        }
        String stripped = s.strip();
        return isSpacedSingly(stripped) ? stripped : SPACES.matcher(stripped).replaceAll(" ");
    }

    /** Whether the only white space is single ASCII spaces, so the regex would change nothing (the usual case). */
    private static boolean isSpacedSingly(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ' ? i > 0 && s.charAt(i - 1) == ' ' : Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                return false;
            }
        }
        return true;
    }

    /** A person with family and given name. */
    public static PersonName person(String family, String given) {
        return new PersonName(family, given, "", "", "", "", false);
    }

    /** An organisation (or any name that must not be split), as a CSL literal. */
    public static PersonName organisation(String literal) {
        return new PersonName("", "", "", "", "", literal, false);
    }

    /**
     * The name in a CSL name object. Members of the wrong type are ignored (the validator reports them); a null map or
     * one with none of the parts gives an empty name ({@link #isEmpty()}).
     */
    public static PersonName of(Map<String, ?> csl) {
        if (csl == null) {
            return new PersonName("", "", "", "", "", "", false);
        }
        return new PersonName(text(csl.get("family")), text(csl.get("given")), text(csl.get("dropping-particle")),
                text(csl.get("non-dropping-particle")), text(csl.get("suffix")), text(csl.get("literal")),
                CslItems.truthy(csl.get("comma-suffix")));
    }

    private static String text(Object value) {
        return value instanceof String s ? s : "";
    }


    /**
     * A name written as one string, as in footnotes and BibTeX: "Haggard, Stephen", "Stephen Haggard",
     * "van Beethoven, Ludwig", "Beethoven, Ludwig van", "King, Martin Luther, Jr.", "{Amnesty International}".
     * Braces make a literal; lower-case words before the family name are a non-dropping particle, lower-case words after
     * the given name (in "Family, Given" form) a dropping particle. Without braces or comma, a string with a word such as
     * "International", "University" or "Ministry" is taken as an organisation. Empty for blank input.
     */
    public static Optional<PersonName> parse(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        String s = clean(name);
        if (s.startsWith("{") && s.endsWith("}") && s.length() >= 2) {
            String inner = clean(s.substring(1, s.length() - 1));
            return inner.isEmpty() ? Optional.empty() : Optional.of(organisation(inner));
        }
        s = s.replace("{", "").replace("}", "");
        if (s.contains(",")) {
            return Optional.of(parseInverted(s));
        }
        return Optional.of(parseDisplayOrder(s));
    }

    private static PersonName parseInverted(String s) {
        List<String> parts = new ArrayList<>();
        for (String p : s.split(",")) {
            if (!p.isBlank()) {
                parts.add(p.strip());
            }
        }
        if (parts.isEmpty()) {
            return organisation(s);
        }
        String familyPart = parts.get(0);
        String givenPart = "";
        String suffix = "";
        if (parts.size() == 2) {
            if (isSuffix(parts.get(1))) {
                suffix = parts.get(1);
            } else {
                givenPart = parts.get(1);
            }
        } else if (parts.size() >= 3) {
            if (isSuffix(parts.get(1)) && !isSuffix(parts.get(2))) {
                suffix = parts.get(1);                      // BibTeX: von Last, Jr, First
                givenPart = String.join(" ", parts.subList(2, parts.size()));
            } else {
                givenPart = parts.get(1);
                suffix = String.join(", ", parts.subList(2, parts.size()));
            }
        }
        String[] familyWords = familyPart.split(" ");
        int firstCapital = 0;
        while (firstCapital < familyWords.length - 1 && isParticleWord(familyWords[firstCapital])) {
            firstCapital++;
        }
        String nonDropping = String.join(" ", Arrays.copyOfRange(familyWords, 0, firstCapital));
        String family = String.join(" ", Arrays.copyOfRange(familyWords, firstCapital, familyWords.length));
        String dropping = "";
        if (!givenPart.isEmpty()) {
            String[] givenWords = givenPart.split(" ");
            int end = givenWords.length;
            while (end > 1 && isParticleWord(givenWords[end - 1])) {
                end--;
            }
            dropping = String.join(" ", Arrays.copyOfRange(givenWords, end, givenWords.length));
            givenPart = String.join(" ", Arrays.copyOfRange(givenWords, 0, end));
        }
        return new PersonName(family, givenPart, dropping, nonDropping, suffix, "", false);
    }

    private static PersonName parseDisplayOrder(String s) {
        List<String> words = new ArrayList<>(Arrays.asList(s.split(" ")));
        if (words.size() > 1 && words.stream().anyMatch(w -> ORGANISATION_WORDS.contains(TextFolding.fold(w)))) {
            return organisation(s);
        }
        String suffix = "";
        if (words.size() > 2 && isSuffix(words.get(words.size() - 1))) {
            suffix = words.remove(words.size() - 1);
        }
        if (words.size() == 1) {
            return new PersonName(words.get(0), "", "", "", suffix, "", false);
        }
        int firstParticle = -1;
        for (int i = 1; i < words.size() - 1; i++) {
            if (isParticleWord(words.get(i))) {
                firstParticle = i;
                break;
            }
        }
        if (firstParticle < 0) {
            String family = words.get(words.size() - 1);
            return new PersonName(family, String.join(" ", words.subList(0, words.size() - 1)), "", "", suffix, "", false);
        }
        int familyStart = firstParticle;
        while (familyStart < words.size() - 1 && isParticleWord(words.get(familyStart))) {
            familyStart++;
        }
        return new PersonName(String.join(" ", words.subList(familyStart, words.size())),
                String.join(" ", words.subList(0, firstParticle)), "",
                String.join(" ", words.subList(firstParticle, familyStart)), suffix, "", false);
    }

    private static boolean isParticleWord(String word) {
        if (word.isEmpty() || !Character.isLowerCase(word.codePointAt(0))) {
            return false;
        }
        return word.codePoints().allMatch(c -> Character.isLowerCase(c) || c == '\'' || c == '\u2019' || c == '-');
    }

    private static boolean isSuffix(String word) {
        return SUFFIXES.contains(TextFolding.foldCompact(word));
    }

    /** An organisation: a literal and no family or given name. */
    public boolean isOrganisation() {
        return !literal.isEmpty() && family.isEmpty() && given.isEmpty();
    }

    /** No part at all. */
    public boolean isEmpty() {
        return family.isEmpty() && given.isEmpty() && literal.isEmpty();
    }

    /** The name as read: "Stephen Haggard", "Ludwig van Beethoven", "Jean de La Fontaine", "Amnesty International". */
    public String displayName() {
        if (!literal.isEmpty()) {
            return literal;
        }
        String name = joinParts(given, droppingParticle, nonDroppingParticle, family);
        if (suffix.isEmpty()) {
            return name;
        }
        return name + (commaSuffix ? ", " : " ") + suffix;
    }

    /**
     * The name inverted for sorting and bibliographies, with the non-dropping particle kept before the family name as
     * most styles do (CSL {@code demote-non-dropping-particle="never"}): "Haggard, Stephen", "van Gogh, Vincent",
     * "Beethoven, Ludwig van" (dropping particle), "La Fontaine, Jean de", "King, Martin Luther, Jr.".
     */
    public String sortName() {
        return sortName(false);
    }

    /**
     * The inverted name; with {@code demoteNonDroppingParticle} the non-dropping particle moves after the given name,
     * as CSL's {@code display-and-sort} does: "Gogh, Vincent van", "Fontaine, Jean de La".
     */
    public String sortName(boolean demoteNonDroppingParticle) {
        if (!literal.isEmpty()) {
            return literal;
        }
        String head = demoteNonDroppingParticle ? family : joinParts(nonDroppingParticle, family);
        String tail = demoteNonDroppingParticle
                ? joinParts(given, droppingParticle, nonDroppingParticle)
                : joinParts(given, droppingParticle);
        StringBuilder out = new StringBuilder(head.isEmpty() ? tail : head);
        if (!head.isEmpty() && !tail.isEmpty()) {
            out.append(", ").append(tail);
        }
        if (!suffix.isEmpty()) {
            out.append(", ").append(suffix);
        }
        return out.toString();
    }

    /** Joins name parts with spaces, except after a particle ending in an apostrophe or hyphen ("d'Alembert"). */
    private static String joinParts(String... parts) {
        StringBuilder out = new StringBuilder();
        for (String part : parts) {
            if (part.isEmpty()) {
                continue;
            }
            if (out.length() > 0) {
                char last = out.charAt(out.length() - 1);
                if (last != '\'' && last != '\u2019' && last != '-') {
                    out.append(' ');
                }
            }
            out.append(part);
        }
        return out.toString();
    }

    /**
     * A key under which spellings of one name meet: case, accents, punctuation and spacing folded, particles joined to
     * the family name. "Müller, Hans" and "MULLER, Hans" give "muller,hans"; "Vincent van Gogh" and "Van Gogh, Vincent"
     * give "vangogh,vincent"; an organisation gives its folded literal ("amnesty international"). Initials stay initials:
     * use {@link #matches(PersonName)} for "S." against "Stephen".
     */
    public String authorityKey() {
        if (!literal.isEmpty() && family.isEmpty() && given.isEmpty()) {
            return TextFolding.fold(literal);
        }
        String key = familyKey() + "," + TextFolding.fold(given);
        String suffixKey = TextFolding.foldCompact(suffix);
        return suffixKey.isEmpty() ? key : key + "," + suffixKey;
    }

    /** The folded family name with its particles ("vangogh"), or the folded literal of an organisation. */
    public String familyKey() {
        if (!literal.isEmpty() && family.isEmpty() && given.isEmpty()) {
            return TextFolding.fold(literal);
        }
        return TextFolding.foldCompact(droppingParticle + " " + nonDroppingParticle + " " + family);
    }

    /**
     * Whether this and another name may be the same: {@link NameMatch#EXACT} when the authority keys are equal,
     * {@link NameMatch#COMPATIBLE} when the family names agree (with or without particles, "ü" also as "ue") and the given
     * names agree as far as both go, initials standing for any name with that initial ("Haggard, S." and
     * "Haggard, Stephen"; "Haggard" alone), otherwise {@link NameMatch#DIFFERENT}. Organisations match only exactly.
     */
    public NameMatch matches(PersonName other) {
        if (other == null || isEmpty() || other.isEmpty()) {
            return NameMatch.DIFFERENT;
        }
        if (authorityKey().equals(other.authorityKey())) {
            return NameMatch.EXACT;
        }
        if (isOrganisation() || other.isOrganisation()) {
            return NameMatch.DIFFERENT;
        }
        if (!familiesAgree(other)) {
            return NameMatch.DIFFERENT;
        }
        String mySuffix = TextFolding.foldCompact(suffix);
        String theirSuffix = TextFolding.foldCompact(other.suffix);
        if (!mySuffix.isEmpty() && !theirSuffix.isEmpty() && !mySuffix.equals(theirSuffix)) {
            return NameMatch.DIFFERENT;
        }
        List<String> mine = givenTokens(given);
        List<String> theirs = givenTokens(other.given);
        for (int i = 0; i < Math.min(mine.size(), theirs.size()); i++) {
            String a = mine.get(i);
            String b = theirs.get(i);
            boolean agree = a.equals(b) || (a.length() == 1 && b.startsWith(a)) || (b.length() == 1 && a.startsWith(b));
            if (!agree) {
                return NameMatch.DIFFERENT;
            }
        }
        return NameMatch.COMPATIBLE;
    }

    private boolean familiesAgree(PersonName other) {
        if (familyKey().equals(other.familyKey())) {
            return true;
        }
        String mine = TextFolding.foldCompact(family);
        String theirs = TextFolding.foldCompact(other.family);
        if (mine.isEmpty() || theirs.isEmpty()) {
            return false;
        }
        return mine.equals(theirs) || transliterated(family).equals(transliterated(other.family));
    }

    /** German-style transliteration folded: "Müller" and "Mueller" both give "muller". */
    private static String transliterated(String family) {
        String s = family.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
                .replace("Ä", "Ae").replace("Ö", "Oe").replace("Ü", "Ue");
        return TextFolding.foldCompact(s).replace("ae", "a").replace("oe", "o").replace("ue", "u");
    }

    private static List<String> givenTokens(String given) {
        List<String> tokens = new ArrayList<>();
        for (String word : NOT_IN_A_WORD.split(given)) {
            if (word.isEmpty()) {
                continue;
            }
            boolean initials = word.length() >= 2 && word.length() <= 3
                    && word.codePoints().allMatch(Character::isUpperCase);
            if (initials) {
                word.codePoints().forEach(c -> tokens.add(TextFolding.fold(new String(Character.toChars(c)))));
            } else {
                String folded = TextFolding.foldCompact(word);
                if (!folded.isEmpty()) {
                    tokens.add(folded);
                }
            }
        }
        return tokens;
    }

    /** The name as a CSL name object, parts in CSL order, absent parts left out. */
    public Map<String, Object> toCsl() {
        Map<String, Object> csl = new LinkedHashMap<>();
        putIfPresent(csl, "family", family);
        putIfPresent(csl, "given", given);
        putIfPresent(csl, "dropping-particle", droppingParticle);
        putIfPresent(csl, "non-dropping-particle", nonDroppingParticle);
        putIfPresent(csl, "suffix", suffix);
        if (commaSuffix && !suffix.isEmpty()) {
            csl.put("comma-suffix", Boolean.TRUE);
        }
        putIfPresent(csl, "literal", literal);
        return csl;
    }

    private static void putIfPresent(Map<String, Object> csl, String key, String value) {
        if (!value.isEmpty()) {
            csl.put(key, value);
        }
    }

    @Override
    public String toString() {
        return displayName();
    }
}
