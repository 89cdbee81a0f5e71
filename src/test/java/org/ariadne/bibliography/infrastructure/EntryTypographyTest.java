package org.ariadne.bibliography.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.ariadne.it.CitedWorks;
import org.ariadne.it.CslFixtures;
import org.junit.jupiter.api.Test;

import de.undercouch.citeproc.CSL;
import de.undercouch.citeproc.DefaultAbbreviationProvider;
import de.undercouch.citeproc.DefaultLocaleProvider;
import de.undercouch.citeproc.ListItemDataProvider;
import de.undercouch.citeproc.csl.CSLCitationBuilder;
import de.undercouch.citeproc.csl.CSLCitationItem;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.internal.RenderContext;
import de.undercouch.citeproc.csl.internal.TokenBuffer;
import de.undercouch.citeproc.csl.internal.format.TextFormat;
import de.undercouch.citeproc.csl.internal.token.TextToken;
import de.undercouch.citeproc.csl.internal.token.Token;

/**
 * {@link EntryTypography} against citeproc-java's own typographic pass: every CSL test-suite fixture, and a varied
 * catalogue (the works seed 002 cites, made-up entries with straight and curly quotation marks, apostrophes, nested
 * quotes, titles ending in "?" or "!", abbreviations, DOIs) in bundled styles and several locales, rendered through
 * {@link EntryFormats} and through the engine's formats must come out byte for byte the same; and where Ariadne's pass
 * runs, it must leave exactly the tokens the engine's pass leaves, while it must hand over every entry with a quotation
 * mark untouched.
 */
class EntryTypographyTest {

    private static final List<String> STYLES = List.of("apa", "chicago-author-date", "chicago-notes-bibliography",
            "modern-language-association", "ieee", "harvard-cite-them-right", "nature", "american-medical-association",
            "oscola", "iso690-author-date-fr", "din-1505-2");
    private static final List<String> LOCALES = List.of("en-US", "en-GB", "de-DE", "fr-FR");

    @Test
    void everyCslTestSuiteFixtureComesOutAsWithTheEnginesOwnPass() throws IOException {
        BothPasses both = new BothPasses();
        List<String> differences = new ArrayList<>();
        int compared = 0;
        for (Path fixture : CslFixtures.named("")) {
            Map<String, Object> f = CslFixtures.read(fixture);
            String name = CslFixtures.name(fixture);
            for (String format : List.of("text", "html")) {
                String engines = fixtureOrError(f, csl -> csl.setOutputFormat(format));
                String ariadnes = fixtureOrError(f, csl -> csl.setOutputFormat(EntryFormats.named(format)));
                if (!engines.equals(ariadnes)) {
                    differences.add(name + " (" + format + ")\n  engine:  " + engines + "\n  Ariadne: " + ariadnes);
                }
                compared++;
            }
            fixtureOrError(f, csl -> csl.setOutputFormat(both));
        }
        System.out.printf("CSL fixtures: %d renders compared; entries and notes %d by Ariadne's pass, %d by the"
                + " engine's (quotation marks)%n", compared, both.quick, both.full);
        assertEquals(List.of(), differences);
        assertEquals(List.of(), both.differences);
        assertTrue(compared > 1000, "the suite was read: " + compared);
        assertTrue(both.quick > 1000 && both.full > 50, both.quick + " quick, " + both.full + " full");
    }

    @Test
    void bundledStylesRenderAVariedCatalogueAsWithTheEnginesOwnPass() throws Exception {
        List<Map<String, Object>> items = catalogue();
        StyleCatalog catalog = new StyleCatalog();
        BothPasses both = new BothPasses();
        List<String> differences = new ArrayList<>();
        for (String style : STYLES) {
            String xml = catalog.styleXml(style).orElseThrow();
            for (String locale : LOCALES) {
                for (String format : List.of("text", "html")) {
                    List<String> engines = render(xml, locale, items, csl -> csl.setOutputFormat(format));
                    List<String> ariadnes = render(xml, locale, items,
                            csl -> csl.setOutputFormat(EntryFormats.named(format)));
                    for (int i = 0; i < engines.size(); i++) {
                        if (!engines.get(i).equals(ariadnes.get(i))) {
                            differences.add(style + " " + locale + " " + format + "\n  engine:  " + engines.get(i)
                                    + "\n  Ariadne: " + ariadnes.get(i));
                        }
                    }
                    assertEquals(engines.size(), ariadnes.size());
                }
                render(xml, locale, items, csl -> csl.setOutputFormat(both));
            }
        }
        System.out.printf("Bundled styles: entries and notes %d by Ariadne's pass, %d by the engine's%n", both.quick,
                both.full);
        assertEquals(List.of(), differences);
        assertEquals(List.of(), both.differences);
        assertTrue(both.quick > 200 && both.full > 200, both.quick + " quick, " + both.full + " full");
    }

