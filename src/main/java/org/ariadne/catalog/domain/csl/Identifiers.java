package org.ariadne.catalog.domain.csl;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Normal forms of DOI, ISBN, ISSN and URL, for matching and look-up. The item keeps what was entered: these forms are
 * derived, never written back. Every method is total: impossible input (null included) gives an empty result, never an
 * exception. A wrong check digit is not impossible (real books carry them): the checksum methods say so separately.
 */
public final class Identifiers {

    private static final Pattern DOI_PREFIX = Pattern.compile(
            "^(?:(?:https?://)?(?:(?:dx|www)\\.)?doi\\.org/|doi\\s*:\\s*|doi\\s+|info:doi/|urn:doi:)", Pattern.CASE_INSENSITIVE);
    private static final Pattern DOI = Pattern.compile("^10\\.\\d{4,9}(?:\\.\\d+)*/\\S+$");
    private static final Pattern ISBN_LABEL = Pattern.compile("\\bISBN(?:-1[03])?\\s*:?", Pattern.CASE_INSENSITIVE);
    private static final Pattern PARENTHESISED = Pattern.compile("\\([^()]*\\)|\\[[^\\[\\]]*\\]");
    private static final Pattern ISBN_SEPARATORS = Pattern.compile("[,;/|]+");
    private static final Pattern ISBN_SHAPE = Pattern.compile("^(?:\\d{9}[\\dX]|97[89]\\d{10})$");
    private static final Pattern ISSN_LABEL = Pattern.compile("\\b(?:e-?|p-?)?ISSN\\s*:?", Pattern.CASE_INSENSITIVE);
    private static final Pattern ISSN_CANDIDATE = Pattern.compile("(?<![\\dX])(\\d{4})[-\u2010-\u2015 ]?(\\d{3}[\\dX])(?![\\dX])",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern URL_WITH_SCHEME = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*)://([^/?#]*)(.*)$");
    private static final Pattern BARE_HOST = Pattern.compile("^(?:www\\.)?[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}(?::\\d+)?(?:[/?#].*)?$");
    private static final Pattern HOST = Pattern.compile("^[\\p{L}\\p{N}._~%!$&'()*+,;=-]+$|^\\[[0-9A-Fa-f:.]+]$");

    private Identifiers() {
    }

    // ---------------------------------------------------------------- DOI

    /**
     * The bare DOI in lower case ("10.1000/abc") from any of its usual forms: bare, {@code doi:}, {@code DOI },
     * {@code https://doi.org/}, {@code http://dx.doi.org/}, {@code info:doi/}, {@code urn:doi:}. A DOI in a resolver URL
     * is percent-decoded. DOIs are case-insensitive, hence the lower case.
     */
    public static Optional<String> normalizeDoi(String doi) {
        if (doi == null) {
            return Optional.empty();
        }
        String s = doi.strip();
        Matcher prefix = DOI_PREFIX.matcher(s);
        if (prefix.find()) {
            boolean url = prefix.group().contains("/") && !prefix.group().toLowerCase(Locale.ROOT).startsWith("info:");
            s = s.substring(prefix.end()).strip();
            if (url) {
                Optional<String> decoded = percentDecode(s);
                if (decoded.isEmpty()) {
                    return Optional.empty();
                }
                s = decoded.get();
            }
        }
        if (!DOI.matcher(s).matches()) {
            return Optional.empty();
        }
        return Optional.of(s.toLowerCase(Locale.ROOT));
    }

    /** The resolver URL of a DOI: "https://doi.org/10.1000/abc". */
    public static Optional<String> doiUrl(String doi) {
        return normalizeDoi(doi).map(d -> "https://doi.org/" + d);
    }

