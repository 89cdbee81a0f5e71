package org.ariadne.bibliography.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.ariadne.bibliography.application.BibliographyService;
import org.ariadne.collections.application.CollectionRecord;
import org.ariadne.collections.application.CollectionService;
import org.ariadne.collections.domain.CollectionRepository;
import org.ariadne.search.application.SavedSearchRecord;
import org.ariadne.search.application.SavedSearchService;
import org.ariadne.shared.domain.NotFoundException;
import org.ariadne.bibliography.application.RenderOptions;
import org.ariadne.bibliography.application.StyleSummary;
import org.ariadne.bibliography.domain.OutputFormat;
import org.ariadne.catalog.application.SourceRecord;
import org.ariadne.catalog.application.SourceService;
import org.ariadne.catalog.domain.SourceQuery;
import org.ariadne.shared.domain.InvalidInputException;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * The bibliography builder: sources picked one by one or by title, a style found by name and narrowed by field, a
 * locale and a format; the preview is rendered again on every change (with the latest catalogued sources until the
 * writer picks her own), the output in the chosen format can be copied, and the download is the same bibliography
 * as a text, HTML or RTF file.
 */
@Named
@ViewScoped
public class BuildBibliographyBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int SUGGESTIONS = 20;
    /** Sources the preview shows while none are picked. */
    private static final int SAMPLE = 3;

    /** The locales offered; the styles jar has many more, reachable through the API. */
    public static final List<String> LOCALES = List.of("en-US", "en-GB", "de-DE", "fr-FR", "es-ES", "it-IT",
            "nl-NL", "pt-BR", "pt-PT", "sv-SE", "da-DK", "pl-PL", "cs-CZ", "ru-RU", "ja-JP", "zh-CN");

    @Inject
    BibliographyService bibliographies;

    @Inject
    SourceService sources;

    @Inject
    CollectionService collections;

    @Inject
    SavedSearchService savedSearches;

    private String collection;
    private List<CollectionRecord> collectionChoices;
    private String savedSearch;
    private List<SavedSearchRecord> savedSearchChoices;

    private List<String> sourceIds = new ArrayList<>();
    private final Map<String, String> sourceTitles = new HashMap<>();
    private final Map<String, String> styleTitles = new HashMap<>();
    private String titleFilter;
    private String style = "apa";
    private String locale = "en-US";
    private String format = "text";
    private String field = "";
    private List<String> preview = List.of();
    private String output = "";
    private boolean sample;

    /** The first preview: the default style applied to the latest catalogued sources. */
    @jakarta.annotation.PostConstruct
    void init() {
        render();
    }

    public List<String> completeSource(String query) {
        List<String> ids = new ArrayList<>();
        for (SourceRecord s : sources.list(new SourceQuery(query, null, SourceQuery.Sort.TITLE, false, 0,
                SUGGESTIONS)).items()) {
            String id = String.valueOf(s.id());
            sourceTitles.put(id, s.title());
            ids.add(id);
        }
        return ids;
    }

    public List<String> completeStyle(String query) {
        List<String> ids = new ArrayList<>();
        for (StyleSummary s : bibliographies.styles(query, field)) {
            if (ids.size() == SUGGESTIONS) {
                break;
            }
            styleTitles.put(s.id(), s.title());
            ids.add(s.id());
        }
        return ids;
    }

    /** Adds every source whose title, creator or container matches {@link #titleFilter} (up to 5,000). */
    public void addMatching() {
        if (titleFilter == null || titleFilter.isBlank()) {
            return;
        }
        LinkedHashSet<String> ids = new LinkedHashSet<>(sourceIds);
        for (SourceRecord s : sources.list(new SourceQuery(titleFilter, null, SourceQuery.Sort.TITLE, false, 0,
                SourceQuery.MAX_SIZE)).items()) {
            String id = String.valueOf(s.id());
            sourceTitles.put(id, s.title());
            ids.add(id);
        }
        sourceIds = new ArrayList<>(ids);
        render();
    }

    /** Every collection, for the picker, by name with its path. */
    public List<CollectionRecord> getCollections() {
        if (collectionChoices == null) {
            collectionChoices = collections.all();
        }
        return collectionChoices;
    }

    public String collectionLabel(CollectionRecord choice) {
        StringBuilder label = new StringBuilder();
        choice.path().forEach(step -> label.append(step.name()).append(" › "));
        return label.append(choice.name()).append(" (").append(choice.sourceCount()).append(")").toString();
    }

    /** Adds the sources of the picked collection and of the collections inside it (up to 5,000), by title. */
    public void addCollection() {
        if (collection == null || collection.isBlank()) {
            return;
        }
        try {
            LinkedHashSet<String> all = new LinkedHashSet<>(sourceIds);
            for (SourceRecord s : collections.sources(Long.parseLong(collection.strip()), true,
                    new CollectionRepository.SourceOrder("title", false), 0, SourceQuery.MAX_SIZE).items()) {
                String id = String.valueOf(s.id());
                sourceTitles.put(id, s.title());
                all.add(id);
            }
            sourceIds = new ArrayList<>(all);
            render();
        } catch (NumberFormatException | NotFoundException e) {
            FacesContext.getCurrentInstance().addMessage("builder:collection",
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
        }
    }

    /** Arriving from a collection's page ({@code ?collection=id}): its sources are picked already. */
    public void openCollection() {
        if (collection != null && !collection.isBlank() && sourceIds.isEmpty()) {
            addCollection();
        }
    }

    /** The caller's saved searches, for the picker (none for an anonymous visitor). */
    public List<SavedSearchRecord> getSavedSearches() {
        if (savedSearchChoices == null) {
            savedSearchChoices = FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal() == null
                    ? List.of() : savedSearches.mine();
        }
        return savedSearchChoices;
    }

    /**
     * Adds the sources the picked saved search finds now (a live collection: run again at this moment), at most
     * 5,000, in the search's order.
     */
    public void addSavedSearch() {
        if (savedSearch == null || savedSearch.isBlank()) {
            return;
        }
        try {
            List<Long> found = savedSearches.sourceIds(Long.parseLong(savedSearch.strip()));
            sources.titles(found).forEach((id, title) -> sourceTitles.put(String.valueOf(id), title));
            LinkedHashSet<String> all = new LinkedHashSet<>(sourceIds);
            found.forEach(id -> all.add(String.valueOf(id)));
            sourceIds = new ArrayList<>(all);
            render();
        } catch (NumberFormatException e) {
            savedSearchMessage("There is no saved search \"" + savedSearch + "\".");
        } catch (InvalidInputException e) {
            savedSearchMessage(e.getMessage());
        }
    }

    private static void savedSearchMessage(String text) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage("builder:saved-search", new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
        faces.validationFailed();
    }

    /** Arriving from the saved searches page ({@code ?savedSearch=id}): its sources are picked already. */
    public void openSavedSearch() {
        if (savedSearch != null && !savedSearch.isBlank() && sourceIds.isEmpty()
                && FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal() != null) {
            addSavedSearch();
        }
    }

    public String getSavedSearch() {
        return savedSearch;
    }

    public void setSavedSearch(String savedSearch) {
        this.savedSearch = savedSearch;
    }

    public String getCollection() {
        return collection;
    }

    public void setCollection(String collection) {
        this.collection = collection;
    }

    public void clear() {
        sourceIds = new ArrayList<>();
        render();
    }

    /**
     * Renders the preview (always as text: the page shows it escaped, whatever the format) and the output in the
     * chosen format. With no source picked, the preview shows the latest catalogued sources in the style.
     */
    public void render() {
        sample = sourceIds.isEmpty();
        preview = entries(OutputFormat.TEXT, previewIds());
        output = sample ? "" : document(entries(outputFormat(), previewIds()));
    }

    private List<Long> previewIds() {
        if (!sourceIds.isEmpty()) {
            return sourceIds.stream().map(Long::valueOf).toList();
        }
        return sources.list(new SourceQuery(null, null, SourceQuery.Sort.UPDATED, true, 0, SAMPLE)).items().stream()
                .map(SourceRecord::id).toList();
    }

    private OutputFormat outputFormat() {
        return switch (format == null ? "" : format) {
            case "html" -> OutputFormat.HTML;
            case "rtf" -> OutputFormat.RTF;
            default -> OutputFormat.TEXT;
        };
    }

    /** The entries as one document of the chosen format. */
    private String document(List<String> entries) {
        return switch (outputFormat()) {
            case HTML -> htmlDocument(entries);
            case RTF -> rtfDocument(entries);
            default -> entries.isEmpty() ? "" : String.join("\n", entries) + "\n";
        };
    }

    public StreamedContent getDownload() {
        OutputFormat chosen = outputFormat();
        List<String> entries = sourceIds.isEmpty() ? List.of()
                : entries(chosen, sourceIds.stream().map(Long::valueOf).toList());
        byte[] bytes = document(entries).getBytes(StandardCharsets.UTF_8);
        String name = switch (chosen) {
            case HTML -> "bibliography.html";
            case RTF -> "bibliography.rtf";
            default -> "bibliography.txt";
        };
        String type = switch (chosen) {
            case HTML -> "text/html;charset=UTF-8";
            case RTF -> "application/rtf";
            default -> "text/plain;charset=UTF-8";
        };
        return DefaultStreamedContent.builder()
                .name(name)
                .contentType(type)
                .contentLength((long) bytes.length)
                .stream(() -> new ByteArrayInputStream(bytes))
                .build();
    }

    private List<String> entries(OutputFormat outputFormat, List<Long> ids) {
        if (ids.isEmpty() || style == null || style.isBlank()) {
            return List.of();
        }
        try {
            return bibliographies.bibliography(new RenderOptions(style, locale, outputFormat), ids);
        } catch (InvalidInputException e) {
            FacesContext.getCurrentInstance().addMessage(null,
                    new FacesMessage(FacesMessage.SEVERITY_WARN, e.getMessage(), null));
            return List.of();
        }
    }

    /** The entries in a document of their own; they are the renderer's HTML, which escapes the sources' text. */
    private static String htmlDocument(List<String> entries) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html><head><meta charset=\"UTF-8\">"
                + "<title>Bibliography</title></head>\n<body>\n<div class=\"csl-bib-body\">\n");
        entries.forEach(e -> html.append(e).append('\n'));
        return html.append("</div>\n</body></html>\n").toString();
    }

    /**
     * The entries in an RTF document of their own: citeproc-java's RTF entries (its escapes for non-ASCII text
     * included), one paragraph each.
     */
    private static String rtfDocument(List<String> entries) {
        StringBuilder rtf = new StringBuilder("{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 Times New Roman;}}\n");
        entries.forEach(e -> rtf.append("{\\pard ").append(e).append("\\par}\n"));
        return rtf.append("}\n").toString();
    }

    public String sourceLabel(String id) {
        String title = sourceTitles.get(id);
        return title == null ? id : title + " (" + id + ")";
    }

    public String styleLabel(String id) {
        String title = styleTitles.get(id);
        return title == null ? id : title;
    }

    public List<String> getLocales() {
        return LOCALES;
    }

    public List<String> getSourceIds() {
        return sourceIds;
    }

    public void setSourceIds(List<String> sourceIds) {
        this.sourceIds = sourceIds == null ? new ArrayList<>() : new ArrayList<>(sourceIds);
    }

    public String getTitleFilter() {
        return titleFilter;
    }

    public void setTitleFilter(String titleFilter) {
        this.titleFilter = titleFilter;
    }

    public String getStyle() {
        return style;
    }

    public void setStyle(String style) {
        this.style = style;
    }

    public String getLocale() {
        return locale;
    }

    public void setLocale(String locale) {
        this.locale = locale;
    }

    public String getFormat() {
        return format;
    }

    public void setFormat(String format) {
        this.format = format;
    }

    public List<String> getPreview() {
        return preview;
    }

    public String getOutput() {
        return output;
    }

    /** Whether the preview shows the latest catalogued sources because none are picked yet. */
    public boolean isSample() {
        return sample;
    }

    public String getField() {
        return field;
    }

    public void setField(String field) {
        this.field = field == null ? "" : field;
    }

    public List<String> getFields() {
        return bibliographies.styleFields();
    }
}
