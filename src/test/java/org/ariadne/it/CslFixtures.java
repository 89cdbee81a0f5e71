package org.ariadne.it;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.ariadne.bibliography.domain.CiteRef;

import de.undercouch.citeproc.CSL;
import de.undercouch.citeproc.ListItemDataProvider;
import de.undercouch.citeproc.csl.CSLCitationBuilder;
import de.undercouch.citeproc.csl.CSLCitationItem;
import de.undercouch.citeproc.csl.CSLCitationItemBuilder;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLLabel;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/**
 * The CSL processor test-suite fixtures in {@code ../shared/csl-test-suite}: reading them, their citations, what
 * citeproc-java renders from them on its own, and the text both are compared as (tags removed, entities decoded,
 * since Ariadne's HTML marks italics differently from the fixtures).
 */
public final class CslFixtures {

    public static final Path SUITE = Path.of("..", "shared", "csl-test-suite");

    private CslFixtures() {
    }

    /** The fixtures whose file name starts with one of the prefixes, by name. */
    public static List<Path> named(String... prefixes) throws IOException {
        try (Stream<Path> files = Files.list(SUITE)) {
            return files.filter(p -> {
                String n = p.getFileName().toString();
                return n.endsWith(".json") && Arrays.stream(prefixes).anyMatch(n::startsWith);
            }).sorted().toList();
        }
    }

    public static String name(Path fixture) {
        return fixture.getFileName().toString().replace(".json", "");
    }

    /** Renders, and gives the normalised text or "ERROR ..." for whatever went wrong. */
    public interface Render {
        String run() throws Exception;
    }

    public static String safely(Render r) {
        try {
            return normalise(r.run());
        } catch (Exception | LinkageError e) {
            return "ERROR " + e;
        }
    }

    /** The citations of a citation-mode fixture, each a list of cited items; all items in one if it gives none. */
    @SuppressWarnings("unchecked")
    public static List<List<Map<String, Object>>> citationItems(Map<String, Object> f) {
        if (f.get("citation_items") instanceof List<?> ci) {
            return (List<List<Map<String, Object>>>) ci;
        }
        if (f.get("citations") instanceof List<?> cs) {
            List<List<Map<String, Object>>> out = new ArrayList<>();
            for (Object c : cs) {
                Map<String, Object> citation = (Map<String, Object>) ((List<Object>) c).get(0);
                out.add((List<Map<String, Object>>) citation.get("citationItems"));
            }
            return out;
        }
        List<Map<String, Object>> all = new ArrayList<>();
        for (Map<String, Object> item : (List<Map<String, Object>>) f.get("input")) {
            all.add(Map.of("id", item.get("id")));
        }
        return List.of(all);
    }

    public static CiteRef cite(Map<String, Object> m) {
        return new CiteRef(String.valueOf(m.get("id")), str(m.get("locator")), str(m.get("label")),
                str(m.get("prefix")), str(m.get("suffix")), Boolean.TRUE.equals(m.get("suppress-author")));
    }

    private static String str(Object o) {
        return o == null ? "" : String.valueOf(o);
    }

    // ---- through citeproc-java alone -------------------------------------------------------------------------

    public static String viaCiteprocJava(Map<String, Object> f) throws IOException {
        return String.join("\n", viaCiteprocJava(f, csl -> csl.setOutputFormat("html")).stream()
                .map(String::strip).toList());
    }

