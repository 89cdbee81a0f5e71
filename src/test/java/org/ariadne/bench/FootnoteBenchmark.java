package org.ariadne.bench;

import org.ariadne.catalog.domain.CslItem;
import org.ariadne.catalog.domain.Source;
import org.ariadne.catalog.domain.SourcePage;
import org.ariadne.catalog.domain.SourceQuery;
import org.ariadne.catalog.domain.SourceRepository;
import org.ariadne.catalog.domain.csl.MatchKeys;
import org.ariadne.footnotes.domain.CatalogueMatcher;
import org.ariadne.footnotes.domain.CitedWork;
import org.ariadne.footnotes.domain.ExtractedNote;
import org.ariadne.footnotes.domain.FootnoteAnalysis;
import org.ariadne.footnotes.domain.FootnoteExtractor;
import org.ariadne.footnotes.domain.FootnoteResolver;
import org.ariadne.footnotes.domain.ResolvedNote;
import org.ariadne.footnotes.domain.TextFormat;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * Issue #3's benchmark: footnote extraction, resolution (ibid., short forms) and catalogue matching, as archiving a
 * text runs them, on generated plain texts with Chicago-style notes, against an in-memory catalogue indexed the way the
 * database is (title key, DOI, ISBN). Prints notes a second for (a) one text of 2,000 notes and (b) 10,000 texts.
 * Not a unit test: run it with {@code src/bench/footnotes.sh}.
 *
 * <p>Arguments (all optional): catalogue size (100000), notes of the long text (2000), number of texts (10000),
 * random seed (3).
 */
public final class FootnoteBenchmark {

    private static final String[] WORDS = ("border refugee famine policy river state market camp law asylum treaty"
            + " province china korea history memory labour rights security migration trade village church family"
            + " reform empire province army archive city harbour north south east west crisis exile bridge winter"
            + " grain hunger diplomacy frontier escape police silence witness prison colony revolution railway"
            + " language nation island mountain forest coal steel money debt credit faith school women children"
            + " elders harvest drought flood election party union strike protest court justice mercy stranger"
            + " neighbour passage crossing shelter wall gate road night dawn fire ashes salt iron glass paper").split(" ");
    private static final String[] GIVEN = ("Stephen Marcus Jane John Andrei Mary Ann Hyun Ji Wei Li Sarah Peter Anna"
            + " Kim Tomas Elena Yuki Omar Laila David Ruth Paul Ines Karl Mina Sung Hana").split(" ");
    private static final String[] FAMILY = ("Haggard Noland Doe Roe Lankov Hwang Kim Lee Park Choi Chen Wang Zhang"
            + " Smith Jones Brown Taylor Martin Dubois Moreau Rossi Bianchi Novak Horvat Tanaka Sato Suzuki Okafor"
            + " Mensah Silva Santos Costa Nielsen Larsen Berg Fischer Weber Wagner Becker Hoffmann Schulz").split(" ");
    private static final String[] JOURNALS = {"Journal of Asian Studies", "Asian Survey", "The Korean Journal of"
            + " Defense Analysis", "Refugee Survey Quarterly", "International Migration Review", "Pacific Affairs",
            "The China Quarterly", "Journal of Refugee Studies", "Human Rights Quarterly", "Modern Asian Studies"};
    private static final String[] PLACES = {"New York: Columbia University Press", "Oxford: Clarendon Press",
            "London: Verso", "Stanford: Stanford University Press", "Seoul: Korea Institute", "Cambridge: Polity"};

    /** Fewer left the regular expressions of NoteParser half compiled: the median then varied three-fold. */
    private static final int WARM_UP_RUNS = 60;
    private static final int TIMED_RUNS = 21;

    private final Random random;

    FootnoteBenchmark(long seed) {
        random = new Random(seed);
    }

    public static void main(String[] args) throws Exception {
        int catalogueSize = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int longNotes = args.length > 1 ? Integer.parseInt(args[1]) : 2_000;
        int texts = args.length > 2 ? Integer.parseInt(args[2]) : 10_000;
        long seed = args.length > 3 ? Long.parseLong(args[3]) : 3;
        new FootnoteBenchmark(seed).run(catalogueSize, longNotes, texts);
    }

