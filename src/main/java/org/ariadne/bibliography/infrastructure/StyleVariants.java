package org.ariadne.bibliography.infrastructure;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Predicate;

import org.ariadne.bibliography.domain.CitePositions;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * One CSL style and the rewritten copies of it that Ariadne hands to the engine.
 * <p>
 * citeproc-java does not evaluate most {@code position} conditions, so every variant has them replaced by constants:
 * a variant is made for one set of true position tests (first, subsequent, ibid, ibid-with-locator, near-note) and a
 * cite is rendered with the variant of its own position. The citation layout's prefix, suffix and delimiter are
 * taken out (Ariadne puts the cites of a citation together). Probe variants render sort keys or the bare citation as
 * bibliography entries, so that one engine call gives a value for every item. Thread-safe; variants are cached.
 */
final class StyleVariants {

    /** Variant key for bibliography rendering: every position test is false there. */
    static final String BIBLIOGRAPHY = "B";

    private static final String ALWAYS_NULL_VARIABLE = "ariadne-never-set";
    private static final Set<String> CONDITION_ATTRIBUTES = Set.of("type", "variable", "is-numeric",
            "is-uncertain-date", "locator", "position", "disambiguate");
    /** Separates the sort keys in a key probe's output; never occurs in bibliographic data. */
    static final String KEY_SEPARATOR = "\u241E";
    static final String KEY_END = "\u241F";

    private final Document original;
    private final String styleClass;
    private final boolean addYearSuffix;
    private final int nearNoteDistance;
    private final boolean hasCitationSort;
    private final boolean hasBibliography;
    private final boolean hasBibliographySort;
    private final boolean usesPositions;
    private final boolean entriesIndependent;
    private final String layoutPrefix;
    private final String layoutSuffix;
    private final String layoutDelimiter;
    private final String defaultLocale;
    private final List<String> styleIbidTerms;
    private final ConcurrentMap<String, String> variants = new ConcurrentHashMap<>();

    StyleVariants(String xml) throws SAXException {
        this.original = SafeXml.parse(xml);
        Element style = original.getDocumentElement();
        addImplicitYearSuffix(style);
        expandSubstituteNames(style);
        this.styleClass = style.getAttribute("class");
        this.defaultLocale = style.getAttribute("default-locale");
        Element citation = child(style, "citation");
        Element bibliography = child(style, "bibliography");
        this.addYearSuffix = citation != null && "true".equals(citation.getAttribute("disambiguate-add-year-suffix"));
        int distance = CitePositions.DEFAULT_NEAR_NOTE_DISTANCE;
        if (citation != null && !citation.getAttribute("near-note-distance").isEmpty()) {
            try {
                distance = Integer.parseInt(citation.getAttribute("near-note-distance").strip());
            } catch (NumberFormatException e) {
                // keep the default, as CSL processors do for an unreadable value
            }
        }
        this.nearNoteDistance = distance;
        this.hasCitationSort = citation != null && child(citation, "sort") != null;
        this.hasBibliography = bibliography != null && child(bibliography, "layout") != null;
        this.hasBibliographySort = bibliography != null && child(bibliography, "sort") != null;
        Element layout = citation == null ? null : child(citation, "layout");
        this.layoutPrefix = layout == null ? "" : layout.getAttribute("prefix");
        this.layoutSuffix = layout == null ? "" : layout.getAttribute("suffix");
        this.layoutDelimiter = layout == null ? "" : layout.getAttribute("delimiter");
        this.usesPositions = !elementsWithAttribute(style, "position").isEmpty();
        this.entriesIndependent = (bibliography == null || !bibliography.hasAttribute("subsequent-author-substitute"))
                && elementsWithVariable(style, "citation-number").isEmpty()
                && elementsWithVariable(style, "first-reference-note-number").isEmpty();
        List<String> ibid = new ArrayList<>();
        NodeList terms = original.getElementsByTagNameNS(SafeXml.CSL_NS, "term");
        for (int i = 0; i < terms.getLength(); i++) {
            Element t = (Element) terms.item(i);
            if ("ibid".equals(t.getAttribute("name")) && !t.getTextContent().isBlank()) {
                ibid.add(t.getTextContent().strip());
            }
        }
        this.styleIbidTerms = List.copyOf(ibid);
    }

