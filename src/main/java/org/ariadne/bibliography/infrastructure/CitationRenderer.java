package org.ariadne.bibliography.infrastructure;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.ariadne.bibliography.domain.CitePositions;
import org.ariadne.bibliography.domain.CiteRef;
import org.ariadne.bibliography.domain.OutputFormat;
import org.ariadne.bibliography.domain.PositionedCite;
import org.ariadne.bibliography.domain.UnknownItemException;
import org.ariadne.bibliography.domain.UnknownStyleException;
import org.xml.sax.SAXException;

import de.undercouch.citeproc.CSL;
import de.undercouch.citeproc.DefaultAbbreviationProvider;
import de.undercouch.citeproc.DefaultLocaleProvider;
import de.undercouch.citeproc.ItemDataProvider;
import de.undercouch.citeproc.csl.CSLCitationBuilder;
import de.undercouch.citeproc.csl.CSLCitationItemBuilder;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLLabel;
import de.undercouch.citeproc.output.Bibliography;
import de.undercouch.citeproc.output.Citation;

/**
 * Renders bibliographies and notes in any CSL style: the one class that talks to citeproc-java.
 * <p>
 * On top of the engine it adds what citeproc-java 3.5.2 lacks: cite positions (subsequent, ibid,
 * ibid-with-locator, near-note; each cite is rendered with a copy of the style whose position tests are fixed to
 * that cite's position, see {@link StyleVariants}), a capital letter for a note that starts with "ibid.",
 * year-suffix disambiguation (2004a, 2004b), and a bibliography sort done by Ariadne from sort keys computed once per
 * item, instead of the engine's insertion that renders the keys on every comparison and renumbers on every insert.
 * <p>
 * Thread-safe. Engines (one per style, locale and variant) are cached in a bounded LRU cache; an engine is not
 * thread-safe, so each one is used by one thread at a time, and a thread that finds the cached engine busy renders
 * with a private engine of its own instead of waiting: one user's long bibliography never holds up another's.
 */
public class CitationRenderer {

    private static final String DEFAULT_LOCALE = "en-US";
    private static final int DEFAULT_MAX_ENGINES = 48;
    /** Items rendered by one engine run when a bibliography is rendered in parts. */
    static final int PART = 250;
    /** Cached entries and probe values (a few hundred bytes each). */
    private static final int MAX_CACHED_ENTRIES = 60_000;

    private final StyleCatalog catalog;
    private final Map<String, CustomStyle> customStyles = new ConcurrentHashMap<>();
    private final AtomicLong customVersions = new AtomicLong();
    private final Lru<String, StyleVariants> styles = new Lru<>(32);
    private final Lru<String, Engine> engines;
    private final Map<String, List<String>> localeIbidTerms = new ConcurrentHashMap<>();
    /** Rendered entries and probe values of items, by style, locale, variant, format and the item's digest. */
    private final Lru<String, String> entryCache = new Lru<>(MAX_CACHED_ENTRIES);
    private final RenderWorkers workers;
    private final int partSize;
    private final int leadingKeys;
    /** How many runs found their engine busy and used a private one (for tests and diagnostics). */
    static final AtomicLong busyEngineRuns = new AtomicLong();

    public CitationRenderer(StyleCatalog catalog) {
        this(catalog, DEFAULT_MAX_ENGINES);
    }

    public CitationRenderer(StyleCatalog catalog, int maxEngines) {
        this(catalog, maxEngines, PART);
    }

    /** With {@code partSize} items at most per engine run (for tests: a huge size renders in one piece). */
    CitationRenderer(StyleCatalog catalog, int maxEngines, int partSize) {
        this(catalog, maxEngines, partSize, LEADING_KEYS);
    }

    /**
     * With {@code leadingKeys} sort keys rendered for every item before the rest for ties (for tests: a huge number
     * renders every key of every item, see {@link #sortedIds}).
     */
    CitationRenderer(StyleCatalog catalog, int maxEngines, int partSize, int leadingKeys) {
        this.leadingKeys = leadingKeys;
        this.partSize = partSize;
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.engines = new Lru<>(maxEngines);
        this.workers = new RenderWorkers(Math.max(1, Runtime.getRuntime().availableProcessors() - 1),
                CitationRenderer.class.getClassLoader());
    }

    /** Stops the helper threads; renders still running finish on their callers' threads. */
    public void close() {
        workers.close();
    }

