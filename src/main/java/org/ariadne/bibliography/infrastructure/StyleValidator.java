package org.ariadne.bibliography.infrastructure;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.ariadne.bibliography.domain.InvalidStyleException;
import org.ariadne.bibliography.domain.ValidatedStyle;
import org.ariadne.shared.domain.GuardedXmlReader;

/**
 * Checks an uploaded CSL style before Ariadne stores it: parsed with a streaming parser that reads no DTD and
 * expands no entity (a DOCTYPE is refused), then checked for the CSL root element, an {@code info} element, a
 * citation or bibliography layout, and finally tried out on the engine with a sample item.
 */
public class StyleValidator {

    private final CitationRenderer renderer;

    public StyleValidator(CitationRenderer renderer) {
        this.renderer = Objects.requireNonNull(renderer, "renderer");
    }

    /**
     * @return what the style declares (its id and title may be empty: the caller assigns them)
     * @throws InvalidStyleException with every problem found, in plain language, with line numbers where known
     */
    public ValidatedStyle validate(String xml) throws InvalidStyleException {
        if (xml == null || xml.isBlank()) {
            throw new InvalidStyleException(List.of("The style is empty."));
        }
        List<String> problems = new ArrayList<>();
        Structure s = readStructure(xml, problems);
        if (!problems.isEmpty()) {
            throw new InvalidStyleException(problems);
        }
        if (!s.infoFound) {
            problems.add(at(s.rootLine) + "the style has no <info> element (it holds the style's title and id).");
        }
        if (!s.citationLayout && !s.bibliographyLayout) {
            if (!s.parent.isEmpty()) {
                problems.add(at(s.rootLine) + "this is a dependent style (it only points to its parent " + s.parent
                        + ") and has no layout of its own; upload the parent style instead.");
            } else {
                problems.add(at(s.rootLine)
                        + "the style has neither a <citation> nor a <bibliography> with a <layout>.");
            }
        }
        if (!s.citationLayout && s.bibliographyLayout) {
            problems.add(at(s.rootLine) + "the style has no <citation> with a <layout>; CSL requires one.");
        }
        if (!"in-text".equals(s.styleClass) && !"note".equals(s.styleClass) && problems.isEmpty()) {
            problems.add(at(s.rootLine) + "the <style> element needs class=\"in-text\" or class=\"note\".");
        }
        if (!problems.isEmpty()) {
            throw new InvalidStyleException(problems);
        }
        problems.addAll(renderer.engineProblems(xml));
        if (!problems.isEmpty()) {
            throw new InvalidStyleException(problems);
        }
        return new ValidatedStyle(s.id, s.title, s.styleClass, s.citationLayout, s.bibliographyLayout);
    }

    private static String at(int line) {
        return line > 0 ? "Line " + line + ": " : "";
    }

    private static Structure readStructure(String xml, List<String> problems) {
        Structure s = new Structure();
        XMLStreamReader r = null;
        try {
            r = new GuardedXmlReader(SafeXml.inputFactory().createXMLStreamReader(new StringReader(xml)));
            List<String> path = new ArrayList<>();
            while (r.hasNext()) {
                int event = r.next();
                switch (event) {
                    case XMLStreamConstants.DTD -> {
                        problems.add(at(r.getLocation().getLineNumber())
                                + "the style contains a <!DOCTYPE> declaration. CSL styles must not declare a DTD "
                                + "or entities; remove the DOCTYPE.");
                        return s;
                    }
                    case XMLStreamConstants.ENTITY_REFERENCE -> {
                        problems.add(at(r.getLocation().getLineNumber()) + "the style uses the entity &"
                                + r.getLocalName() + "; which is not allowed; write the character itself.");
                        return s;
                    }
                    case XMLStreamConstants.START_ELEMENT -> {
                        String name = r.getLocalName();
                        int line = r.getLocation().getLineNumber();
                        if (path.isEmpty()) {
                            s.rootLine = line;
                            if (!"style".equals(name) || !SafeXml.CSL_NS.equals(r.getNamespaceURI())) {
                                String ns = r.getNamespaceURI() == null ? "no namespace" : r.getNamespaceURI();
                                problems.add(at(line) + "the root element is <" + name + "> in " + ns
                                        + "; a CSL style is a <style> element in the namespace " + SafeXml.CSL_NS
                                        + ".");
                                return s;
                            }
                            String cls = r.getAttributeValue(null, "class");
                            s.styleClass = cls == null ? "" : cls;
                        } else {
                            String parent = path.get(path.size() - 1);
                            if (path.size() == 1 && "info".equals(name)) {
                                s.infoFound = true;
                            } else if (path.size() == 2 && "info".equals(parent)) {
                                if ("title".equals(name)) {
                                    s.title = r.getElementText().strip();
                                    continue;
                                } else if ("id".equals(name)) {
                                    s.id = r.getElementText().strip();
                                    continue;
                                } else if ("link".equals(name)
                                        && "independent-parent".equals(r.getAttributeValue(null, "rel"))) {
                                    String href = r.getAttributeValue(null, "href");
                                    s.parent = href == null ? "" : href;
                                }
                            } else if (path.size() == 2 && "layout".equals(name)) {
                                if ("citation".equals(parent)) {
                                    s.citationLayout = true;
                                } else if ("bibliography".equals(parent)) {
                                    s.bibliographyLayout = true;
                                }
                            }
                        }
                        path.add(name);
                    }
                    case XMLStreamConstants.END_ELEMENT -> path.remove(path.size() - 1);
                    default -> {
                    }
                }
            }
        } catch (XMLStreamException e) {
            Location loc = e.getLocation();
            String where = loc == null ? "" : at(loc.getLineNumber());
            problems.add(where + "the style is not well-formed XML: " + plain(e.getMessage()));
        } finally {
            if (r != null) {
                try {
                    r.close();
                } catch (XMLStreamException e) {
                    // nothing left to release
                }
            }
        }
        return s;
    }

    /** The parser's message without its "ParseError at [row,col]:" preamble. */
    private static String plain(String message) {
        if (message == null) {
            return "";
        }
        int m = message.indexOf("Message:");
        return (m >= 0 ? message.substring(m + "Message:".length()) : message).replaceAll("\\s+", " ").strip();
    }

    private static final class Structure {
        int rootLine;
        boolean infoFound;
        String id = "";
        String title = "";
        String parent = "";
        String styleClass = "";
        boolean citationLayout;
        boolean bibliographyLayout;
    }
}
