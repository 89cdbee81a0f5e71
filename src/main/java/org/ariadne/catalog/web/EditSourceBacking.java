package org.ariadne.catalog.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.ariadne.catalog.application.ContributorService;
import org.ariadne.catalog.application.SourceDraft;
import org.ariadne.catalog.application.SourceRecord;
import org.ariadne.catalog.application.SourceService;
import org.ariadne.catalog.domain.csl.CslItemType;
import org.ariadne.catalog.domain.csl.PersonName;
import org.ariadne.shared.domain.InputProblem;
import org.ariadne.shared.domain.InvalidInputException;
import org.ariadne.shared.domain.StaleVersionException;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The source editor. The form shows the fields a librarian expects for the type of source; whatever else the
 * CSL-JSON item holds is kept untouched. Errors are shown next to the field they are about.
 */
@Named
@ViewScoped
public class EditSourceBacking implements Serializable {

    private static final Pattern ISO_DATE = Pattern.compile("(\\d{1,4})(?:-(\\d{1,2}))?(?:-(\\d{1,2}))?");

    /** Form fields: CSL variable -> component id. */
    private static final Map<String, String> FIELD_IDS = Map.ofEntries(
            Map.entry("type", "type"), Map.entry("title", "title"), Map.entry("author", "authors"),
            Map.entry("editor", "editors"), Map.entry("container-title", "container"), Map.entry("volume", "volume"),
            Map.entry("issue", "issue"), Map.entry("page", "page"), Map.entry("publisher", "publisher"),
            Map.entry("publisher-place", "place"), Map.entry("number", "number"), Map.entry("issued", "issued"),
            Map.entry("URL", "url"), Map.entry("DOI", "doi"), Map.entry("ISBN", "isbn"), Map.entry("ISSN", "issn"));

    @Inject
    SourceService sources;

    @Inject
    ContributorService contributors;

    private String id;
    private long version;
    private Map<String, Object> original = new LinkedHashMap<>();

    private String type = "article-journal";
    private String title;
    private List<NameRow> authors = new ArrayList<>(List.of(new NameRow()));
    private List<NameRow> editors = new ArrayList<>();
    private String container;
    private String volume;
    private String issue;
    private String page;
    private String publisher;
    private String place;
    private String number;
    private String issued;
    private String url;
    private String doi;
    private String isbn;
    private String issn;
    private String tags;
    private String subjects;

    public void load() {
        if (id == null || id.isBlank()) {
            return;
        }
        SourceRecord source = sources.get(Long.parseLong(id));
        version = source.version();
        original = new LinkedHashMap<>(source.item());
        type = text("type");
        title = text("title");
        authors = names("author");
        if (authors.isEmpty()) {
            authors.add(new NameRow());
        }
        editors = names("editor");
        container = text("container-title");
        volume = text("volume");
        issue = text("issue");
        page = text("page");
        publisher = text("publisher");
        place = text("publisher-place");
        number = text("number");
        issued = isoDate(original.get("issued"));
        url = text("URL");
        doi = text("DOI");
        isbn = text("ISBN");
        issn = text("ISSN");
        tags = String.join(", ", new java.util.TreeSet<>(source.tags()));
        subjects = String.join(", ", new java.util.TreeSet<>(source.subjects()));
    }