    @Test
    void punctuationMarksMergeAsTheEngineMergesThem() {
        assertEquals('?', EntryTypography.merged('?', '.'));
        assertEquals('!', EntryTypography.merged('!', ':'));
        assertEquals(':', EntryTypography.merged(':', '.'));
        assertEquals('?', EntryTypography.merged(':', '?'));
        assertEquals(';', EntryTypography.merged(';', '.'));
        assertEquals('!', EntryTypography.merged(';', '!'));
        assertEquals(0, EntryTypography.merged('.', '.'));
        assertEquals(0, EntryTypography.merged('.', ','));
        assertEquals(0, EntryTypography.merged('?', ','));
    }

    // ---- rendering --------------------------------------------------------------------------------------------

    private static String fixtureOrError(Map<String, Object> f, Consumer<CSL> setFormat) {
        try {
            return String.join("\n", CslFixtures.viaCiteprocJava(f, setFormat));
        } catch (Exception | LinkageError e) {
            return "ERROR " + e.getClass().getName();
        }
    }

    /** The bibliography (when the style has one), a note for each item alone, and one citing all of them. */
    private static List<String> render(String xml, String locale, List<Map<String, Object>> items,
            Consumer<CSL> setFormat) throws IOException {
        CSLItemData[] data = items.stream().map(CSLItemData::fromJson).toArray(CSLItemData[]::new);
        List<String> ids = items.stream().map(i -> (String) i.get("id")).toList();
        CSL csl = new CSL(new ListItemDataProvider(data), new DefaultLocaleProvider(),
                new DefaultAbbreviationProvider(), xml, locale);
        setFormat.accept(csl);
        csl.registerCitationItems(ids);
        List<String> out = new ArrayList<>(List.of(csl.makeBibliography().getEntries()));
        for (String id : ids) {
            out.add(csl.makeCitation(id).get(0).getText());
        }
        CSLCitationItem[] all = ids.stream().map(CSLCitationItem::new).toArray(CSLCitationItem[]::new);
        var notes = csl.makeCitation(new CSLCitationBuilder(all).build());
        out.add(notes.get(notes.size() - 1).getText());
        return out;
    }

    /**
     * Plain text that runs Ariadne's pass on a copy of every entry's tokens and the engine's on the entry itself,
     * and records where the two differ (or where Ariadne's, having declined, changed anything).
     */
    private static final class BothPasses extends TextFormat {
        int quick;
        int full;
        final List<String> differences = new ArrayList<>();

        @Override
        protected void postProcess(TokenBuffer buffer, RenderContext ctx) {
            List<Token> before = List.copyOf(buffer.getTokens());
            List<Token> copy = new ArrayList<>(before);
            boolean done = EntryTypography.apply(copy, ctx, convertLinks);
            super.postProcess(buffer, ctx);
            if (!done) {
                full++;
                if (!same(copy, before)) {
                    differences.add("declined but changed: " + before + " -> " + copy);
                }
                return;
            }
            quick++;
            if (!same(copy, buffer.getTokens())) {
                differences.add(before + "\n  engine:  " + buffer.getTokens() + "\n  Ariadne: " + copy);
            }
        }

        private static boolean same(List<Token> a, List<Token> b) {
            if (a.size() != b.size()) {
                return false;
            }
            for (int i = 0; i < a.size(); i++) {
                Token x = a.get(i);
                Token y = b.get(i);
                if (x == y) {
                    continue;
                }
                if (!(x instanceof TextToken tx && y instanceof TextToken ty) || !tx.getText().equals(ty.getText())
                        || tx.getType() != ty.getType() || tx.getFormattingAttributes() != ty.getFormattingAttributes()
                        || tx.isFirstField() != ty.isFirstField()) {
                    return false;
                }
            }
            return true;
        }
    }