    /**
     * The fixture's bibliography entries (bibliography mode) or its citations, one note each, as citeproc-java renders
     * them in the output format {@code setFormat} gives the engine, exactly as rendered (not stripped).
     */
    @SuppressWarnings("unchecked")
    public static List<String> viaCiteprocJava(Map<String, Object> f, java.util.function.Consumer<CSL> setFormat)
            throws IOException {
        List<Map<String, Object>> input = (List<Map<String, Object>>) f.get("input");
        CSLItemData[] items = input.stream().map(CSLItemData::fromJson).toArray(CSLItemData[]::new);
        CSL csl = new CSL(new ListItemDataProvider(items), (String) f.get("csl"), "en-US");
        setFormat.accept(csl);
        if ("bibliography".equals(f.get("mode"))) {
            csl.registerCitationItems(Arrays.stream(items).map(CSLItemData::getId).toList());
            return Arrays.asList(csl.makeBibliography().getEntries());
        }
        List<String> notes = new ArrayList<>();
        for (List<Map<String, Object>> citation : citationItems(f)) {
            CSLCitationItem[] cites = citation.stream().map(m -> {
                CiteRef c = cite(m);
                CSLCitationItemBuilder b = new CSLCitationItemBuilder(c.itemId());
                if (c.hasLocator()) {
                    b.locator(c.locator()).label(CSLLabel.fromString(c.effectiveLabel()));
                }
                if (!c.prefix().isEmpty()) {
                    b.prefix(c.prefix());
                }
                if (!c.suffix().isEmpty()) {
                    b.suffix(c.suffix());
                }
                return b.build();
            }).toArray(CSLCitationItem[]::new);
            var out = csl.makeCitation(new CSLCitationBuilder(cites).build());
            notes.add(out.get(out.size() - 1).getText());
        }
        return notes;
    }

    // ---- fixtures ---------------------------------------------------------------------------------------------

    private static final Pattern ENTRY = Pattern.compile("<div class=\"csl-entry\">(.*?)</div>", Pattern.DOTALL);
    private static final Pattern CITATION_LINE = Pattern.compile("^(\\.\\.|>>)\\[\\d+\\]\\s*", Pattern.MULTILINE);

    /** Text for comparison: bibliography entries one per line, citation lines without markers, no tags. */
    public static String normalise(String s) {
        String t = s;
        if (t.contains("csl-bib-body") || t.contains("csl-entry")) {
            List<String> entries = new ArrayList<>();
            Matcher m = ENTRY.matcher(t);
            while (m.find()) {
                entries.add(m.group(1));
            }
            t = String.join("\n", entries);
        }
        t = CITATION_LINE.matcher(t).replaceAll("");
        t = t.replaceAll("<[^>]+>", "")
                .replace("&#38;", "&").replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&ndash;", "–").replace("&mdash;", "—").replace("&nbsp;", "\u00A0")
                .replace("&#160;", "\u00A0").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&ldquo;", "\u201C").replace("&rdquo;", "\u201D").replace("&lsquo;", "\u2018")
                .replace("&rsquo;", "\u2019");
        return Arrays.stream(t.split("\n")).map(String::strip).reduce((a, b) -> a + "\n" + b).orElse("").strip();
    }

    /** The fixture as JSON, as the file has it. */
    public static JsonObject readJson(Path p) throws IOException {
        try (Reader r = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
            return Json.createReader(r).readObject();
        }
    }

    public static Map<String, Object> read(Path p) throws IOException {
        try (Reader r = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
            return toMap(Json.createReader(r).readObject());
        }
    }

    /** A JSON object given as text (e.g. a CSL-JSON item), as maps, lists, strings, numbers and booleans. */
    public static Map<String, Object> parse(String json) {
        return toMap(Json.createReader(new java.io.StringReader(json)).readObject());
    }

    private static Map<String, Object> toMap(JsonObject o) {
        Map<String, Object> m = new LinkedHashMap<>();
        o.forEach((k, v) -> m.put(k, toJava(v)));
        return m;
    }

    private static Object toJava(JsonValue v) {
        return switch (v.getValueType()) {
            case OBJECT -> toMap(v.asJsonObject());
            case ARRAY -> {
                List<Object> l = new ArrayList<>();
                for (JsonValue e : (JsonArray) v) {
                    l.add(toJava(e));
                }
                yield l;
            }
            case STRING -> ((JsonString) v).getString();
            case NUMBER -> ((JsonNumber) v).isIntegral() ? (Object) ((JsonNumber) v).longValue()
                    : (Object) ((JsonNumber) v).doubleValue();
            case TRUE -> Boolean.TRUE;
            case FALSE -> Boolean.FALSE;
            case NULL -> null;
        };
    }
}
