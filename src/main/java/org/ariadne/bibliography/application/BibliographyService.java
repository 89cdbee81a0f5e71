package org.ariadne.bibliography.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import org.ariadne.bibliography.domain.CiteRef;
import org.ariadne.bibliography.domain.CustomStyle;
import org.ariadne.bibliography.domain.CustomStyleRepository;
import org.ariadne.bibliography.domain.InvalidStyleException;
import org.ariadne.bibliography.domain.LocatorLabels;
import org.ariadne.bibliography.domain.StyleUploaded;
import org.ariadne.bibliography.domain.UnknownItemException;
import org.ariadne.bibliography.domain.UnknownStyleException;
import org.ariadne.bibliography.domain.ValidatedStyle;
import org.ariadne.bibliography.infrastructure.CitationRenderer;
import org.ariadne.bibliography.infrastructure.CitationStyles;
import org.ariadne.catalog.domain.Source;
import org.ariadne.catalog.domain.SourceRepository;
import org.ariadne.security.domain.Roles;
import org.ariadne.shared.domain.InputProblem;
import org.ariadne.shared.domain.InvalidInputException;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** CSL styles and what they render: bibliographies and notes of catalogued sources. */
@Stateless
public class BibliographyService {

    /** The most sources one bibliography or one list of notes may cite. */
    public static final int MAX_SOURCES = 10_000;