    // ---- the catalogue ----------------------------------------------------------------------------------------

    private static List<Map<String, Object>> catalogue() {
        List<Map<String, Object>> items = new ArrayList<>();
        items.add(withId("haggard", CslFixtures.parse(CitedWorks.HAGGARD)));
        items.add(withId("amnesty", CslFixtures.parse(CitedWorks.AMNESTY)));
        items.add(withId("hwang", CslFixtures.parse(CitedWorks.HWANG)));
        items.add(article("q1", "Is the border closing?", "Border Studies Quarterly?", "Lim", 2019));
        items.add(article("q2", "Stop the returns!", "Field Notes!", "Okafor", 2020));
        items.add(article("q3", "The \"quiet\" repatriations", "Journal of Records", "Müller", 2004));
        items.add(article("q4", "The \"quiet 'second' wave\" of returns", "Journal of Records", "Müller", 2004));
        items.add(article("q5", "Northeast Asia’s “curly” question", "Review: A Journal", "O’Hara", 2011));
        items.add(article("q6", "What the '90s changed", "Journal of Records", "O'Brien", 1999));
        items.add(article("q7", "A study; with a semicolon;", "Notes & Queries:", "Novak", 2001));
        items.add(article("q8", "Reports from the U.S.", "Proc. Natl. Acad. Sci.", "Tanaka", 2015));
        items.add(article("q9", "Plain title without marks", "Journal of Records", "García", 2015));
        items.add(article("a1", "Children's rights and d'Alembert's heirs", "Women's Studies", "D'Souza", 2003));
        items.add(article("a2", "Rock'n'roll at the border", "L'Année", "N'Diaye", 2006));
        items.add(article("a3", "Twas 'tis and 'em: an ode'", "Journal of Records", "O'Brien", 2006));
        items.add(article("a4", "Year 'round: it's 4'33 long", "Journal of Records", "Ng", 2007));
        Map<String, Object> book = TestItems.book("b1", "Haddad", "Sami", 2008, "Crossing at night: an account.");
        book.put("publisher", "Harbour Press Inc.");
        book.put("edition", "2");
        book.put("DOI", "10.1000/xyz123");
        items.add(book);
        Map<String, Object> untitled = TestItems.book("b2", "Silva", "Ana", 2012, "[Untitled report on returns]");
        untitled.remove("author");
        untitled.put("URL", "https://example.org/report?id=7");
        items.add(untitled);
        Map<String, Object> chapter = new LinkedHashMap<>(CslFixtures.parse(CitedWorks.HAGGARD));
        chapter.put("id", "c1");
        chapter.put("title", "Why do they return?");
        chapter.put("page", "17-38");
        chapter.put("translator", List.of(Map.of("family", "Kim", "given", "Se-won")));
        items.add(chapter);
        Map<String, Object> news = new LinkedHashMap<>();
        news.put("id", "n1");
        news.put("type", "article-newspaper");
        news.put("title", "A softer line at the border?");
        news.put("container-title", "The Straits Times");
        news.put("issued", Map.of("date-parts", List.of(List.of(2024, 1, 1))));
        news.put("note", "Title devised by the cataloguer.");
        items.add(news);
        return items;
    }

    private static Map<String, Object> withId(String id, Map<String, Object> item) {
        Map<String, Object> copy = new LinkedHashMap<>(item);
        copy.put("id", id);
        return copy;
    }

    private static Map<String, Object> article(String id, String title, String journal, String family, int year) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("id", id);
        item.put("type", "article-journal");
        item.put("title", title);
        item.put("author", List.of(Map.of("family", family, "given", "Ann"),
                Map.of("family", "Roe", "given", "Jim")));
        item.put("container-title", journal);
        item.put("volume", "12");
        item.put("issue", "3");
        item.put("page", "101-119");
        item.put("issued", Map.of("date-parts", List.of(List.of(year))));
        return item;
    }
}
