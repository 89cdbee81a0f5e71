package org.ariadne.catalog.domain.csl;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The item types of CSL-JSON (schema csl-data.json, CSL 1.0.2), each with its CSL name and an English label for the editor.
 * {@link #labelKey()} gives a resource-bundle key for translated labels.
 */
public enum CslItemType {
    ARTICLE("article", "Article"),
    ARTICLE_JOURNAL("article-journal", "Journal article"),
    ARTICLE_MAGAZINE("article-magazine", "Magazine article"),
    ARTICLE_NEWSPAPER("article-newspaper", "Newspaper article"),
    BILL("bill", "Bill"),
    BOOK("book", "Book"),
    BROADCAST("broadcast", "Broadcast"),
    CHAPTER("chapter", "Book chapter"),
    CLASSIC("classic", "Classic work"),
    COLLECTION("collection", "Archival collection"),
    DATASET("dataset", "Dataset"),
    DOCUMENT("document", "Document"),
    ENTRY("entry", "Entry"),
    ENTRY_DICTIONARY("entry-dictionary", "Dictionary entry"),
    ENTRY_ENCYCLOPEDIA("entry-encyclopedia", "Encyclopedia entry"),
    EVENT("event", "Event"),
    FIGURE("figure", "Figure"),
    GRAPHIC("graphic", "Graphic"),
    HEARING("hearing", "Hearing"),
    INTERVIEW("interview", "Interview"),
    LEGAL_CASE("legal_case", "Legal case"),
    LEGISLATION("legislation", "Legislation"),
    MANUSCRIPT("manuscript", "Manuscript"),
    MAP("map", "Map"),
    MOTION_PICTURE("motion_picture", "Film"),
    MUSICAL_SCORE("musical_score", "Musical score"),
    PAMPHLET("pamphlet", "Pamphlet"),
    PAPER_CONFERENCE("paper-conference", "Conference paper"),
    PATENT("patent", "Patent"),
    PERFORMANCE("performance", "Performance"),
    PERIODICAL("periodical", "Periodical"),
    PERSONAL_COMMUNICATION("personal_communication", "Personal communication"),
    POST("post", "Online post"),
    POST_WEBLOG("post-weblog", "Blog post"),
    REGULATION("regulation", "Regulation"),
    REPORT("report", "Report"),
    REVIEW("review", "Review"),
    REVIEW_BOOK("review-book", "Book review"),
    SOFTWARE("software", "Software"),
    SONG("song", "Song or recording"),
    SPEECH("speech", "Speech"),
    STANDARD("standard", "Standard"),
    THESIS("thesis", "Thesis"),
    TREATY("treaty", "Treaty"),
    WEBPAGE("webpage", "Web page");

    private static final Map<String, CslItemType> BY_CSL_NAME =
            Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(CslItemType::cslName, Function.identity()));

    private final String cslName;
    private final String label;

    CslItemType(String cslName, String label) {
        this.cslName = cslName;
        this.label = label;
    }

    /** The name as written in CSL-JSON, e.g. {@code article-journal} or {@code legal_case}. */
    public String cslName() {
        return cslName;
    }

    /** An English label for people, e.g. "Journal article". */
    public String label() {
        return label;
    }

    /** A resource-bundle key for a translated label, e.g. {@code csl.type.article-journal}. */
    public String labelKey() {
        return "csl.type." + cslName;
    }

    /** The type with this exact CSL name (CSL names are case-sensitive); empty for anything else, null included. */
    public static Optional<CslItemType> fromCsl(String cslName) {
        return cslName == null ? Optional.empty() : Optional.ofNullable(BY_CSL_NAME.get(cslName));
    }

    @Override
    public String toString() {
        return cslName;
    }
}