    /**
     * CSL: a style that never renders {@code year-suffix} itself gets it right after the issued date. citeproc-java
     * does not do this, so the date is wrapped in a group with the suffix variable after it (the date's affixes move
     * to the group, so that "(1986)" becomes "(1986a)").
     */
    private static void addImplicitYearSuffix(Element style) {
        if (!elementsWithVariable(style, "year-suffix").isEmpty()) {
            return;
        }
        for (Element date : elementsWithVariable(style, "issued")) {
            if (!"date".equals(date.getLocalName())) {
                continue;
            }
            Document d = date.getOwnerDocument();
            Element group = cslElement(d, "group");
            for (String affix : List.of("prefix", "suffix")) {
                if (date.hasAttribute(affix)) {
                    group.setAttribute(affix, date.getAttribute(affix));
                    date.removeAttribute(affix);
                }
            }
            date.getParentNode().replaceChild(group, date);
            group.appendChild(date);
            Element suffix = cslElement(d, "text");
            suffix.setAttribute("variable", "year-suffix");
            group.appendChild(suffix);
        }
    }

    /**
     * Spells out, once, what citeproc-java rebuilds on every render: it renders a {@code names} element inside
     * {@code substitute} as a new names element made from the enclosing {@code names} element (its attributes and
     * its {@code name}, {@code et-al} and {@code label} children) with the substitute's variable, reading that
     * element's attributes out of the DOM again for every entry (a fifth of the time of an APA run). Here each such
     * element is replaced by exactly that element, inside a {@code group} of its own so that the engine takes it as
     * written (it only rebuilds direct {@code names} children); a group around one element renders what the element
     * renders. Output is unchanged; the engine builds the element once, when it reads the style.
     */
    private static void expandSubstituteNames(Element style) {
        NodeList substitutes = style.getElementsByTagNameNS(SafeXml.CSL_NS, "substitute");
        List<Element> all = new ArrayList<>();
        for (int i = 0; i < substitutes.getLength(); i++) {
            all.add((Element) substitutes.item(i));
        }
        for (Element substitute : all) {
            if (!(substitute.getParentNode() instanceof Element outer) || !"names".equals(outer.getLocalName())) {
                continue;
            }
            for (Element inner : children(substitute, "names")) {
                Document d = substitute.getOwnerDocument();
                Element names = cslElement(d, "names");
                NamedNodeMap attrs = outer.getAttributes();
                for (int a = 0; a < attrs.getLength(); a++) {
                    String name = attrs.item(a).getNodeName();
                    if (!name.equals("variable") && !name.startsWith("xmlns")) {
                        names.setAttribute(name, attrs.item(a).getNodeValue());
                    }
                }
                if (inner.hasAttribute("variable")) {
                    names.setAttribute("variable", inner.getAttribute("variable"));
                }
                for (Node n = outer.getFirstChild(); n != null; n = n.getNextSibling()) {
                    if (n instanceof Element e && !"substitute".equals(e.getLocalName())) {
                        names.appendChild(e.cloneNode(true));
                    }
                }
                Element group = cslElement(d, "group");
                group.appendChild(names);
                substitute.replaceChild(group, inner);
            }
        }
    }