    private void run(int catalogueSize, int longNotes, int textCount) {
        System.out.printf(Locale.ROOT, "java %s, %s %s, %d processors, max heap %d MB%n",
                System.getProperty("java.version"), System.getProperty("os.name"), System.getProperty("os.arch"),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        System.out.println("load average before: " + loadAverage());
        long t0 = System.nanoTime();
        List<Map<String, Object>> works = new ArrayList<>(catalogueSize);
        Catalogue catalogue = new Catalogue();
        for (int i = 0; i < catalogueSize; i++) {
            Map<String, Object> work = work(i);
            works.add(work);
            catalogue.add(work);
        }
        System.out.printf(Locale.ROOT, "catalogue: %,d works in %.1f s%n", catalogueSize, seconds(t0));

        String longText = text(longNotes, works);
        Pipeline pipeline = new Pipeline(catalogue);
        long cold = System.nanoTime();
        pipeline.run(longText);
        System.out.printf(Locale.ROOT, "(a) first run, cold JIT: %,.0f notes/s%n", longNotes / seconds(cold));
        for (int i = 1; i < WARM_UP_RUNS; i++) {
            pipeline.run(longText);
        }
        List<Double> rates = new ArrayList<>();
        Stats last = null;
        for (int i = 0; i < TIMED_RUNS; i++) {
            Pipeline timed = new Pipeline(catalogue);
            long start = System.nanoTime();
            timed.run(longText);
            rates.add(timed.stats.notes / seconds(start));
            last = timed.stats;
        }
        rates.sort(Double::compare);
        System.out.printf(Locale.ROOT, "(a) one text of %,d notes (%,d chars), %d runs after %d warm-up: median %,.0f"
                        + " notes/s (min %,.0f, max %,.0f)%n", longNotes, longText.length(), TIMED_RUNS, WARM_UP_RUNS,
                rates.get(TIMED_RUNS / 2), rates.get(0), rates.get(TIMED_RUNS - 1));
        System.out.println("    " + last);

        List<String> texts = new ArrayList<>(textCount);
        long generation = System.nanoTime();
        for (int i = 0; i < textCount; i++) {
            texts.add(text(1 + random.nextInt(40), works));
        }
        System.out.printf(Locale.ROOT, "generated %,d texts in %.1f s%n", textCount, seconds(generation));
        Pipeline warm = new Pipeline(catalogue);
        texts.subList(0, Math.min(500, texts.size())).forEach(warm::run);
        Pipeline all = new Pipeline(catalogue);
        long start = System.nanoTime();
        texts.forEach(all::run);
        double elapsed = seconds(start);
        System.out.printf(Locale.ROOT, "(b) %,d texts, %,d notes in %.2f s: %,.0f notes/s, %,.0f texts/s%n",
                textCount, all.stats.notes, elapsed, all.stats.notes / elapsed, textCount / elapsed);
        System.out.println("    " + all.stats);
        System.out.println("load average after: " + loadAverage());
    }

    /** The machine's load (Linux), to tell a quiet run from one sharing the cores with other work. */
    private static String loadAverage() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).strip();
        } catch (java.io.IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    /** Extraction, resolution and matching of one text, as FootnoteIndexer runs them, timed stage by stage. */
    private static final class Pipeline {
        private final FootnoteExtractor extractor = new FootnoteExtractor();
        private final FootnoteResolver resolver = new FootnoteResolver();
        private final CatalogueMatcher matcher;
        private final Stats stats = new Stats();

        Pipeline(SourceRepository catalogue) {
            matcher = new CatalogueMatcher(catalogue);
        }

        void run(String text) {
            long a = System.nanoTime();
            List<ExtractedNote> notes = extractor.extract(text, TextFormat.PLAIN);
            long b = System.nanoTime();
            FootnoteAnalysis analysis = resolver.resolve(notes);
            long c = System.nanoTime();
            for (CitedWork work : analysis.works()) {
                int found = matcher.candidatesFor(work.csl(), -1).size();
                stats.works++;
                if (found > 0) {
                    stats.matched++;
                }
            }
            long d = System.nanoTime();
            stats.extract += b - a;
            stats.resolve += c - b;
            stats.match += d - c;
            stats.notes += analysis.notes().size();
            for (ResolvedNote note : analysis.notes()) {
                stats.citations += note.citations().size();
                stats.withProblems += note.problems().isEmpty() ? 0 : 1;
            }
        }
    }

    private static final class Stats {
        long notes;
        long citations;
        long withProblems;
        long works;
        long matched;
        long extract;
        long resolve;
        long match;

        @Override
        public String toString() {
            double total = extract + resolve + match;
            return String.format(Locale.ROOT, "%,d notes, %,d citations, %,d notes with problems; %,d distinct works,"
                            + " %,d found in the catalogue; time: extraction %.0f%%, resolution %.0f%%, matching %.0f%%",
                    notes, citations, withProblems, works, matched, 100 * extract / total, 100 * resolve / total,
                    100 * match / total);
        }
    }

    // --- generation -------------------------------------------------------------------------------------------------

    Map<String, Object> work(int i) {
        Map<String, Object> work = new HashMap<>();
        boolean article = i % 3 != 0;
        work.put("type", article ? "article-journal" : "book");
        // a serial number in words keeps titles distinct without making them unnatural to the parser
        work.put("title", capitalise(words(3 + random.nextInt(4))) + " " + WORDS[i % WORDS.length] + " "
                + Integer.toString(i, 36).replaceAll("[0-9]", "") + "x");
        List<Map<String, Object>> authors = new ArrayList<>();
        int count = random.nextInt(10) < 7 ? 1 : 2;
        for (int a = 0; a < count; a++) {
            authors.add(Map.of("family", pick(FAMILY), "given", pick(GIVEN)));
        }
        work.put("author", authors);
        work.put("issued", Map.of("date-parts", List.of(List.of(1950 + random.nextInt(75)))));
        if (article) {
            work.put("container-title", pick(JOURNALS));
            work.put("volume", String.valueOf(1 + random.nextInt(60)));
            work.put("issue", String.valueOf(1 + random.nextInt(4)));
        } else {
            String[] place = pick(PLACES).split(": ");
            work.put("publisher-place", place[0]);
            work.put("publisher", place[1]);
        }
        return work;
    }

    /** A plain text: paragraphs whose sentences end with markers, then the numbered notes, as seed 002 has them. */
    String text(int noteCount, List<Map<String, Object>> catalogue) {
        StringBuilder body = new StringBuilder(noteCount * 420);
        body.append(capitalise(words(5))).append("\n\n");
        List<String> notes = new ArrayList<>(noteCount);
        List<Map<String, Object>> cited = new ArrayList<>();
        Map<String, Object> previous = null;
        for (int n = 1; n <= noteCount; n++) {
            for (int s = 0, sentences = 1 + random.nextInt(3); s < sentences; s++) {
                body.append(capitalise(words(8 + random.nextInt(14)))).append(s + 1 < sentences ? ". " : "");
            }
            body.append('.').append(n).append(random.nextInt(3) == 0 ? "\n\n" : " ");
            int kind = random.nextInt(100);
            String note;
            if (kind < 20 && previous != null) {
                note = random.nextBoolean() ? "Ibid." : "Ibid., " + pages() + ".";
            } else if (kind < 40 && !cited.isEmpty()) {
                Map<String, Object> earlier = cited.get(cited.size() - 1 - random.nextInt(Math.min(cited.size(), 8)));
                note = shortForm(earlier);
                previous = earlier;
            } else {
                Map<String, Object> work = kind < 88
                        ? catalogue.get(random.nextInt(catalogue.size()))
                        : work(catalogue.size() + random.nextInt(1_000_000));
                note = full(work);
                if (kind >= 95) {
                    Map<String, Object> second = catalogue.get(random.nextInt(catalogue.size()));
                    note = note.substring(0, note.length() - 1) + "; " + full(second);
                    cited.add(second);
                }
                cited.add(work);
                previous = work;
            }
            notes.add("  " + n + ". " + note + " ");
        }
        body.append("\n\nNotes\n\n");
        for (String note : notes) {
            body.append(note).append("\n\n");
        }
        body.append("Posted on April 3, 2012\n");
        return body.toString();
    }

    @SuppressWarnings("unchecked")
    private String full(Map<String, Object> work) {
        List<Map<String, Object>> authors = (List<Map<String, Object>>) work.get("author");
        String names = String.join(" and ", authors.stream().map(a -> a.get("given") + " " + a.get("family")).toList());
        int year = ((List<List<Integer>>) ((Map<String, Object>) work.get("issued")).get("date-parts")).get(0).get(0);
        if ("book".equals(work.get("type"))) {
            return names + ", *" + work.get("title") + "* (" + work.get("publisher-place") + ": "
                    + work.get("publisher") + ", " + year + "), " + (1 + random.nextInt(400)) + ".";
        }
        return names + ", “" + work.get("title") + ",” *" + work.get("container-title") + "* " + work.get("volume")
                + ", no. " + work.get("issue") + " (" + year + "): " + pages() + ".";
    }

    @SuppressWarnings("unchecked")
    private String shortForm(Map<String, Object> work) {
        List<Map<String, Object>> authors = (List<Map<String, Object>>) work.get("author");
        String names = String.join(" and ", authors.stream().map(a -> (String) a.get("family")).toList());
        String[] title = ((String) work.get("title")).split(" ");
        String shortTitle = String.join(" ", Arrays.copyOf(title, Math.min(title.length, 3)));
        return "book".equals(work.get("type"))
                ? names + ", *" + shortTitle + "*, " + (1 + random.nextInt(400)) + "."
                : names + ", “" + shortTitle + ",” " + pages() + ".";
    }

    private String pages() {
        int first = 1 + random.nextInt(300);
        return random.nextBoolean() ? String.valueOf(first) : first + "–" + (first + 1 + random.nextInt(20));
    }

    private String words(int count) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < count; i++) {
            out.append(i == 0 ? "" : " ").append(pick(WORDS));
        }
        return out.toString();
    }

    private static String capitalise(String words) {
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }

    /** The catalogue in memory, indexed as the database indexes it: by title key, DOI and ISBN. */
    private static final class Catalogue implements SourceRepository {
        private static final Field ID;

        static {
            try {
                ID = Source.class.getDeclaredField("id");
                ID.setAccessible(true);
            } catch (NoSuchFieldException e) {
                throw new ExceptionInInitializerError(e);
            }
        }

        private final Map<Long, Source> byId = new HashMap<>();
        private final Map<String, List<Source>> byTitleKey = new HashMap<>();
        private final Map<String, List<Source>> byDoi = new HashMap<>();
        private final Map<String, List<Source>> byIsbn = new HashMap<>();
        private long next = 1;

        void add(Map<String, Object> item) {
            add(Source.catalogue(CslItem.validated(item), Set.of(), Set.of(), "bench", Instant.EPOCH));
        }

        @Override
        public Source add(Source source) {
            try {
                ID.set(source, next++);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
            byId.put(source.id(), source);
            byTitleKey.computeIfAbsent(source.titleKey(), k -> new ArrayList<>()).add(source);
            if (source.doi() != null) {
                byDoi.computeIfAbsent(source.doi(), k -> new ArrayList<>()).add(source);
            }
            if (source.isbn() != null) {
                byIsbn.computeIfAbsent(source.isbn(), k -> new ArrayList<>()).add(source);
            }
            return source;
        }

        @Override
        public Optional<Source> find(long id) {
            return Optional.ofNullable(byId.get(id));
        }

        @Override
        public void remove(Source source) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Source addAgain(Source source) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void flush() {
        }

        @Override
        public void flushAndForget() {
        }

        @Override
        public SourcePage list(SourceQuery query) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<Source> findByTitleKeys(java.util.Collection<String> titleKeys) {
            return from(byTitleKey, titleKeys);
        }

        @Override
        public List<Source> findByDois(java.util.Collection<String> dois) {
            return from(byDoi, dois);
        }

        @Override
        public List<Source> findByIsbns(java.util.Collection<String> isbns) {
            return from(byIsbn, isbns);
        }

        private static List<Source> from(Map<String, List<Source>> index, java.util.Collection<String> keys) {
            return keys.stream().distinct().flatMap(key -> index.getOrDefault(key, List.of()).stream())
                    .sorted(java.util.Comparator.comparing(Source::id)).toList();
        }

        @Override
        public List<Source> findAllById(List<Long> ids) {
            return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
        }
    }

    static {
        // MatchKeys is what the database's title_key column holds; referenced so a rename breaks this benchmark too
        MatchKeys.titleKey("");
    }
}