    private static Optional<String> percentDecode(String s) {
        if (s.indexOf('%') < 0) {
            return Optional.of(s);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%') {
                if (i + 2 >= s.length()) {
                    return Optional.empty();
                }
                int hi = Character.digit(s.charAt(i + 1), 16);
                int lo = Character.digit(s.charAt(i + 2), 16);
                if (hi < 0 || lo < 0) {
                    return Optional.empty();
                }
                bytes.write(hi * 16 + lo);
                i += 2;
            } else {
                byte[] b = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                if (Character.isHighSurrogate(c) && i + 1 < s.length()) {
                    b = s.substring(i, i + 2).getBytes(StandardCharsets.UTF_8);
                    i++;
                }
                bytes.writeBytes(b);
            }
        }
        return Optional.of(bytes.toString(StandardCharsets.UTF_8));
    }

    // ---------------------------------------------------------------- ISBN

    /**
     * Every ISBN in the field as ISBN-13 digits ("9780198526636"), in the order given. Hyphens and spaces inside an ISBN
     * are ignored; several ISBNs may be separated by spaces, commas, semicolons or slashes; labels ("ISBN", "ISBN-13:")
     * and qualifiers ("(pbk.)", "hardcover") are skipped. An ISBN-10 (lower-case x accepted as X) becomes its ISBN-13.
     * Empty when the field holds no ISBN or anything with digits that cannot be one.
     */
    public static List<String> normalizeIsbn(String field) {
        List<String> raw = isbnsAsWritten(field);
        List<String> result = new ArrayList<>(raw.size());
        for (String isbn : raw) {
            String thirteen = isbn.length() == 10 ? isbn10To13Unchecked(isbn) : isbn;
            if (!result.contains(thirteen)) {
                result.add(thirteen);
            }
        }
        return List.copyOf(result);
    }

    /** The ISBNs of the field as 10 or 13 characters each, without hyphens, X upper case; not converted. */
    public static List<String> isbnsAsWritten(String field) {
        if (field == null) {
            return List.of();
        }
        String s = PARENTHESISED.matcher(ISBN_LABEL.matcher(field).replaceAll(" ")).replaceAll(" ");
        List<String> found = new ArrayList<>();
        for (String chunk : ISBN_SEPARATORS.split(s)) {
            List<String> tokens = new ArrayList<>();
            for (String token : chunk.trim().split("\\s+")) {
                if (token.chars().anyMatch(Character::isDigit)) {
                    tokens.add(token);
                }
            }
            if (tokens.isEmpty()) {
                continue;
            }
            List<String> each = new ArrayList<>();
            for (String token : tokens) {
                compactIsbn(token).ifPresent(each::add);
            }
            if (each.size() == tokens.size()) {
                found.addAll(each);
                continue;
            }
            Optional<String> whole = compactIsbn(String.join("", tokens));
            if (whole.isEmpty()) {
                return List.of();
            }
            found.add(whole.get());
        }
        return List.copyOf(found);
    }

    private static Optional<String> compactIsbn(String token) {
        String s = token.replaceAll("[-\u2010-\u2015.]", "").toUpperCase(Locale.ROOT);
        return ISBN_SHAPE.matcher(s).matches() ? Optional.of(s) : Optional.empty();
    }

    /** The ISBN-13 of an ISBN-10 (its check digit need not be right; the new one is computed). */
    public static Optional<String> isbn10To13(String isbn10) {
        return compactIsbn(isbn10 == null ? "" : isbn10.strip())
                .filter(s -> s.length() == 10)
                .map(Identifiers::isbn10To13Unchecked);
    }

    /** The ISBN-10 of an ISBN-13 that starts with 978; empty for 979 (they have none) and anything else. */
    public static Optional<String> isbn13To10(String isbn13) {
        return compactIsbn(isbn13 == null ? "" : isbn13.strip())
                .filter(s -> s.length() == 13 && s.startsWith("978"))
                .map(s -> {
                    String nine = s.substring(3, 12);
                    int sum = 0;
                    for (int i = 0; i < 9; i++) {
                        sum += (10 - i) * (nine.charAt(i) - '0');
                    }
                    int check = (11 - sum % 11) % 11;
                    return nine + (check == 10 ? "X" : String.valueOf(check));
                });
    }

    private static String isbn10To13Unchecked(String isbn10) {
        String twelve = "978" + isbn10.substring(0, 9);
        return twelve + isbn13CheckDigit(twelve);
    }

    private static int isbn13CheckDigit(String twelve) {
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += (twelve.charAt(i) - '0') * (i % 2 == 0 ? 1 : 3);
        }
        return (10 - sum % 10) % 10;
    }

    /** Whether one ISBN (10 or 13, hyphens allowed) has the right check digit. False for anything that is not one ISBN. */
    public static boolean isbnChecksumValid(String isbn) {
        Optional<String> compact = compactIsbn(isbn == null ? "" : isbn.strip().replace(" ", ""));
        if (compact.isEmpty()) {
            return false;
        }
        String s = compact.get();
        if (s.length() == 13) {
            return isbn13CheckDigit(s.substring(0, 12)) == s.charAt(12) - '0';
        }
        int sum = 0;
        for (int i = 0; i < 10; i++) {
            char c = s.charAt(i);
            int value = c == 'X' ? 10 : c - '0';
            if (c == 'X' && i != 9) {
                return false;
            }
            sum += (10 - i) * value;
        }
        return sum % 11 == 0;
    }

    // ---------------------------------------------------------------- ISSN

    /** The first ISSN of the field as "NNNN-NNNC", X upper case ("0378-5955"); see {@link #normalizeIssns(String)}. */
    public static Optional<String> normalizeIssn(String field) {
        return normalizeIssns(field).stream().findFirst();
    }

    /**
     * Every ISSN in the field ("1932-6203, 1476-4687" gives both), formatted "NNNN-NNNC". Labels ("ISSN", "eISSN:") and
     * qualifiers in brackets are skipped. Empty when anything else is left over, since then the field is not an ISSN list.
     */
    public static List<String> normalizeIssns(String field) {
        if (field == null) {
            return List.of();
        }
        String s = PARENTHESISED.matcher(ISSN_LABEL.matcher(field).replaceAll(" ")).replaceAll(" ");
        Matcher m = ISSN_CANDIDATE.matcher(s);
        List<String> found = new ArrayList<>();
        StringBuilder rest = new StringBuilder();
        int last = 0;
        while (m.find()) {
            rest.append(s, last, m.start());
            last = m.end();
            String issn = m.group(1) + "-" + m.group(2).toUpperCase(Locale.ROOT);
            if (!found.contains(issn)) {
                found.add(issn);
            }
        }
        rest.append(s.substring(last));
        if (found.isEmpty() || !rest.toString().replaceAll("[\\s,;/|]+", "").isEmpty()) {
            return List.of();
        }
        return List.copyOf(found);
    }

    /** Whether one ISSN ("0378-5955", hyphen optional) has the right check digit. */
    public static boolean issnChecksumValid(String issn) {
        List<String> all = normalizeIssns(issn);
        if (all.size() != 1) {
            return false;
        }
        String s = all.get(0).replace("-", "");
        int sum = 0;
        for (int i = 0; i < 7; i++) {
            sum += (8 - i) * (s.charAt(i) - '0');
        }
        int check = (11 - sum % 11) % 11;
        char expected = check == 10 ? 'X' : (char) ('0' + check);
        return s.charAt(7) == expected;
    }

    // ---------------------------------------------------------------- URL

    /**
     * The URL trimmed, with scheme and host in lower case; path, query and fragment untouched. A URL without scheme that
     * starts with a domain name ("www.example.org/page") gets "http://". Empty for anything with spaces inside, without a
     * host, or not a URL at all.
     */
    public static Optional<String> normalizeUrl(String url) {
        if (url == null) {
            return Optional.empty();
        }
        String s = url.strip();
        if (s.isEmpty() || s.chars().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c))) {
            return Optional.empty();
        }
        Matcher m = URL_WITH_SCHEME.matcher(s);
        if (!m.matches()) {
            if (!BARE_HOST.matcher(s).matches()) {
                return Optional.empty();
            }
            m = URL_WITH_SCHEME.matcher("http://" + s);
            if (!m.matches()) {
                return Optional.empty();
            }
        }
        String scheme = m.group(1).toLowerCase(Locale.ROOT);
        String authority = m.group(2);
        int at = authority.lastIndexOf('@');
        String userInfo = at >= 0 ? authority.substring(0, at + 1) : "";
        String hostPort = authority.substring(at + 1);
        String host = hostPort;
        String port = "";
        int colon = hostPort.lastIndexOf(':');
        if (colon >= 0 && hostPort.indexOf(']') < colon) {
            host = hostPort.substring(0, colon);
            port = hostPort.substring(colon);
            if (!port.matches(":\\d{0,5}")) {
                return Optional.empty();
            }
        }
        if (host.isEmpty() || !HOST.matcher(host).matches()) {
            return Optional.empty();
        }
        return Optional.of(scheme + "://" + userInfo + host.toLowerCase(Locale.ROOT) + port + m.group(3));
    }
}