    private static List<Element> elementsWithVariable(Element root, String variable) {
        List<Element> found = new ArrayList<>();
        NodeList all = root.getElementsByTagNameNS(SafeXml.CSL_NS, "*");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            if (!"if".equals(e.getLocalName()) && !"else-if".equals(e.getLocalName())
                    && List.of(e.getAttribute("variable").split("\\s+")).contains(variable)) {
                found.add(e);
            }
        }
        return found;
    }

    boolean addYearSuffix() {
        return addYearSuffix;
    }

    int nearNoteDistance() {
        return nearNoteDistance;
    }

    boolean hasCitationSort() {
        return hasCitationSort;
    }

    boolean hasBibliography() {
        return hasBibliography;
    }

    boolean hasBibliographySort() {
        return hasBibliographySort;
    }

    boolean usesPositions() {
        return usesPositions;
    }

    /**
     * Whether an item's bibliography entry, sort keys and bare cite depend on that item alone (once its year suffix
     * is set): no author substitution by the entry before, no citation numbers (position tests are constants in every
     * variant). Such entries can be rendered in parts and cached per item.
     */
    boolean entriesIndependent() {
        return entriesIndependent;
    }

    boolean isNoteStyle() {
        return "note".equals(styleClass);
    }

    String layoutPrefix() {
        return layoutPrefix;
    }

    String layoutSuffix() {
        return layoutSuffix;
    }

    String layoutDelimiter() {
        return layoutDelimiter;
    }

    String defaultLocale() {
        return defaultLocale;
    }

    List<String> styleIbidTerms() {
        return styleIbidTerms;
    }

    /**
     * Key of the variant for a cite whose true position tests are given: first, or subsequent plus any of
     * ibid, ibid-with-locator and near-note.
     */
    static String citeVariantKey(Predicate<String> positionTest) {
        StringBuilder key = new StringBuilder();
        for (String p : List.of("first", "subsequent", "ibid", "ibid-with-locator", "near-note")) {
            key.append(positionTest.test(p) ? '1' : '0');
        }
        return "C" + key;
    }

    private static Predicate<String> testsOf(String variantKey) {
        if (!variantKey.startsWith("C")) {
            return p -> false;
        }
        List<String> names = List.of("first", "subsequent", "ibid", "ibid-with-locator", "near-note");
        Set<String> on = new LinkedHashSet<>();
        for (int i = 0; i < names.size(); i++) {
            if (variantKey.charAt(i + 1) == '1') {
                on.add(names.get(i));
            }
        }
        return on::contains;
    }

    /** The style for rendering single cites at the position of the key, without the citation layout's affixes. */
    String citeVariant(String variantKey) {
        return variants.computeIfAbsent(variantKey, k -> {
            Document d = copy();
            resolvePositions(d, testsOf(k));
            Element layout = child(child(d.getDocumentElement(), "citation"), "layout");
            layout.removeAttribute("prefix");
            layout.removeAttribute("suffix");
            layout.removeAttribute("delimiter");
            return SafeXml.serialize(d);
        });
    }

    /**
     * The style for rendering the bibliography in the order in which items are registered: its sort is taken out
     * (Ariadne sorts beforehand, which avoids citeproc-java's quadratic sorted insertion).
     */
    String bibliographyVariant() {
        return variants.computeIfAbsent("B", k -> {
            Document d = copy();
            resolvePositions(d, p -> false);
            Element bib = child(d.getDocumentElement(), "bibliography");
            if (bib != null) {
                removeChild(bib, "sort");
            }
            return SafeXml.serialize(d);
        });
    }

    /**
     * A probe whose bibliography entry for an item is its sort keys (of the bibliography's or the citation's sort),
     * separated by {@link #KEY_SEPARATOR} and ended by {@link #KEY_END}.
     */
    String sortKeyProbe(String sortOwner) {
        return sortKeyProbe(sortOwner, Integer.MAX_VALUE);
    }

    /** The same probe with only the first {@code count} sort keys. */
    String sortKeyProbe(String sortOwner, int count) {
        String name = count == Integer.MAX_VALUE ? "K" + sortOwner : "K" + sortOwner + "/" + count;
        return variants.computeIfAbsent(name, k -> {
            Document d = copy();
            resolvePositions(d, p -> false);
            Element style = d.getDocumentElement();
            Element owner = child(style, sortOwner);
            Element sort = owner == null ? null : child(owner, "sort");
            Element layout = replaceBibliography(d, owner);
            if (sort != null) {
                for (Element key : children(sort, "key").stream().limit(count).toList()) {
                    if (!key.getAttribute("macro").isEmpty()) {
                        Element text = cslElement(d, "text");
                        text.setAttribute("macro", key.getAttribute("macro"));
                        layout.appendChild(text);
                    } else if (!key.getAttribute("variable").isEmpty()) {
                        layout.appendChild(variableKey(d, key.getAttribute("variable")));
                    }
                    Element sep = cslElement(d, "text");
                    sep.setAttribute("value", KEY_SEPARATOR);
                    layout.appendChild(sep);
                }
            }
            Element end = cslElement(d, "text");
            end.setAttribute("value", KEY_END);
            layout.appendChild(end);
            return SafeXml.serialize(d);
        });
    }

    /** Directions of the sort keys of the bibliography's or the citation's sort: 1 ascending, -1 descending. */
    List<Integer> sortDirections(String sortOwner) {
        Element owner = child(original.getDocumentElement(), sortOwner);
        Element sort = owner == null ? null : child(owner, "sort");
        List<Integer> directions = new ArrayList<>();
        if (sort != null) {
            for (Element key : children(sort, "key")) {
                directions.add("descending".equals(key.getAttribute("sort")) ? -1 : 1);
            }
        }
        return directions;
    }

    /**
     * A probe whose bibliography entry for an item is its bare cite (at the position of the variant key), used to
     * find items whose cites cannot be told apart.
     */
    String citeProbe(String variantKey) {
        return variants.computeIfAbsent("P" + variantKey, k -> {
            Document d = copy();
            resolvePositions(d, testsOf(variantKey));
            Element style = d.getDocumentElement();
            Element citation = child(style, "citation");
            Element citationLayout = child(citation, "layout");
            Element layout = replaceBibliography(d, citation);
            for (Node n = citationLayout.getFirstChild(); n != null; n = n.getNextSibling()) {
                layout.appendChild(n.cloneNode(true));
            }
            Element end = cslElement(d, "text");
            end.setAttribute("value", KEY_END);
            layout.appendChild(end);
            return SafeXml.serialize(d);
        });
    }

    /** Replaces the bibliography by an empty one carrying the name options of {@code optionsFrom}; gives its layout. */
    private static Element replaceBibliography(Document d, Element optionsFrom) {
        Element style = d.getDocumentElement();
        Element old = child(style, "bibliography");
        Element bib = cslElement(d, "bibliography");
        if (optionsFrom != null) {
            NamedNodeMap attrs = optionsFrom.getAttributes();
            for (int i = 0; i < attrs.getLength(); i++) {
                String name = attrs.item(i).getNodeName();
                if (name.startsWith("et-al") || name.startsWith("name") || name.startsWith("initialize")
                        || name.equals("and") || name.startsWith("delimiter-precedes") || name.equals("sort-separator")
                        || name.equals("names-delimiter")) {
                    bib.setAttribute(name, attrs.item(i).getNodeValue());
                }
            }
        }
        Element layout = cslElement(d, "layout");
        bib.appendChild(layout);
        if (old != null) {
            style.replaceChild(bib, old);
        } else {
            style.appendChild(bib);
        }
        return layout;
    }

    private static Element variableKey(Document d, String variable) {
        String v = variable.toLowerCase(Locale.ROOT);
        if (Set.of("accessed", "available-date", "event-date", "issued", "original-date", "submitted").contains(v)) {
            Element date = cslElement(d, "date");
            date.setAttribute("variable", variable);
            for (String[] part : new String[][] {{"year", "numeric"}, {"month", "numeric-leading-zeros"},
                    {"day", "numeric-leading-zeros"}}) {
                Element dp = cslElement(d, "date-part");
                dp.setAttribute("name", part[0]);
                dp.setAttribute("form", part[1]);
                date.appendChild(dp);
            }
            return date;
        }
        if (Set.of("author", "editor", "translator", "container-author", "collection-editor", "composer",
                "director", "illustrator", "interviewer", "original-author", "recipient", "reviewed-author")
                .contains(v)) {
            Element names = cslElement(d, "names");
            names.setAttribute("variable", variable);
            Element name = cslElement(d, "name");
            name.setAttribute("name-as-sort-order", "all");
            name.setAttribute("sort-separator", " ");
            name.setAttribute("delimiter", " ");
            names.appendChild(name);
            return names;
        }
        Element text = cslElement(d, "text");
        text.setAttribute("variable", variable);
        return text;
    }

    /**
     * Replaces each {@code position} test by its value under {@code positionTest}, keeping the element's other
     * conditions and its match mode: e.g. {@code <if position="ibid" type="book" match="any">} becomes always-true
     * when ibid holds and {@code <if type="book" match="any">} when it does not.
     */
    static void resolvePositions(Document d, Predicate<String> positionTest) {
        for (Element e : elementsWithAttribute(d.getDocumentElement(), "position")) {
            String match = e.getAttribute("match").isEmpty() ? "all" : e.getAttribute("match");
            String[] positions = e.getAttribute("position").strip().split("\\s+");
            boolean any = false;
            boolean all = true;
            for (String p : positions) {
                boolean v = positionTest.test(p);
                any |= v;
                all &= v;
            }
            e.removeAttribute("position");
            boolean othersLeft = hasOtherConditions(e);
            switch (match) {
                case "any" -> {
                    if (any) {
                        setConstant(e, true);
                    } else if (!othersLeft) {
                        setConstant(e, false);
                    }
                }
                case "none" -> {
                    if (any) {
                        setConstant(e, false);
                    } else if (!othersLeft) {
                        setConstant(e, true);
                    }
                }
                default -> {
                    if (!all) {
                        setConstant(e, false);
                    } else if (!othersLeft) {
                        setConstant(e, true);
                    }
                }
            }
        }
    }

    private static boolean hasOtherConditions(Element e) {
        for (String a : CONDITION_ATTRIBUTES) {
            if (e.hasAttribute(a)) {
                return true;
            }
        }
        return false;
    }

    /** A condition that is always true or always false: a test on a variable that is never set. */
    private static void setConstant(Element e, boolean value) {
        for (String a : CONDITION_ATTRIBUTES) {
            e.removeAttribute(a);
        }
        e.setAttribute("variable", ALWAYS_NULL_VARIABLE);
        e.setAttribute("match", value ? "none" : "all");
    }

    private static List<Element> elementsWithAttribute(Element root, String attribute) {
        List<Element> found = new ArrayList<>();
        collect(root, attribute, found);
        return found;
    }

    private static void collect(Element e, String attribute, List<Element> found) {
        if (e.hasAttribute(attribute) && ("if".equals(e.getLocalName()) || "else-if".equals(e.getLocalName()))) {
            found.add(e);
        }
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c) {
                collect(c, attribute, found);
            }
        }
    }

    private Document copy() {
        synchronized (original) {
            return (Document) original.cloneNode(true);
        }
    }

    private static Element cslElement(Document d, String name) {
        return d.createElementNS(SafeXml.CSL_NS, name);
    }

    static Element child(Element parent, String name) {
        if (parent == null) {
            return null;
        }
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && name.equals(e.getLocalName())) {
                return e;
            }
        }
        return null;
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> list = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && name.equals(e.getLocalName())) {
                list.add(e);
            }
        }
        return list;
    }

    private static void removeChild(Element parent, String name) {
        Element c = child(parent, name);
        if (c != null) {
            parent.removeChild(c);
        }
    }
}
