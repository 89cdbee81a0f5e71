package org.ariadne.demo;

import org.ariadne.catalog.application.SourceDraft;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The demo catalogue: the bibliographic records of the five seed articles on China's repatriation of North Korean
 * defectors (only what their texts say; unknown stays empty; an untitled text gets a devised title in square
 * brackets) and of the three works that the 2012 article's footnotes cite. No text of theirs is shipped.
 */
final class DemoCatalogue {

    private DemoCatalogue() {
    }

    static List<SourceDraft> drafts() {
        return List.of(
                DemoData.draft(item("article-newspaper", NEWS_000,
                        "author", List.of(person("Kim", "Se-won")))),
                DemoData.draft(item("article-newspaper", "China under pressure to stop repatriating North Koreans",
                        "author", List.of(person("Ryall", "Julian")),
                        "container-title", "DW",
                        "issued", date(2023, 12, 6))),
                DemoData.draft(item("article-newspaper", "China and its North Korean Refugee Problem",
                        "issued", date(2012, 4, 3))),
                DemoData.draft(item("article-newspaper",
                        "[China under pressure over its repatriation of North Korean defectors]",
                        "container-title", "The Straits Times",
                        "issued", date(2024, 1, 1),
                        "note", "Title devised by the cataloguer: the archived text has none.")),
                DemoData.draft(item("article-newspaper",
                        "Why the Seoul-Beijing divide over North Korean defectors could scupper attempts to repair ties")),
                DemoData.draft(item("chapter", "The North Korean Refugees as a Human Rights Issue",
                        "author", List.of(person("Haggard", "Stephen"), person("Noland", "Marcus")),
                        "editor", List.of(person("Haggard", "Stephen"), person("Noland", "Marcus")),
                        "container-title", "The North Korean Refugee Crisis: Human Rights and International Responses",
                        "publisher", "U.S. Committee for Human Rights in North Korea",
                        "issued", date(2006))),
                DemoData.draft(item("report", "Persecuting the Starving: the Plight of North Koreans Fleeing to China",
                        "author", List.of(Map.of("literal", "Amnesty International")),
                        "issued", date(2000))),
                DemoData.draft(item("article-journal", "Northeast Asia’s Pandora’s Box: North Korean Escapees",
                        "author", List.of(person("Hwang", "Jacho")),
                        "container-title", "The Korean Journal of Defense Analysis",
                        "volume", "XVI",
                        "issue", "1",
                        "issued", date(2004))));
    }

    /** Sample texts written for the demo (never sentences of the seed articles), archived with their footnotes. */
    static final String NEWS_000 =
            "Is China stopping forced repatriation of defectors in pushback against NK-Russia alliance?";
    static final String READING_NOTE = "What happens to defectors sent back from China";
    static final String ESSAY = "Why China keeps returning defectors";
    static final String SOFTER_LINE = "A softer line at the border?";

    /** Archived in this order, so that each text's notes find the works catalogued before it. */
    static List<SampleText> sampleTexts() {
        return List.of(
                new SampleText("demo/returned-defectors.txt", sample(READING_NOTE)),
                new SampleText("demo/why-returns-persist.txt", sample(ESSAY)),
                new SampleText("demo/softer-line.txt", sample(SOFTER_LINE)));
    }

    private static SourceDraft sample(String title) {
        return DemoData.draft(item("article", title,
                "container-title", "Ariadne demo texts",
                "issued", date(2026),
                "note", "Sample text written for the Ariadne demo."));
    }

    record SampleText(String resource, SourceDraft draft) {
    }

    private static Map<String, Object> item(String type, String title, Object... more) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("type", type);
        item.put("title", title);
        for (int i = 0; i < more.length; i += 2) {
            item.put((String) more[i], more[i + 1]);
        }
        return item;
    }

    private static Map<String, Object> person(String family, String given) {
        Map<String, Object> name = new LinkedHashMap<>();
        name.put("family", family);
        name.put("given", given);
        return name;
    }

    private static Map<String, Object> date(int... parts) {
        List<Integer> list = java.util.Arrays.stream(parts).boxed().toList();
        return Map.of("date-parts", List.of(list));
    }
}