    /**
     * Makes a custom style (already checked by {@link StyleValidator}) available under {@code id}; a later call with
     * the same id replaces it. Custom ids take precedence over bundled ones.
     */
    public void registerCustomStyle(String id, String xml) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(xml, "xml");
        customStyles.put(id, new CustomStyle(xml, customVersions.incrementAndGet()));
    }

    /** Whether the id names a registered custom style or a bundled one. */
    public boolean hasStyle(String styleId) {
        return styleId != null && (customStyles.containsKey(styleId) || catalog.styleXml(styleId).isPresent());
    }

    /**
     * The bibliography of the items in the style's order, one rendered entry per item (items with the same id are
     * listed once).
     *
     * @throws UnknownStyleException    for a style id that is neither bundled nor registered
     * @throws IllegalArgumentException for a style without bibliography, or a locale that does not exist
     */
    public List<String> bibliography(String styleId, String locale, OutputFormat format,
            List<Map<String, Object>> items) {
        if (format == OutputFormat.RTF) {
            return bibliography(styleId, locale, OutputFormat.HTML, items).stream().map(RtfMarkup::fromHtml).toList();
        }
        StyleRef style = style(styleId);
        StyleVariants sv = style.variants;
        if (!sv.hasBibliography()) {
            throw new IllegalArgumentException("The style '" + styleId + "' has no bibliography");
        }
        String loc = locale(locale, sv);
        Map<String, Map<String, Object>> byId = new LinkedHashMap<>();
        for (Map<String, Object> item : items) {
            String id = itemId(item);
            if (!byId.containsKey(id)) {
                Map<String, Object> withId = new LinkedHashMap<>(item);
                withId.put("id", id);
                byId.put(id, withId);
            }
        }
        List<String> ids = List.copyOf(byId.keySet());
        Digests digests = new Digests();
        List<String> order = sv.hasBibliographySort()
                ? sortedIds(style, loc, "bibliography", byId, ids, digests) : ids;
        Map<String, Map<String, Object>> finalItems = byId;
        if (sv.addYearSuffix()) {
            finalItems = withYearSuffixes(byId, yearSuffixes(style, loc, byId, order, digests));
        }
        return renderEach(style, loc, StyleVariants.BIBLIOGRAPHY, sv::bibliographyVariant, cslFormat(format),
                finalItems, order, digests).stream().map(String::strip).toList();
    }

    /**
     * Renders a bibliography of {@code count} made-up items (books, articles, chapters; a few authors, years and
     * journals), so that the engines of the style (one per pass and per helper thread) exist and the JIT has compiled
     * the engine's paths before the first user asks; the made-up items never match a real source's digest.
     */
    public void warmUp(String styleId, String locale, int count) {
        warmUp(styleId, locale, count, 0);
    }

    /** Like {@link #warmUp(String, String, int)}, with items of their own for each round (none of them cached). */
    public void warmUp(String styleId, String locale, int count, int round) {
        String[] families = {"Lim", "Okafor", "Müller", "García", "Tanaka", "Novak", "Haddad", "Silva"};
        List<Map<String, Object>> items = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            // every tenth item by the authors of the one before, in the same year: ties on the leading sort keys
            int a = i % 10 == 1 ? i - 1 : i;
            // shaped as stored items are read (LinkedHashMap, ArrayList, Integer), with one to three authors, so
            // that the compiled code fits real items and is not thrown away by the first real request
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("id", "ariadne-warm-up-" + round + "-" + i);
            item.put("type", switch (i % 3) {
                case 0 -> "article-journal";
                case 1 -> "book";
                default -> "chapter";
            });
            item.put("title", "Warm-up study " + (i * 7919 % 10_007) + " of the archive, round " + round);
            List<Object> authors = new ArrayList<>();
            for (int n = 0; n <= a % 3; n++) {
                authors.add(name(families[(a + n) % families.length] + (a % 97), "Ann " + (char) ('A' + (a + n) % 26)));
            }
            item.put("author", authors);
            item.put("issued", date(1950 + a % 70));
            if (i % 3 == 0) {
                item.put("container-title", "Journal of Records");
                item.put("volume", String.valueOf(1 + i % 40));
                item.put("page", (i % 200 + 1) + "-" + (i % 200 + 15));
                if (i % 2 == 0) {
                    item.put("DOI", "10.5555/warm-up." + i);
                }
            } else {
                if (i % 3 == 2) {
                    item.put("container-title", "Collected Records " + i % 50);
                    item.put("editor", new ArrayList<>(List.of(name("Haddad", "Omar"))));
                    item.put("page", (i % 200 + 1) + "-" + (i % 200 + 30));
                }
                item.put("publisher", "Harbour Press");
                item.put("publisher-place", "Boston");
            }
            items.add(item);
        }
        bibliography(styleId, locale, OutputFormat.TEXT, items);
    }

    private static Map<String, Object> name(String family, String given) {
        Map<String, Object> name = new LinkedHashMap<>();
        name.put("family", family);
        name.put("given", given);
        return name;
    }

    private static Map<String, Object> date(int year) {
        Map<String, Object> date = new LinkedHashMap<>();
        date.put("date-parts", new ArrayList<>(List.of(new ArrayList<>(List.of(year)))));
        return date;
    }

    /**
     * One rendered citation per element of {@code citations}, each taken as a note of its own, in document order,
     * with the position of every cite (first, subsequent, ibid, ibid-with-locator, near-note) and year suffixes as
     * the style asks.
     *
     * @throws UnknownStyleException for a style id that is neither bundled nor registered
     * @throws UnknownItemException  for a cite of an item missing from {@code itemsById}
     */
    public List<String> notes(String styleId, String locale, OutputFormat format, List<List<CiteRef>> citations,
            Map<String, Map<String, Object>> itemsById) {
        if (format == OutputFormat.RTF) {
            return notes(styleId, locale, OutputFormat.HTML, citations, itemsById).stream()
                    .map(RtfMarkup::fromHtml).toList();
        }
        StyleRef style = style(styleId);
        StyleVariants sv = style.variants;
        String loc = locale(locale, sv);
        Map<String, Map<String, Object>> cited = new LinkedHashMap<>();
        for (List<CiteRef> citation : citations) {
            for (CiteRef cite : citation) {
                Map<String, Object> item = itemsById.get(cite.itemId());
                if (item == null) {
                    throw new UnknownItemException(cite.itemId());
                }
                Map<String, Object> withId = new LinkedHashMap<>(item);
                withId.put("id", cite.itemId());
                cited.putIfAbsent(cite.itemId(), withId);
            }
        }
        List<String> firstCiteOrder = List.copyOf(cited.keySet());
        Digests digests = new Digests();
        Map<String, Map<String, Object>> withSuffixes = cited;
        if (sv.addYearSuffix()) {
            List<String> order = sv.hasBibliographySort()
                    ? sortedIds(style, loc, "bibliography", cited, firstCiteOrder, digests) : firstCiteOrder;
            withSuffixes = withYearSuffixes(cited, yearSuffixes(style, loc, cited, order, digests));
        }
        Map<String, CSLItemData> data = digests.itemData(withSuffixes);
        List<List<CiteRef>> ordered = citations;
        if (sv.hasCitationSort() && citations.stream().anyMatch(c -> c.size() > 1)) {
            Map<String, Integer> rank = rank(sortedIds(style, loc, "citation", withSuffixes, firstCiteOrder,
                    digests));
            ordered = citations.stream()
                    .map(c -> c.stream().sorted(Comparator.comparing(cite -> rank.get(cite.itemId()))).toList())
                    .toList();
        }
        List<List<PositionedCite>> positioned = CitePositions.assign(ordered, sv.nearNoteDistance());

        // render every cite with the style variant of its position; one engine run per variant
        String[][] rendered = new String[positioned.size()][];
        Map<String, List<int[]>> byVariant = new LinkedHashMap<>();
        for (int i = 0; i < positioned.size(); i++) {
            rendered[i] = new String[positioned.get(i).size()];
            for (int j = 0; j < positioned.get(i).size(); j++) {
                PositionedCite pc = positioned.get(i).get(j);
                String key = StyleVariants.citeVariantKey(p -> pc.position().satisfies(p, pc.nearNote()));
                byVariant.computeIfAbsent(key, k -> new ArrayList<>()).add(new int[] {i, j});
            }
        }
        String fmt = cslFormat(format);
        for (Map.Entry<String, List<int[]>> e : byVariant.entrySet()) {
            Engine engine = engine(style, loc, e.getKey(), () -> sv.citeVariant(e.getKey()));
            engine.run(data, fmt, csl -> {
                csl.registerCitationItems(firstCiteOrder, true);
                for (int[] at : e.getValue()) {
                    CiteRef cite = positioned.get(at[0]).get(at[1]).cite();
                    List<Citation> out = csl.makeCitation(new CSLCitationBuilder(citationItem(cite)).build());
                    rendered[at[0]][at[1]] = out.get(out.size() - 1).getText();
                }
                return null;
            });
        }
        List<String> ibidTerms = ibidTerms(sv, loc);
        List<String> notes = new ArrayList<>(rendered.length);
        for (String[] parts : rendered) {
            notes.add(capitaliseInitialTerm(assemble(parts, sv, format), ibidTerms, format));
        }
        return List.copyOf(notes);
    }

    /**
     * Problems the engine has with a style (empty when it renders a sample note and bibliography entry).
     * For {@link StyleValidator}.
     */
    List<String> engineProblems(String xml) {
        List<String> problems = new ArrayList<>();
        try {
            StyleRef style = new StyleRef("check", new StyleVariants(xml));
            Map<String, Map<String, Object>> items = new LinkedHashMap<>();
            items.put("sample", sampleItem());
            Map<String, CSLItemData> data = toItemData(items);
            String firstKey = StyleVariants.citeVariantKey(p -> p.equals("first"));
            new Engine(style.variants.citeVariant(firstKey), DEFAULT_LOCALE).run(data, "text", csl -> {
                csl.registerCitationItems(List.of("sample"), true);
                return csl.makeCitation(new CSLCitationBuilder(citationItem(CiteRef.at("sample", "12", "page")))
                        .build());
            });
            if (style.variants.hasBibliography()) {
                new Engine(style.variants.bibliographyVariant(), DEFAULT_LOCALE).run(data, "text", csl -> {
                    csl.registerCitationItems(List.of("sample"), true);
                    return csl.makeBibliography();
                });
            }
        } catch (SAXException e) {
            problems.add("The style is not well-formed XML: " + oneLine(e.getMessage()));
        } catch (RuntimeException e) {
            problems.add("The CSL processor cannot use this style: " + oneLine(describe(e)));
        }
        return problems;
    }

    private static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return message == null || message.isBlank() ? root.getClass().getSimpleName() : message;
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ").strip();
    }

    private static Map<String, Object> sampleItem() {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("id", "sample");
        item.put("type", "book");
        item.put("title", "A Sample Book");
        item.put("author", List.of(Map.of("family", "Sample", "given", "Ann")));
        item.put("issued", Map.of("date-parts", List.of(List.of(2001))));
        item.put("publisher", "Sample Press");
        item.put("publisher-place", "Boston");
        return item;
    }

    // ---- styles and engines ----------------------------------------------------------------------------------

    private StyleRef style(String styleId) {
        if (styleId == null || styleId.isBlank()) {
            throw new UnknownStyleException(String.valueOf(styleId));
        }
        CustomStyle custom = customStyles.get(styleId);
        if (custom != null) {
            String key = "custom:" + styleId + "#" + custom.version;
            return new StyleRef(key, styles.computeIfAbsent(key, k -> custom.variants()));
        }
        String shortId = StyleCatalog.shortId(styleId);
        String key = "bundled:" + shortId;
        StyleVariants sv = styles.computeIfAbsent(key, k -> {
            String xml = catalog.styleXml(shortId).orElseThrow(() -> new UnknownStyleException(styleId));
            try {
                return new StyleVariants(xml);
            } catch (SAXException e) {
                throw new IllegalStateException("the bundled style " + shortId + " cannot be read", e);
            }
        });
        return new StyleRef(key, sv);
    }

    /**
     * Every item of {@code ids} rendered as a bibliography entry of one variant (the bibliography itself, or a probe
     * of sort keys or bare cites), in the order of {@code ids}. For a style whose entries are independent of each
     * other, entries come from the cache when this item (same content, so same version) was rendered before in this
     * variant, locale and format; the others are rendered in parts of {@value #PART} items (by default), by the
     * calling thread and by whichever of the shared helper threads are free, each part on an engine of its own.
     */
    private List<String> renderEach(StyleRef style, String loc, String variantKey,
            java.util.function.Supplier<String> xml, String format, Map<String, Map<String, Object>> items,
            List<String> ids, Digests digests) {
        String prefix = style.key + "|" + loc + "|" + variantKey + "|" + format + "|";
        if (!style.variants.entriesIndependent()) {
            Engine engine = engine(style, loc, variantKey, xml);
            return engine.run(digests.itemData(items), format, csl -> {
                csl.registerCitationItems(ids, true);
                return Arrays.asList(csl.makeBibliography().getEntries());
            });
        }
        String[] out = new String[ids.size()];
        String[] keys = new String[ids.size()];
        List<Integer> missing = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            keys[i] = prefix + digests.of(items.get(ids.get(i)));
            out[i] = entryCache.get(keys[i]);
            if (out[i] == null) {
                missing.add(i);
            }
        }
        if (missing.isEmpty()) {
            return Arrays.asList(out);
        }
        List<List<Integer>> parts = new ArrayList<>();
        for (int from = 0; from < missing.size(); from += partSize) {
            parts.add(missing.subList(from, Math.min(missing.size(), from + partSize)));
        }
        RenderWorkers.PartRenderer renderPart = (slot, p) -> {
            List<Integer> part = parts.get(p);
            Map<String, Map<String, Object>> partItems = new LinkedHashMap<>();
            part.forEach(i -> partItems.put(ids.get(i), items.get(ids.get(i))));
            List<String> partIds = List.copyOf(partItems.keySet());
            // one engine per worker slot, so that parts rendered at once never share an engine
            Engine engine = engine(style, loc, slot == 0 ? variantKey : variantKey + "#" + slot, xml);
            List<String> rendered = engine.run(digests.itemData(partItems), format, csl -> {
                csl.registerCitationItems(partIds, true);
                return Arrays.asList(csl.makeBibliography().getEntries());
            });
            for (int k = 0; k < part.size(); k++) {
                int i = part.get(k);
                out[i] = rendered.get(k);
                entryCache.put(keys[i], out[i]);
            }
        };
        workers.runAll(parts.size(), renderPart);
        return Arrays.asList(out);
    }

    /**
     * What one render works out once per item although the item goes through several passes (sort keys, bare cites,
     * entries): its digest and its citeproc-java form. By identity, as an item given a year suffix is a new map with
     * a digest and a form of its own. Digests are asked for on the calling thread; forms on the part renderers'.
     */
    private static final class Digests {
        private final Map<Map<String, Object>, String> known = new java.util.IdentityHashMap<>();
        private final Map<Map<String, Object>, CSLItemData> forms =
                java.util.Collections.synchronizedMap(new java.util.IdentityHashMap<>());

        String of(Map<String, Object> item) {
            return known.computeIfAbsent(item, CitationRenderer::digest);
        }

        /** The items in citeproc-java's form, each converted once per render. */
        Map<String, CSLItemData> itemData(Map<String, Map<String, Object>> items) {
            Map<String, CSLItemData> data = new LinkedHashMap<>();
            items.forEach((id, item) -> {
                CSLItemData form = forms.get(item);
                if (form == null) {
                    form = CSLItemData.fromJson(item);
                    forms.put(item, form);
                }
                data.put(id, form);
            });
            return data;
        }
    }

    /** A digest of an item's CSL-JSON as given (the same stored item gives the same text, so the same digest). */
    private static String digest(Map<String, Object> item) {
        try {
            byte[] hash = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(String.valueOf(item).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.Base64.getEncoder().withoutPadding().encodeToString(hash);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing", e);
        }
    }

    private Engine engine(StyleRef style, String locale, String variantKey,
            java.util.function.Supplier<String> xml) {
        return engines.computeIfAbsent(style.key + "|" + locale + "|" + variantKey,
                k -> new Engine(xml.get(), locale));
    }

    private static String locale(String requested, StyleVariants sv) {
        if (requested != null && !requested.isBlank()) {
            return requested.strip();
        }
        return sv.defaultLocale().isBlank() ? DEFAULT_LOCALE : sv.defaultLocale();
    }

    private static String cslFormat(OutputFormat format) {
        return switch (format) {
            case TEXT -> "text";
            case HTML -> "html";
            case RTF -> throw new IllegalStateException("RTF is made from HTML (RtfMarkup)");
            case ASCIIDOC -> "asciidoc";
        };
    }

    // ---- items ------------------------------------------------------------------------------------------------

    private static String itemId(Map<String, Object> item) {
        Object id = item.get("id");
        if (id == null || id.toString().isBlank()) {
            throw new IllegalArgumentException("every item needs an id");
        }
        return id.toString();
    }

    /** CSL-JSON to citeproc-java items, every variable kept. */
    private static Map<String, CSLItemData> toItemData(Map<String, Map<String, Object>> items) {
        Map<String, CSLItemData> data = new LinkedHashMap<>();
        for (Map.Entry<String, Map<String, Object>> e : items.entrySet()) {
            data.put(e.getKey(), CSLItemData.fromJson(e.getValue()));
        }
        return data;
    }

    /** The items with their year suffixes set (replacing an item's own); items without one are kept as they are. */
    private static Map<String, Map<String, Object>> withYearSuffixes(Map<String, Map<String, Object>> items,
            Map<String, String> yearSuffixes) {
        if (yearSuffixes.isEmpty()) {
            return items;
        }
        Map<String, Map<String, Object>> out = new LinkedHashMap<>();
        items.forEach((id, item) -> {
            String suffix = yearSuffixes.get(id);
            if (suffix == null) {
                out.put(id, item);
            } else {
                Map<String, Object> copy = new LinkedHashMap<>(item);
                copy.put("year-suffix", suffix);
                out.put(id, copy);
            }
        });
        return out;
    }

    private static de.undercouch.citeproc.csl.CSLCitationItem citationItem(CiteRef cite) {
        CSLCitationItemBuilder b = new CSLCitationItemBuilder(cite.itemId());
        if (cite.hasLocator()) {
            b.locator(cite.locator());
            CSLLabel label = label(cite.effectiveLabel());
            if (label != null) {
                b.label(label);
            }
        }
        if (!cite.prefix().isEmpty()) {
            b.prefix(cite.prefix());
        }
        if (!cite.suffix().isEmpty()) {
            b.suffix(cite.suffix());
        }
        if (cite.suppressAuthor()) {
            b.suppressAuthor(true);
        }
        return b.build();
    }

    private static CSLLabel label(String name) {
        try {
            return CSLLabel.fromString(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    // ---- sorting ----------------------------------------------------------------------------------------------

    /**
     * The ids sorted by the bibliography's or the citation's sort keys. Each item's keys are rendered once (engine
     * runs of a probe style), then compared as citeproc-java compares them: empty keys last, alphanumeric comparison
     * in the locale, per-key direction; ties keep the given order.
     * <p>
     * For a style with more than {@value #LEADING_KEYS} keys (by default) whose entries are independent of each
     * other, only the leading keys are rendered for every item (APA's first three of ten: author, date group, date),
     * and all of them only for the items those leave tied, which are then put in order among themselves: the same
     * order, since the sort is stable and the full comparison starts with the same leading keys.
     */
    private List<String> sortedIds(StyleRef style, String loc, String owner, Map<String, Map<String, Object>> items,
            List<String> ids, Digests digests) {
        StyleVariants sv = style.variants;
        List<Integer> directions = sv.sortDirections(owner);
        java.text.Collator collator = java.text.Collator.getInstance(Locale.forLanguageTag(loc));
        AlphanumKey none = new AlphanumKey("", collator);
        if (directions.size() <= leadingKeys || !sv.entriesIndependent() || ids.size() < 2) {
            List<String> sorted = new ArrayList<>(ids);
            sorted.sort(byKeys(sortKeys(style, loc, owner, Integer.MAX_VALUE, items, ids, digests, collator, none),
                    directions));
            return sorted;
        }
        List<Integer> leading = directions.subList(0, leadingKeys);
        Comparator<String> byLeading = byKeys(sortKeys(style, loc, owner, leadingKeys, items, ids, digests, collator,
                none), leading);
        List<String> sorted = new ArrayList<>(ids);
        sorted.sort(byLeading);
        List<int[]> runs = new ArrayList<>();
        List<String> tied = new ArrayList<>();
        for (int from = 0; from < sorted.size();) {
            int to = from + 1;
            while (to < sorted.size() && byLeading.compare(sorted.get(from), sorted.get(to)) == 0) {
                to++;
            }
            if (to - from > 1) {
                runs.add(new int[] {from, to});
                tied.addAll(sorted.subList(from, to));
            }
            from = to;
        }
        if (!runs.isEmpty()) {
            Comparator<String> byAll = byKeys(sortKeys(style, loc, owner, Integer.MAX_VALUE, items, tied, digests,
                    collator, none), directions);
            for (int[] run : runs) {
                sorted.subList(run[0], run[1]).sort(byAll);
            }
        }
        return sorted;
    }

    /** Sort keys rendered for every item; the others only for items these leave tied (see {@link #sortedIds}). */
    static final int LEADING_KEYS = 3;

    /** The first {@code count} sort keys of each item of {@code ids}, by id (one engine run of a probe style). */
    private Map<String, SortKeys> sortKeys(StyleRef style, String loc, String owner, int count,
            Map<String, Map<String, Object>> items, List<String> ids, Digests digests, java.text.Collator collator,
            AlphanumKey none) {
        StyleVariants sv = style.variants;
        String variant = count == Integer.MAX_VALUE ? "K" + owner : "K" + owner + "/" + count;
        List<String> rendered = renderEach(style, loc, variant, () -> sv.sortKeyProbe(owner, count), ProbeFormat.NAME,
                items, ids, digests);
        int size = Math.min(count, sv.sortDirections(owner).size());
        // each key split and given its collation keys once, not at every comparison (see AlphanumKey), and only
        // when a comparison gets to it: most are settled by the first key or two
        Map<String, SortKeys> keys = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            String entry = rendered.get(i);
            int end = entry.lastIndexOf(StyleVariants.KEY_END);
            String[] parts = (end >= 0 ? entry.substring(0, end) : entry).split(StyleVariants.KEY_SEPARATOR, -1);
            keys.put(ids.get(i), new SortKeys(parts, size, collator, none));
        }
        return keys;
    }

    /** Compares ids by their keys, key by key: empty keys last, then in the key's direction. */
    private static Comparator<String> byKeys(Map<String, SortKeys> keys, List<Integer> directions) {
        return (a, b) -> {
            SortKeys ka = keys.get(a);
            SortKeys kb = keys.get(b);
            for (int k = 0; k < directions.size(); k++) {
                AlphanumKey x = ka.key(k);
                AlphanumKey y = kb.key(k);
                if (x.isEmpty() != y.isEmpty()) {
                    return x.isEmpty() ? 1 : -1;
                }
                int c = x.compareTo(y);
                if (c != 0) {
                    return c * directions.get(k);
                }
            }
            return 0;
        };
    }

    /** The sort keys of one item, each prepared on first use; used by one thread (the sorting one). */
    private static final class SortKeys {
        private final String[] parts;
        private final AlphanumKey[] prepared;
        private final java.text.Collator collator;
        private final AlphanumKey none;

        SortKeys(String[] parts, int count, java.text.Collator collator, AlphanumKey none) {
            this.parts = parts;
            this.prepared = new AlphanumKey[count];
            this.collator = collator;
            this.none = none;
        }

        AlphanumKey key(int k) {
            AlphanumKey key = prepared[k];
            if (key == null) {
                String part = k < parts.length ? parts[k].strip() : "";
                key = part.isEmpty() ? none : new AlphanumKey(part, collator);
                prepared[k] = key;
            }
            return key;
        }
    }

    private static Map<String, Integer> rank(List<String> ids) {
        Map<String, Integer> rank = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            rank.put(ids.get(i), i);
        }
        return rank;
    }

    // ---- year suffixes ----------------------------------------------------------------------------------------

    /**
     * Year suffixes for items whose cites come out the same (at first and, if the style distinguishes positions,
     * at subsequent position), lettered in {@code order} (the bibliography's order): a, b, ..., z, aa, ab, ...
     */
    private Map<String, String> yearSuffixes(StyleRef style, String loc, Map<String, Map<String, Object>> items,
            List<String> order, Digests digests) {
        StyleVariants sv = style.variants;
        List<String> variantKeys = new ArrayList<>();
        variantKeys.add(StyleVariants.citeVariantKey(p -> p.equals("first")));
        if (sv.usesPositions()) {
            variantKeys.add(StyleVariants.citeVariantKey(p -> p.equals("subsequent")));
        }
        UnionFind groups = new UnionFind(order);
        for (String vk : variantKeys) {
            List<String> rendered = renderEach(style, loc, "P" + vk, () -> sv.citeProbe(vk), ProbeFormat.NAME, items,
                    order, digests);
            Map<String, String> firstWithText = new HashMap<>();
            for (int i = 0; i < order.size(); i++) {
                String text = straightQuotes(rendered.get(i).strip());
                if (text.equals(StyleVariants.KEY_END)) {
                    continue;
                }
                String other = firstWithText.putIfAbsent(text, order.get(i));
                if (other != null) {
                    groups.union(other, order.get(i));
                }
            }
        }
        Map<String, Integer> nextLetter = new HashMap<>();
        Map<String, Integer> groupSize = new HashMap<>();
        for (String id : order) {
            groupSize.merge(groups.find(id), 1, Integer::sum);
        }
        Map<String, String> suffixes = new HashMap<>();
        for (String id : order) {
            String root = groups.find(id);
            if (groupSize.get(root) > 1) {
                int n = nextLetter.merge(root, 1, Integer::sum) - 1;
                suffixes.put(id, letters(n));
            }
        }
        return suffixes;
    }

    /**
     * The probe text with curly quotation marks made straight: probes skip citeproc-java's smart quotes (see
     * {@link ProbeFormat}), so two cites that differ only in the quotation marks their data was typed with would
     * come out the same once rendered and must count as the same here.
     */
    static String straightQuotes(String s) {
        return s.replace('\u2018', '\'').replace('\u2019', '\'').replace('\u201C', '"').replace('\u201D', '"');
    }

    static String letters(int n) {
        StringBuilder s = new StringBuilder();
        int i = n;
        do {
            s.insert(0, (char) ('a' + i % 26));
            i = i / 26 - 1;
        } while (i >= 0);
        return s.toString();
    }

    private static final class UnionFind {
        private final Map<String, String> parent = new HashMap<>();

        UnionFind(Collection<String> ids) {
            ids.forEach(id -> parent.put(id, id));
        }

        String find(String id) {
            String p = parent.get(id);
            if (p.equals(id)) {
                return id;
            }
            String root = find(p);
            parent.put(id, root);
            return root;
        }

        void union(String a, String b) {
            String ra = find(a);
            String rb = find(b);
            if (!ra.equals(rb)) {
                parent.put(rb, ra);
            }
        }
    }

    // ---- putting notes together -------------------------------------------------------------------------------

    /** The cites of one citation joined with the layout's delimiter, inside its prefix and suffix. */
    private static String assemble(String[] parts, StyleVariants sv, OutputFormat format) {
        String body = String.join(escape(sv.layoutDelimiter(), format), parts);
        String suffix = escape(sv.layoutSuffix(), format);
        if (!suffix.isEmpty() && ".!?".indexOf(suffix.charAt(0)) >= 0) {
            char last = lastVisibleChar(body, format);
            if (".!?".indexOf(last) >= 0) {
                // "Ibid." + "." gives "Ibid.", as a CSL processor does
                suffix = suffix.substring(1);
            }
        }
        return escape(sv.layoutPrefix(), format) + body + suffix;
    }

    private static char lastVisibleChar(String s, OutputFormat format) {
        int i = s.length() - 1;
        while (i >= 0) {
            char c = s.charAt(i);
            if (format == OutputFormat.HTML && c == '>') {
                int open = s.lastIndexOf('<', i);
                if (open >= 0) {
                    i = open - 1;
                    continue;
                }
            }
            return c;
        }
        return '\0';
    }

    private static String escape(String s, OutputFormat format) {
        if (format != OutputFormat.HTML) {
            return s;
        }
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** CSL: a term at the very start of a note is capitalised ("Ibid., 17–18."). */
    private static String capitaliseInitialTerm(String note, List<String> terms, OutputFormat format) {
        int i = 0;
        while (format == OutputFormat.HTML && i < note.length() && note.charAt(i) == '<') {
            int close = note.indexOf('>', i);
            if (close < 0) {
                break;
            }
            i = close + 1;
        }
        String rest = note.substring(i);
        for (String term : terms) {
            if (!term.isEmpty() && rest.startsWith(term) && Character.isLowerCase(rest.charAt(0))) {
                return note.substring(0, i) + rest.substring(0, 1).toUpperCase(Locale.ROOT) + rest.substring(1);
            }
        }
        return note;
    }

    /** The "ibid" term in every form: the style's own, then the locale's (longest first). */
    private List<String> ibidTerms(StyleVariants sv, String loc) {
        Set<String> terms = new LinkedHashSet<>(sv.styleIbidTerms());
        terms.addAll(localeIbidTerms.computeIfAbsent(loc, CitationRenderer::readLocaleIbidTerms));
        return terms.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }

    private static List<String> readLocaleIbidTerms(String loc) {
        List<String> found = new ArrayList<>();
        for (String name : List.of("locales-" + loc + ".xml", "locales-" + loc.split("-")[0] + ".xml")) {
            try (InputStream in = CitationRenderer.class.getClassLoader().getResourceAsStream(name)) {
                if (in == null) {
                    continue;
                }
                XMLStreamReader r = SafeXml.inputFactory().createXMLStreamReader(in);
                boolean inIbid = false;
                while (r.hasNext()) {
                    int ev = r.next();
                    if (ev == XMLStreamConstants.START_ELEMENT && "term".equals(r.getLocalName())) {
                        inIbid = "ibid".equals(r.getAttributeValue(null, "name"));
                        if (inIbid) {
                            String text = r.getElementText().strip();
                            if (!text.isEmpty()) {
                                found.add(text);
                            }
                            inIbid = false;
                        }
                    }
                }
                r.close();
                break;
            } catch (IOException | XMLStreamException e) {
                // no terms from this locale: notes are then left as the engine wrote them
            }
        }
        return List.copyOf(found);
    }

    // ---- engine -----------------------------------------------------------------------------------------------

    private record StyleRef(String key, StyleVariants variants) {
    }

    private static final class CustomStyle {
        final String xml;
        final long version;

        CustomStyle(String xml, long version) {
            this.xml = xml;
            this.version = version;
        }

        StyleVariants variants() {
            try {
                return new StyleVariants(xml);
            } catch (SAXException e) {
                throw new IllegalArgumentException("the custom style is not well-formed XML", e);
            }
        }
    }

    /** Items handed to an engine for the length of one run. */
    private static final class SwappableItems implements ItemDataProvider {
        private Map<String, CSLItemData> current = Map.of();

        @Override
        public CSLItemData retrieveItem(String id) {
            return current.get(id);
        }

        @Override
        public Collection<String> getIds() {
            return current.keySet();
        }
    }

    /** One citeproc-java processor; used by one thread at a time. */
    private static final class Engine {
        private final SwappableItems items = new SwappableItems();
        private final java.util.concurrent.locks.ReentrantLock lock = new java.util.concurrent.locks.ReentrantLock();
        private final String locale;
        private final String xml;
        private CSL csl;

        Engine(String xml, String locale) {
            this.xml = xml;
            this.locale = locale;
        }

        /** Runs the work on this engine, or, if another thread is using it, on a new engine of the same style. */
        <T> T run(Map<String, CSLItemData> data, String format, Function<CSL, T> work) {
            if (!lock.tryLock()) {
                busyEngineRuns.incrementAndGet();
                return new Engine(xml, locale).run(data, format, work);
            }
            try {
                return runLocked(data, format, work);
            } finally {
                lock.unlock();
            }
        }

        private <T> T runLocked(Map<String, CSLItemData> data, String format, Function<CSL, T> work) {
            if (csl == null) {
                try {
                    csl = new CSL(items, new DefaultLocaleProvider(), new DefaultAbbreviationProvider(), xml, locale);
                } catch (IOException e) {
                    throw new IllegalArgumentException("cannot load the style or the locale " + locale, e);
                }
            }
            items.current = data;
            try {
                csl.reset();
                de.undercouch.citeproc.csl.internal.format.Format own = EntryFormats.named(format);
                if (own != null) {
                    csl.setOutputFormat(own);
                } else {
                    csl.setOutputFormat(format);
                }
                return work.apply(csl);
            } finally {
                csl.reset();
                items.current = Map.of();
            }
        }
    }

    /** A small LRU cache; values are created outside its lock. */
    private static final class Lru<K, V> {
        private final int max;
        private final LinkedHashMap<K, V> map;

        Lru(int max) {
            this.max = max;
            this.map = new LinkedHashMap<>(16, 0.75f, true) {
                private static final long serialVersionUID = 1L;

                @Override
                protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                    return size() > Lru.this.max;
                }
            };
        }

        V get(K key) {
            synchronized (map) {
                return map.get(key);
            }
        }

        void put(K key, V value) {
            synchronized (map) {
                map.put(key, value);
            }
        }

        V computeIfAbsent(K key, Function<K, V> create) {
            synchronized (map) {
                V v = map.get(key);
                if (v != null) {
                    return v;
                }
            }
            V created = create.apply(key);
            synchronized (map) {
                V raced = map.get(key);
                if (raced != null) {
                    return raced;
                }
                map.put(key, created);
                return created;
            }
        }
    }
}
