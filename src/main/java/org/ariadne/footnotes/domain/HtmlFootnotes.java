package org.ariadne.footnotes.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.Elements;

/**
 * Footnotes of an HTML text: markers {@code <sup>n</sup>}, {@code <a href="#fn1">1</a>} or both nested; notes in a
 * {@code <section class="footnotes">}, {@code <div class="footnotes">}, {@code <ol>} after a "Notes" heading, or in
 * elements with ids {@code fn1}, {@code footnote-1}, {@code ftn1}... Marker offsets are those of the digits in the raw
 * HTML string (jsoup tracks the source position of every node).
 */
final class HtmlFootnotes {

    private static final Pattern NOTE_ID = Pattern.compile(
            "(?i)(?:_?ftn|_?edn|fn|footnote|endnote|note|en|cite_note)[-_:]?(\\d{1,4})");
    private static final Pattern DIGITS = Pattern.compile("\\d{1,4}");
    private static final String CONTAINERS = "section.footnotes, div.footnotes, aside.footnotes, ol.footnotes, "
            + "[role=doc-endnotes], section[data-footnotes], div.footnote, div.endnotes, section.endnotes";
    private static final String BACK_LINKS = "a[href*=fnref], a[href*=ftnref], a[href*=ednref], a[href*=cite_ref], "
            + "a.footnote-back, a.footnote-backref, a.reversefootnote, a.footnote-return, [role=doc-backlink], "
            + ".mw-cite-backlink";

    private record Marker(int start, int end) {
    }

    List<ExtractedNote> extract(String html) {
        Document doc = Jsoup.parse(html, "", Parser.htmlParser().setTrackPosition(true));
        Map<Integer, Element> notes = notes(doc);
        if (notes.isEmpty()) {
            return List.of();
        }
        Set<Element> noteElements = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        noteElements.addAll(notes.values());
        Element container = doc.selectFirst(CONTAINERS);
        if (container != null) {
            noteElements.add(container);
        }
        Map<String, Integer> numberById = new HashMap<>();
        notes.forEach((number, element) -> {
            if (!element.id().isEmpty()) {
                numberById.put(element.id(), number);
            }
            for (Element named : element.select("[id], a[name]")) {
                String key = named.id().isEmpty() ? named.attr("name") : named.id();
                if (NOTE_ID.matcher(key).matches()) {
                    numberById.putIfAbsent(key, number);
                }
            }
        });
        Map<Integer, Marker> markers = markers(html, doc, notes, numberById, noteElements);
        List<ExtractedNote> out = new ArrayList<>(notes.size());
        notes.forEach((number, element) -> {
            Marker m = markers.get(number);
            out.add(new ExtractedNote(number, noteText(element, number), m == null ? -1 : m.start, m == null ? -1 : m.end));
        });
        return out;
    }

    /** The note elements by number. */
    private static Map<Integer, Element> notes(Document doc) {
        Map<Integer, Element> notes = new TreeMap<>();
        Element container = doc.selectFirst(CONTAINERS);
        if (container != null) {
            listItems(container, notes);
            if (!notes.isEmpty()) {
                return notes;
            }
        }
        for (Element e : doc.select("[id], a[name]")) {
            String key = e.id().isEmpty() ? e.attr("name") : e.id();
            Matcher m = NOTE_ID.matcher(key);
            if (m.matches()) {
                Element note = e;
                if (e.nameIs("a") || e.nameIs("span") || e.nameIs("sup")) {
                    Element block = e.closest("li, p, div");
                    note = block == null ? e : block;
                }
                notes.putIfAbsent(Integer.parseInt(m.group(1)), note);
            }
        }
        if (!notes.isEmpty()) {
            return notes;
        }
        for (Element heading : doc.select("h1, h2, h3, h4, h5, h6, p, strong, b, div")) {
            if (heading.childrenSize() <= 1 && NoteText.isNotesHeading(heading.text())) {
                Element list = nextList(heading);
                if (list != null) {
                    notes.clear();
                    listItems(list, notes);
                }
            }
        }
        return notes;
    }

    /** The first ol after element in document order, within a few siblings. */
    private static Element nextList(Element heading) {
        Element e = heading;
        while (e != null && e.nextElementSibling() == null && e.parent() != null) {
            e = e.parent();
        }
        Element sibling = e == null ? null : e.nextElementSibling();
        for (int i = 0; sibling != null && i < 3; i++, sibling = sibling.nextElementSibling()) {
            Element list = sibling.nameIs("ol") ? sibling : sibling.selectFirst("ol");
            if (list != null) {
                return list;
            }
        }
        return null;
    }