    public String save() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        Map<String, Object> item = new LinkedHashMap<>(original);
        put(item, "type", type);
        put(item, "title", title);
        putNames(item, "author", authors);
        putNames(item, "editor", editors);
        put(item, "container-title", container);
        put(item, "volume", volume);
        put(item, "issue", issue);
        put(item, "page", page);
        put(item, "publisher", publisher);
        put(item, "publisher-place", place);
        put(item, "number", number);
        if (!putDate(item, "issued", issued)) {
            error(faces, "issued", bundle(faces).getString("edit.invalidDate"));
            faces.validationFailed();
            return null;
        }
        put(item, "URL", url);
        put(item, "DOI", doi);
        put(item, "ISBN", isbn);
        put(item, "ISSN", issn);
        SourceDraft draft = new SourceDraft(item, split(tags), split(subjects));
        try {
            SourceRecord saved = id == null || id.isBlank()
                    ? sources.create(draft)
                    : sources.update(Long.parseLong(id), version, draft);
            faces.getExternalContext().getFlash().setKeepMessages(true);
            faces.addMessage(null, new FacesMessage(bundle(faces).getString("edit.saved")));
            faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath()
                    + "/sources/" + saved.id());
            return null;
        } catch (InvalidInputException e) {
            for (InputProblem problem : e.problems()) {
                error(faces, componentFor(problem.field()), problem.message());
            }
        } catch (StaleVersionException e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    bundle(faces).getString("edit.stale"), null));
        }
        faces.validationFailed();
        return null;
    }

    public List<String> completeName(String query) {
        return contributors.suggest(query, 10).stream()
                .map(ContributorService.ContributorRecord::sortName)
                .toList();
    }

    public void addAuthor() {
        authors.add(new NameRow());
    }

    public void removeAuthor(NameRow row) {
        authors.remove(row);
    }

    public void addEditor() {
        editors.add(new NameRow());
    }

    public void removeEditor(NameRow row) {
        editors.remove(row);
    }

    public List<CslItemType> getTypes() {
        return Arrays.asList(CslItemType.values());
    }

    /** Which variables the form asks for, given the type (the rest stay in the item untouched). */
    public boolean shows(String field) {
        return switch (field) {
            case "editors" -> Set.of("chapter", "book", "entry-encyclopedia", "paper-conference").contains(type);
            case "volume", "issue" -> Set.of("article-journal", "article-magazine", "periodical").contains(type);
            case "page" -> Set.of("article-journal", "article-magazine", "chapter", "paper-conference",
                    "article-newspaper", "entry-encyclopedia").contains(type);
            case "number" -> Set.of("report", "patent", "standard", "bill", "legislation").contains(type);
            case "place" -> Set.of("book", "chapter", "report", "thesis").contains(type);
            case "isbn" -> Set.of("book", "chapter", "report").contains(type);
            case "issn" -> Set.of("article-journal", "article-magazine", "periodical").contains(type);
            default -> true;
        };
    }

    /** The bundle key of the container field's label for this type. */
    public String containerLabel() {
        return switch (type) {
            case "article-journal", "article-magazine" -> "edit.journal";
            case "chapter", "entry-encyclopedia", "paper-conference" -> "edit.bookTitle";
            case "article-newspaper", "post-weblog", "webpage" -> "edit.outlet";
            default -> "edit.containerTitle";
        };
    }

    public String publisherLabel() {
        return "report".equals(type) || "thesis".equals(type) ? "edit.institution" : "edit.publisher";
    }

    private String text(String variable) {
        Object value = original.get(variable);
        return value == null ? null : value.toString();
    }

    @SuppressWarnings("unchecked")
    private List<NameRow> names(String variable) {
        List<NameRow> rows = new ArrayList<>();
        if (original.get(variable) instanceof List<?> list) {
            for (Object name : list) {
                if (name instanceof Map<?, ?> map) {
                    PersonName person = PersonName.of((Map<String, Object>) map);
                    rows.add(new NameRow(person.isOrganisation() ? person.literal() : person.sortName()));
                }
            }
        }
        return rows;
    }

    private static void put(Map<String, Object> item, String variable, String value) {
        if (value == null || value.isBlank()) {
            item.remove(variable);
        } else {
            item.put(variable, value.strip());
        }
    }

    private static void putNames(Map<String, Object> item, String variable, List<NameRow> rows) {
        List<Object> names = new ArrayList<>();
        for (NameRow row : rows) {
            if (row.getName() == null || row.getName().isBlank()) {
                continue;
            }
            Optional<PersonName> parsed = PersonName.parse(row.getName().strip());
            names.add(parsed.map(PersonName::toCsl).orElse(Map.of("literal", row.getName().strip())));
        }
        if (names.isEmpty()) {
            item.remove(variable);
        } else {
            item.put(variable, names);
        }
    }

    private static boolean putDate(Map<String, Object> item, String variable, String value) {
        if (value == null || value.isBlank()) {
            item.remove(variable);
            return true;
        }
        Matcher matcher = ISO_DATE.matcher(value.strip());
        if (!matcher.matches()) {
            return false;
        }
        List<Integer> parts = new ArrayList<>();
        for (int group = 1; group <= 3; group++) {
            if (matcher.group(group) != null) {
                parts.add(Integer.parseInt(matcher.group(group)));
            }
        }
        Map<String, Object> date = new LinkedHashMap<>();
        date.put("date-parts", List.of(parts));
        item.put(variable, date);
        return true;
    }

    @SuppressWarnings("unchecked")
    private static String isoDate(Object date) {
        if (date instanceof Map<?, ?> map && map.get("date-parts") instanceof List<?> parts && !parts.isEmpty()
                && parts.get(0) instanceof List<?> first) {
            return first.stream().map(part -> {
                String text = String.valueOf(part);
                return text.length() == 1 ? "0" + text : text;
            }).collect(Collectors.joining("-"));
        }
        if (date instanceof Map<?, ?> map && map.get("literal") != null) {
            return String.valueOf(map.get("literal"));
        }
        return null;
    }

    private static Set<String> split(String list) {
        Set<String> values = new LinkedHashSet<>();
        if (list != null) {
            for (String value : list.split(",")) {
                if (!value.isBlank()) {
                    values.add(value.strip());
                }
            }
        }
        return values;
    }

    private static String componentFor(String field) {
        if (field == null || field.isBlank()) {
            return null;
        }
        String variable = field.split("[\\[.]", 2)[0];
        return FIELD_IDS.get(variable);
    }

    private static void error(FacesContext faces, String component, String message) {
        faces.addMessage(component == null ? null : "source:" + component,
                new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
    }

    private static ResourceBundle bundle(FacesContext faces) {
        return faces.getApplication().getResourceBundle(faces, "msg");
    }

    public boolean isNew() {
        return id == null || id.isBlank();
    }

    /** One name in a list of authors or editors, as "Family, Given" or an organisation's name. */
    public static class NameRow implements Serializable {

        private String name;

        public NameRow() {
        }

        NameRow(String name) {
            this.name = name;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }
    }

    // plain properties for the form

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getType() { return type; }
    public void setType(String type) { this.type = type; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public List<NameRow> getAuthors() { return authors; }
    public List<NameRow> getEditors() { return editors; }
    public String getContainer() { return container; }
    public void setContainer(String container) { this.container = container; }
    public String getVolume() { return volume; }
    public void setVolume(String volume) { this.volume = volume; }
    public String getIssue() { return issue; }
    public void setIssue(String issue) { this.issue = issue; }
    public String getPage() { return page; }
    public void setPage(String page) { this.page = page; }
    public String getPublisher() { return publisher; }
    public void setPublisher(String publisher) { this.publisher = publisher; }
    public String getPlace() { return place; }
    public void setPlace(String place) { this.place = place; }
    public String getNumber() { return number; }
    public void setNumber(String number) { this.number = number; }
    public String getIssued() { return issued; }
    public void setIssued(String issued) { this.issued = issued; }
    public String getUrl() { return url; }
    public void setUrl(String url) { this.url = url; }
    public String getDoi() { return doi; }
    public void setDoi(String doi) { this.doi = doi; }
    public String getIsbn() { return isbn; }
    public void setIsbn(String isbn) { this.isbn = isbn; }
    public String getIssn() { return issn; }
    public void setIssn(String issn) { this.issn = issn; }
    public String getTags() { return tags; }
    public void setTags(String tags) { this.tags = tags; }
    public String getSubjects() { return subjects; }
    public void setSubjects(String subjects) { this.subjects = subjects; }
}
