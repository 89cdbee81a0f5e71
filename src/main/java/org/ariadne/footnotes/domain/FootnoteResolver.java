package org.ariadne.footnotes.domain;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.ariadne.footnotes.domain.NoteCitation.Kind;

/**
 * Resolves the notes of one text: parses each note, gives each distinct cited work one index, and points ibid.,
 * id., op. cit. and short forms at the earlier citation they repeat. Stateless and thread-safe; never throws: a
 * reference that cannot be resolved becomes a problem of its note.
 */
public final class FootnoteResolver {

    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{Nd}]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Set<String> LEADING_ARTICLES = Set.of("the", "a", "an");

    private final NoteParser parser;

    public FootnoteResolver() {
        this(new NoteParser());
    }

    public FootnoteResolver(NoteParser parser) {
        this.parser = parser;
    }

    /** One work with what matching needs, computed once. */
    private record Known(int index, Map<String, Object> csl, List<String> names, List<String> titleWords,
                         Integer year) {
    }

    /** The state of one resolution: the works so far, and the citation an ibid. would repeat. */
    private static final class Works {
        final List<Known> works = new ArrayList<>();
        final Map<String, Integer> byKey = new HashMap<>();
        final Map<String, List<Known>> byName = new HashMap<>();

        int add(Map<String, Object> csl) {
            String key = key(csl);
            Integer existing = key == null ? null : byKey.get(key);
            if (existing != null) {
                return existing;
            }
            Known k = new Known(works.size(), csl, names(csl), words(string(csl.get("title"))), year(csl));
            works.add(k);
            if (key != null) {
                byKey.put(key, k.index);
            }
            for (String name : k.names) {
                byName.computeIfAbsent(name, n -> new ArrayList<>()).add(k);
            }
            return k.index;
        }
    }

    /** The works and resolved notes of one text; never null, never throws. */
    public FootnoteAnalysis resolve(List<ExtractedNote> notes) {
        Works works = new Works();
        List<ResolvedNote> resolved = new ArrayList<>();
        if (notes == null) {
            return new FootnoteAnalysis(List.of(), List.of());
        }
        ResolvedCitation previousFirst = null;
        int previousCount = 0;
        for (ExtractedNote note : notes) {
            if (note == null) {
                continue;
            }
            List<ResolvedCitation> citations = new ArrayList<>();
            List<String> problems = new ArrayList<>();
            try {
                ParsedNote parsed = parser.parse(note.text());
                problems.addAll(parsed.problems());
                for (NoteCitation c : parsed.citations()) {
                    ResolvedCitation r = resolve(note.number(), c, citations, previousFirst, previousCount, works,
                            problems);
                    if (r != null) {
                        citations.add(r);
                    }
                }
            } catch (RuntimeException | StackOverflowError unreadable) {
                citations.clear();
                problems.add("Note " + note.number() + " could not be read as a citation.");
            }
            if (!note.hasMarker()) {
                problems.add("Note " + note.number() + " has no marker in the text.");
            }
            if (!citations.isEmpty()) {
                previousFirst = citations.get(0);
                previousCount = citations.size();
            }
            resolved.add(new ResolvedNote(note.number(), note.text(), note.markerStart(), note.markerEnd(), citations,
                    problems));
        }
        List<CitedWork> cited = new ArrayList<>(works.works.size());
        for (Known k : works.works) {
            cited.add(new CitedWork(k.index, k.csl));
        }
        return new FootnoteAnalysis(cited, resolved);
    }

    private static ResolvedCitation resolve(int number, NoteCitation c, List<ResolvedCitation> inNote,
                                            ResolvedCitation previousFirst, int previousCount, Works works,
                                            List<String> problems) {
        switch (c.kind()) {
            case IBID, ID -> {
                String word = c.kind() == Kind.IBID ? "Ibid." : "Id.";
                ResolvedCitation before = inNote.isEmpty() ? previousFirst : inNote.get(inNote.size() - 1);
                if (before == null) {
                    problems.add(word + " in note " + number + " has no previous note to refer to.");
                    return null;
                }
                if (inNote.isEmpty() && previousCount > 1) {
                    problems.add(word + " in note " + number + " follows a note citing several works;"
                            + " it was taken to repeat the first.");
                }
                boolean newLocator = c.locator() != null;
                return new ResolvedCitation(before.workIndex(), newLocator ? c.locator() : before.locator(),
                        newLocator ? c.label() : before.label(), true, false);
            }
            case OP_CIT -> {
                Known k = findShort(c.work(), works, false);
                if (k == null) {
                    problems.add("\"Op. cit.\" in note " + number + " names no author cited in an earlier note.");
                    return null;
                }
                return new ResolvedCitation(k.index, c.locator(), c.label(), false, true);
            }
            case SHORT -> {
                Known k = findShort(c.work(), works, true);
                if (k != null) {
                    return new ResolvedCitation(k.index, c.locator(), c.label(), false, true);
                }
                problems.add("Note " + number + " gives a short form (" + describe(c.work())
                        + ") that matches no earlier full citation in this text.");
                if (c.work() == null || !c.work().containsKey("title")) {
                    return null;
                }
                return new ResolvedCitation(works.add(new LinkedHashMap<>(c.work())), c.locator(), c.label(), false,
                        true);
            }
            default -> {
                if (c.work() == null || c.work().isEmpty()) {
                    return null;
                }
                return new ResolvedCitation(works.add(c.work()), c.locator(), c.label(), false, false);
            }
        }
    }

    /** The most recent earlier work whose authors and (short) title or year match. */
    private static Known findShort(Map<String, Object> shortWork, Works works, boolean needTitleOrYear) {
        if (shortWork == null) {
            return null;
        }
        List<String> names = names(shortWork);
        List<String> title = words(string(shortWork.get("title")));
        Integer year = year(shortWork);
        if (names.isEmpty() && title.isEmpty()) {
            return null;
        }
        List<Known> candidates = names.isEmpty() ? works.works : works.byName.getOrDefault(names.get(0), List.of());
        for (int i = candidates.size() - 1; i >= 0; i--) {
            Known k = candidates.get(i);
            if (!k.names.containsAll(names)) {
                continue;
            }
            if (!title.isEmpty()) {
                if (titleMatches(title, k.titleWords)) {
                    return k;
                }
            } else if (year != null) {
                if (year.equals(k.year)) {
                    return k;
                }
            } else if (!needTitleOrYear) {
                return k;
            }
        }
        return null;
    }

    /** A short title matches a title it begins, or whose words it all uses in order. */
    private static boolean titleMatches(List<String> shortTitle, List<String> title) {
        int k = 0;
        for (String word : title) {
            if (k < shortTitle.size() && word.equals(shortTitle.get(k))) {
                k++;
            }
        }
        return k == shortTitle.size();
    }

    private static String describe(Map<String, Object> work) {
        if (work == null) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        Object authors = work.get("author");
        if (authors instanceof List<?> list) {
            for (Object name : list) {
                if (name instanceof Map<?, ?> m) {
                    Object n = m.get("literal") != null ? m.get("literal") : m.get("family");
                    if (n != null) {
                        parts.add(n.toString());
                    }
                }
            }
        }
        if (work.get("title") != null) {
            parts.add("\"" + work.get("title") + "\"");
        }
        Integer year = year(work);
        if (year != null) {
            parts.add(year.toString());
        }
        return String.join(", ", parts);
    }

    /** Normalised family names and organisation names of the authors, or of the editors when there are none. */
    static List<String> names(Map<String, Object> csl) {
        List<String> out = new ArrayList<>();
        for (String role : new String[] {"author", "editor"}) {
            if (csl.get(role) instanceof List<?> list) {
                for (Object name : list) {
                    if (name instanceof Map<?, ?> m) {
                        Object n = m.get("literal") != null ? m.get("literal") : m.get("family");
                        if (n != null) {
                            out.add(String.join(" ", words(n.toString())));
                        }
                    }
                }
            }
            if (!out.isEmpty()) {
                return out;
            }
        }
        return out;
    }

    static List<String> words(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        String plain = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        List<String> out = new ArrayList<>();
        for (String w : NOT_WORD.split(plain.toLowerCase(Locale.ROOT).replace("’", "").replace("'", ""))) {
            if (!w.isEmpty() && !(out.isEmpty() && LEADING_ARTICLES.contains(w))) {
                out.add(w);
            }
        }
        return out;
    }

    private static String string(Object o) {
        return o == null ? null : o.toString();
    }

    private static Integer year(Map<String, Object> csl) {
        if (csl.get("issued") instanceof Map<?, ?> issued && issued.get("date-parts") instanceof List<?> outer
                && !outer.isEmpty() && outer.get(0) instanceof List<?> inner && !inner.isEmpty()
                && inner.get(0) instanceof Integer y) {
            return y;
        }
        return null;
    }

    /** Two full citations are the same work when title, container and authors agree (case and punctuation aside). */
    private static String key(Map<String, Object> csl) {
        List<String> title = words(string(csl.get("title")));
        if (title.isEmpty()) {
            Object url = csl.get("URL") != null ? csl.get("URL") : csl.get("DOI");
            return url == null ? null : "link|" + url;
        }
        return String.join(" ", title) + "|" + String.join(" ", words(string(csl.get("container-title"))))
                + "|" + String.join(";", names(csl));
    }
}