    private static final Pattern STYLE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");
    private static final Pattern LOCALE = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8}){0,2}");
    private static final Pattern LINE = Pattern.compile("^Line (\\d+): ");

    @Inject
    CitationStyles styles;

    @Inject
    CustomStyleRepository customStyles;

    @Inject
    Event<StyleUploaded> uploads;

    @Inject
    SourceRepository sources;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    /**
     * Bundled and uploaded styles: uploaded ones first, then the bundled ones by id. With a query, the styles whose
     * id, title or fields hold every word of it, those whose id or title is the query first (wherever they come
     * from), then uploaded ones, then bundled ones by relevance.
     */
    @PermitAll
    public List<StyleSummary> styles(String query) {
        String q = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        List<StyleSummary> uploaded = new ArrayList<>();
        for (CustomStyle custom : customStyles.all()) {
            String text = (custom.id() + " " + custom.title()).toLowerCase(Locale.ROOT);
            if (q.isEmpty() || List.of(q.split("\\s+")).stream().allMatch(text::contains)) {
                uploaded.add(new StyleSummary(custom.id(), custom.title(), true));
            }
        }
        List<StyleSummary> bundled = styles.catalog().search(q).stream()
                .map(s -> new StyleSummary(s.id(), s.title(), false)).toList();
        List<StyleSummary> list = new ArrayList<>(uploaded.size() + bundled.size());
        if (!q.isEmpty()) {
            java.util.function.Predicate<StyleSummary> exact = s -> s.id().toLowerCase(Locale.ROOT).equals(q)
                    || s.title().toLowerCase(Locale.ROOT).equals(q);
            bundled.stream().filter(exact).forEach(list::add);
            uploaded.stream().filter(exact).forEach(list::add);
            uploaded.stream().filter(exact.negate()).forEach(list::add);
            bundled.stream().filter(exact.negate()).forEach(list::add);
            return list;
        }
        list.addAll(uploaded);
        list.addAll(bundled);
        return list;
    }

    /**
     * Like {@link #styles(String)}, kept to the bundled styles of one CSL field ("history", "law", ...) when a field
     * is given (uploaded styles declare none that Ariadne reads, so they are left out then).
     */
    @PermitAll
    public List<StyleSummary> styles(String query, String field) {
        if (field == null || field.isBlank()) {
            return styles(query);
        }
        Set<String> inField = new HashSet<>();
        styles.catalog().all().stream().filter(s -> s.fields().contains(field)).forEach(s -> inField.add(s.id()));
        return styles(query).stream().filter(s -> !s.uploaded() && inField.contains(s.id())).toList();
    }

    /** The CSL fields the bundled styles declare, sorted. */
    @PermitAll
    public List<String> styleFields() {
        return styles.catalog().all().stream().flatMap(s -> s.fields().stream()).distinct().sorted().toList();
    }

    /** The CSL text of a style: an uploaded one as uploaded, a bundled one as the jar has it. */
    @PermitAll
    public Optional<String> styleXml(String id) {
        if (id == null) {
            return Optional.empty();
        }
        Optional<CustomStyle> custom = customStyles.find(id);
        return custom.isPresent() ? custom.map(CustomStyle::xml) : styles.catalog().styleXml(id);
    }

    /**
     * Checks and stores an uploaded style. It keeps the id its {@code info} gives when that id is free; a style
     * with an empty or already used id gets one of Ariadne's.
     *
     * @return the id the style is known by
     * @throws InvalidInputException with the line of every problem found, for a style Ariadne cannot use
     */
    @RolesAllowed(Roles.LIBRARIAN)
    public String upload(@NotNull String xml) {
        ValidatedStyle checked;
        try {
            checked = styles.validator().validate(xml);
        } catch (InvalidStyleException e) {
            List<InputProblem> problems = e.problems().stream().map(BibliographyService::problem).toList();
            throw new InvalidInputException("The style is not valid CSL: " + problems.get(0).message(), problems);
        }
        String own = shortId(checked.id());
        String id = !own.isEmpty() && !taken(own) ? own : freshId(checked.title());
        CustomStyle style = customStyles.add(CustomStyle.uploaded(id, checked.title(), xml, clock.instant(),
                session.getCallerPrincipal().getName()));
        uploads.fire(new StyleUploaded(style.id(), style.xml()));
        return id;
    }

    /**
     * The bibliography of the given sources (each listed once), in the style's order.
     *
     * @throws InvalidInputException naming {@code style}, {@code locale} or {@code sources[i]}
     */
    @PermitAll
    public List<String> bibliography(@NotNull RenderOptions options, @NotNull List<Long> sourceIds) {
        CitationRenderer renderer = renderer(options);
        Map<Long, Map<String, Object>> items = items(sourceIds, i -> "sources[" + i + "]");
        try {
            return renderer.bibliography(options.style(), locale(options), options.format(),
                    new ArrayList<>(items.values()));
        } catch (UnknownStyleException e) {
            throw unknownStyle(options.style());
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.ofField("style", "The style '" + options.style()
                    + "' has no bibliography; choose a style that has one.");
        }
    }

    /**
     * One rendered note per citation, in document order, each citation being the items cited together.
     *
     * @throws InvalidInputException naming {@code style}, {@code locale} or the citation at fault
     */
    @PermitAll
    public List<String> notes(@NotNull RenderOptions options, @NotNull List<List<CiteDraft>> citations) {
        CitationRenderer renderer = renderer(options);
        List<Long> ids = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        for (List<CiteDraft> citation : citations) {
            for (CiteDraft cite : citation) {
                if (cite.label() != null && !cite.label().isBlank() && !LocatorLabels.isKnown(cite.label().strip())) {
                    throw InvalidInputException.ofField(cite.field() + ".label", "'" + cite.label()
                            + "' is not a CSL locator label; use one of " + String.join(", ", LocatorLabels.ALL) + ".");
                }
                ids.add(cite.source());
                fields.add(cite.field() + ".source");
            }
        }
        Map<Long, Map<String, Object>> items = items(ids, fields::get);
        Map<String, Map<String, Object>> byId = new LinkedHashMap<>();
        items.forEach((id, item) -> byId.put(String.valueOf(id), item));
        List<List<CiteRef>> refs = citations.stream().map(c -> c.stream()
                .map(d -> new CiteRef(String.valueOf(d.source()), d.locator(), d.label(), d.prefix(), d.suffix(),
                        d.suppressAuthor()))
                .toList()).toList();
        try {
            return renderer.notes(options.style(), locale(options), options.format(), refs, byId);
        } catch (UnknownStyleException e) {
            throw unknownStyle(options.style());
        } catch (UnknownItemException e) {
            throw InvalidInputException.ofField("citations", "Source " + e.itemId() + " does not exist.");
        }
    }

    // ---- helpers ----------------------------------------------------------------------------------------------

    private CitationRenderer renderer(RenderOptions options) {
        CitationRenderer renderer = styles.renderer(customStyles::all);
        String style = options.style();
        if (style == null || style.isBlank()) {
            throw InvalidInputException.ofField("style", "Give the id of a CSL style, e.g. \"apa\" (see GET /api/styles).");
        }
        if (!renderer.hasStyle(style)) {
            // uploaded on another node, or before a restart of this one
            CustomStyle custom = customStyles.find(style).orElseThrow(() -> unknownStyle(style));
            styles.register(custom);
        }
        String locale = options.locale();
        if (locale != null && !locale.isBlank()
                && (!LOCALE.matcher(locale.strip()).matches() || !styles.hasLocale(locale.strip()))) {
            throw InvalidInputException.ofField("locale", "There is no CSL locale '" + locale
                    + "'; give a language tag such as \"en-US\", \"de-DE\" or \"fr-FR\".");
        }
        return renderer;
    }

    private static String locale(RenderOptions options) {
        return options.locale() == null || options.locale().isBlank() ? null : options.locale().strip();
    }

    /** The CSL-JSON items of the sources, once each, in the order first named; unknown ids name their field. */
    private Map<Long, Map<String, Object>> items(List<Long> ids, java.util.function.IntFunction<String> field) {
        if (ids.size() > MAX_SOURCES) {
            throw InvalidInputException.ofField("sources", "At most " + MAX_SOURCES + " sources at once.");
        }
        Map<Long, Source> found = new HashMap<>();
        List<Long> distinct = List.copyOf(new java.util.LinkedHashSet<>(ids));
        for (int from = 0; from < distinct.size(); from += 1000) {
            for (Source s : sources.findAllById(distinct.subList(from, Math.min(distinct.size(), from + 1000)))) {
                found.put(s.id(), s);
            }
        }
        Map<Long, Map<String, Object>> items = new LinkedHashMap<>();
        List<InputProblem> problems = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            Source source = found.get(ids.get(i));
            if (source == null) {
                problems.add(InputProblem.ofField(field.apply(i), "Source " + ids.get(i) + " does not exist."));
            } else if (!items.containsKey(source.id())) {
                Map<String, Object> item = new LinkedHashMap<>(source.itemTree());
                item.put("id", String.valueOf(source.id()));
                items.put(source.id(), item);
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems.get(0).message(), problems);
        }
        return items;
    }

    private static InvalidInputException unknownStyle(String style) {
        return InvalidInputException.ofField("style", "There is no CSL style '" + style
                + "'; GET /api/styles lists them.");
    }

    private boolean taken(String id) {
        return customStyles.exists(id) || styles.catalog().find(id).isPresent()
                || styles.catalog().styleXml(id).isPresent();
    }

    private String freshId(String title) {
        String slug = title == null ? "" : java.text.Normalizer.normalize(title, java.text.Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        if (slug.length() > 60) {
            slug = slug.substring(0, 60).replaceAll("-+$", "");
        }
        String base = "ariadne-" + (slug.isEmpty() ? "style" : slug);
        String id;
        do {
            id = base + "-" + UUID.randomUUID().toString().substring(0, 8);
        } while (taken(id));
        return id;
    }

    /** The short form of an {@code info/id} ("http://www.zotero.org/styles/apa" gives "apa"); empty if unusable. */
    static String shortId(String infoId) {
        if (infoId == null) {
            return "";
        }
        String s = infoId.strip();
        int slash = s.lastIndexOf('/');
        if (slash >= 0) {
            s = s.substring(slash + 1);
        }
        if (s.endsWith(".csl")) {
            s = s.substring(0, s.length() - 4);
        }
        return STYLE_ID.matcher(s).matches() ? s : "";
    }

    private static InputProblem problem(String text) {
        Matcher m = LINE.matcher(text);
        if (m.find()) {
            String message = text.substring(m.end());
            return new InputProblem(null, Integer.parseInt(m.group(1)),
                    message.isEmpty() ? text : Character.toUpperCase(message.charAt(0)) + message.substring(1));
        }
        return new InputProblem(null, null, text);
    }
}