    private static void listItems(Element container, Map<Integer, Element> notes) {
        for (Element list : container.nameIs("ol") ? new Elements(container) : container.select("ol")) {
            if (list.parents().stream().anyMatch(p -> p.nameIs("li"))) {
                continue;
            }
            int next = parsePositive(list.attr("start"), 1);
            for (Element li : list.children()) {
                if (!li.nameIs("li")) {
                    continue;
                }
                int number = parsePositive(li.attr("value"), next);
                Matcher m = NOTE_ID.matcher(li.id());
                if (m.matches()) {
                    number = Integer.parseInt(m.group(1));
                }
                notes.putIfAbsent(number, li);
                next = number + 1;
            }
        }
        if (notes.isEmpty()) {
            // footnotes as paragraphs with ids or leading numbers inside the container
            for (Element p : container.select("p, div")) {
                Matcher m = NOTE_ID.matcher(p.id());
                if (m.matches()) {
                    notes.putIfAbsent(Integer.parseInt(m.group(1)), p);
                }
            }
        }
    }

    private static int parsePositive(String s, int otherwise) {
        if (s == null || s.isEmpty() || s.length() > 6) {
            return otherwise;
        }
        try {
            int v = Integer.parseInt(s.strip());
            return v > 0 ? v : otherwise;
        } catch (NumberFormatException notANumber) {
            return otherwise;
        }
    }

    private static Map<Integer, Marker> markers(String html, Document doc, Map<Integer, Element> notes,
                                                Map<String, Integer> numberById, Set<Element> noteElements) {
        Map<Integer, Marker> markers = new LinkedHashMap<>();
        // linked markers: <a href="#fn1">1</a>, possibly inside <sup>
        for (Element a : doc.select("a[href^=#]")) {
            Integer number = numberById.get(a.attr("href").substring(1));
            if (number == null || markers.containsKey(number) || insideNotes(a, noteElements)) {
                continue;
            }
            Marker m = digits(html, a, number);
            markers.put(number, m == null ? new Marker(-1, -1) : m);
        }
        // bare superscripts <sup>2</sup>: in increasing order only (a <sup>2</sup> may also be a square)
        List<Element> sups = new ArrayList<>();
        List<Integer> values = new ArrayList<>();
        Map<Integer, Integer> lastSeen = new HashMap<>();
        for (Element sup : doc.select("sup")) {
            Matcher d = DIGITS.matcher(sup.text().replace("[", "").replace("]", "").strip());
            if (d.matches() && !insideNotes(sup, noteElements)) {
                int number = Integer.parseInt(d.group());
                lastSeen.put(number, sups.size());
                sups.add(sup);
                values.add(number);
            }
        }
        int last = markers.isEmpty() ? 0 : -1;
        for (int i = 0; i < sups.size(); i++) {
            Element sup = sups.get(i);
            int number = values.get(i);
            if (!notes.containsKey(number) || markers.containsKey(number)) {
                continue;
            }
            // a jump over a number is allowed only when that number has no superscript further on
            boolean next = number == last + 1;
            boolean gap = number > last + 1 && number <= last + 3 && lastSeen.getOrDefault(last + 1, -1) < i;
            if (last >= 0 && !next && !gap) {
                continue;
            }
            Marker m = digits(html, sup, number);
            if (m != null) {
                markers.put(number, m);
                last = last >= 0 ? number : last;
            }
        }
        markers.values().removeIf(m -> m.start < 0);
        return markers;
    }

    private static boolean insideNotes(Element e, Set<Element> noteElements) {
        for (Element p = e; p != null; p = p.parent()) {
            if (noteElements.contains(p)) {
                return true;
            }
        }
        return false;
    }

    /** The position in the raw HTML of the digits of number in the text of e, or null. */
    private static Marker digits(String html, Element e, int number) {
        String wanted = Integer.toString(number);
        List<TextNode> texts = new ArrayList<>();
        collectText(e, texts);
        for (TextNode t : texts) {
            Range range = t.sourceRange();
            if (!range.isTracked()) {
                continue;
            }
            int start = range.startPos();
            int end = Math.min(range.endPos(), html.length());
            if (start < 0 || start >= end) {
                continue;
            }
            Matcher m = DIGITS.matcher(html).region(start, end);
            while (m.find()) {
                if (m.group().equals(wanted)) {
                    return new Marker(m.start(), m.end());
                }
            }
        }
        return null;
    }

    private static void collectText(Node node, List<TextNode> out) {
        for (Node child : node.childNodes()) {
            if (child instanceof TextNode t) {
                out.add(t);
            } else {
                collectText(child, out);
            }
        }
    }

    private static String noteText(Element note, int number) {
        Element copy = note.clone();
        copy.select(BACK_LINKS).remove();
        for (Element a : copy.select("a")) {
            String t = NoteText.clean(a.text());
            if (t.isEmpty() && !a.text().isEmpty()) {
                a.remove(); // a link made only of arrows
            }
        }
        String text = NoteText.clean(copy.text());
        // a leading "[1]", "1." or "1" repeating the number of the note
        String n = Integer.toString(number);
        for (String prefix : new String[] {"[" + n + "]", n + ".", n + ")"}) {
            if (text.startsWith(prefix)) {
                return NoteText.clean(text.substring(prefix.length()));
            }
        }
        return text;
    }
}
