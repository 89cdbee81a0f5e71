package org.ariadne.bibliography.infrastructure;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.ariadne.bibliography.domain.StyleInfo;

/**
 * The CSL styles bundled in the {@code org.citationstyles:styles} jar: about 2,800 independent styles at the top
 * of the jar and 8,000 dependent ones under {@code dependent/}, which only name their parent.
 * <p>
 * The index is built once, on first use, by reading just the {@code <info>} element of every file with a streaming
 * parser; after that every call is answered from memory. Thread-safe.
 */
public class StyleCatalog {

    private static final String PROBE_RESOURCE = "apa.csl";
    private static final String DEPENDENT_DIR = "dependent/";

    private static final java.util.regex.Pattern SAFE_ID = java.util.regex.Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    private final Path stylesJar;
    private volatile Index index;

    /** The catalogue of the styles jar on the class path. */
    public StyleCatalog() {
        this(null);
    }

    /** The catalogue of the given styles jar (for containers whose class loaders do not give {@code jar:} URLs). */
    public StyleCatalog(Path stylesJar) {
        this.stylesJar = stylesJar;
    }

    /** Every bundled style, ordered by id. */
    public List<StyleInfo> all() {
        return index().styles;
    }

    /** The style with this short id ("apa") or full id ("http://www.zotero.org/styles/apa"). */
    public Optional<StyleInfo> find(String id) {
        if (id == null) {
            return Optional.empty();
        }
        Index idx = index();
        return Optional.ofNullable(idx.byId.get(shortId(id)));
    }

    /**
     * The CSL text that renders this style: its own for an independent style, its parent's for a dependent one.
     * Read straight from the jar, without building the index.
     */
    public Optional<String> styleXml(String id) {
        if (id == null) {
            return Optional.empty();
        }
        String sid = shortId(id);
        if (!SAFE_ID.matcher(sid).matches()) {
            return Optional.empty();
        }
        Optional<String> own = readIfPresent(sid + ".csl");
        if (own.isPresent()) {
            return own;
        }
        return readIfPresent(DEPENDENT_DIR + sid + ".csl")
                .map(xml -> parentOf(xml, sid))
                .filter(parent -> !parent.isEmpty() && SAFE_ID.matcher(parent).matches())
                .flatMap(parent -> readIfPresent(parent + ".csl"));
    }

    private static String parentOf(String dependentXml, String id) {
        try {
            return parseInfo(new java.io.ByteArrayInputStream(dependentXml.getBytes(StandardCharsets.UTF_8)), id,
                    true).parent();
        } catch (XMLStreamException e) {
            return "";
        }
    }

    /**
     * Styles whose id, title or fields contain every word of the query (case-insensitive); exact id and title
     * matches first, then by title. An empty query gives every style.
     */
    public List<StyleInfo> search(String query) {
        String q = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        if (q.isEmpty()) {
            return all();
        }
        String[] words = q.split("\\s+");
        Comparator<StyleInfo> relevance = Comparator
                .comparing((StyleInfo s) -> !(s.id().equals(q) || s.title().toLowerCase(Locale.ROOT).equals(q)))
                .thenComparing(s -> !s.title().toLowerCase(Locale.ROOT).startsWith(q))
                .thenComparing(StyleInfo::dependent)
                .thenComparing(s -> s.title().toLowerCase(Locale.ROOT));
        return index().searchText.entrySet().stream()
                .filter(e -> containsAll(e.getValue(), words))
                .map(Map.Entry::getKey)
                .sorted(relevance)
                .toList();
    }

    private static boolean containsAll(String text, String[] words) {
        for (String w : words) {
            if (!text.contains(w)) {
                return false;
            }
        }
        return true;
    }

    static String shortId(String id) {
        String s = id.strip();
        int slash = s.lastIndexOf('/');
        if (slash >= 0 && s.contains("://")) {
            s = s.substring(slash + 1);
        }
        return s.endsWith(".csl") ? s.substring(0, s.length() - 4) : s;
    }

    private Index index() {
        Index idx = index;
        if (idx == null) {
            synchronized (this) {
                idx = index;
                if (idx == null) {
                    idx = buildIndex();
                    index = idx;
                }
            }
        }
        return idx;
    }

    private Index buildIndex() {
        try (JarFile jar = openJar()) {
            List<ZipEntry> entries = jar.stream()
                    .filter(e -> !e.isDirectory() && e.getName().endsWith(".csl"))
                    .filter(e -> e.getName().indexOf('/') < 0 || e.getName().startsWith(DEPENDENT_DIR))
                    .collect(Collectors.toList());
            List<StyleInfo> styles = entries.parallelStream()
                    .map(e -> readInfo(jar, e))
                    .flatMap(Optional::stream)
                    .sorted(Comparator.comparing(StyleInfo::id))
                    .toList();
            return new Index(styles);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the CSL styles jar", e);
        }
    }

    private Optional<StyleInfo> readInfo(JarFile jar, ZipEntry entry) {
        String name = entry.getName();
        boolean dependent = name.startsWith(DEPENDENT_DIR);
        String id = name.substring(dependent ? DEPENDENT_DIR.length() : 0, name.length() - 4);
        try (InputStream in = jar.getInputStream(entry)) {
            return Optional.of(parseInfo(in, id, dependent));
        } catch (IOException | XMLStreamException e) {
            // a broken file in the jar is left out of the catalogue rather than breaking it
            return Optional.empty();
        }
    }

    /** Reads only the {@code <info>} element; stops at its end tag. */
    private static StyleInfo parseInfo(InputStream in, String id, boolean dependent) throws XMLStreamException {
        XMLStreamReader r = SafeXml.inputFactory().createXMLStreamReader(in);
        try {
            String title = "";
            String parent = "";
            List<String> fields = new ArrayList<>();
            int depth = 0;
            boolean inInfo = false;
            while (r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    depth++;
                    String local = r.getLocalName();
                    if (depth == 2 && "info".equals(local)) {
                        inInfo = true;
                    } else if (inInfo && depth == 3) {
                        switch (local) {
                            case "title" -> title = r.getElementText().strip();
                            case "category" -> {
                                String field = r.getAttributeValue(null, "field");
                                if (field != null) {
                                    fields.add(field);
                                }
                            }
                            case "link" -> {
                                if ("independent-parent".equals(r.getAttributeValue(null, "rel"))) {
                                    parent = shortId(r.getAttributeValue(null, "href"));
                                }
                            }
                            default -> {
                            }
                        }
                        if ("title".equals(local)) {
                            depth--; // getElementText consumed the end tag
                        }
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    if (inInfo && depth == 2) {
                        break;
                    }
                    depth--;
                }
            }
            return new StyleInfo(id, title.isEmpty() ? id : title, fields, dependent, parent);
        } finally {
            r.close();
        }
    }

    private Optional<String> readIfPresent(String entryName) {
        try (JarFile jar = openJar()) {
            ZipEntry e = jar.getEntry(entryName);
            if (e == null) {
                return Optional.empty();
            }
            try (InputStream in = jar.getInputStream(e)) {
                return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read style " + entryName, e);
        }
    }

    private JarFile openJar() throws IOException {
        if (stylesJar != null) {
            return new JarFile(stylesJar.toFile());
        }
        URL url = StyleCatalog.class.getClassLoader().getResource(PROBE_RESOURCE);
        if (url == null) {
            throw new IOException("the CSL styles jar is not on the class path");
        }
        if ("jar".equals(url.getProtocol())) {
            var connection = (JarURLConnection) url.openConnection();
            connection.setUseCaches(false);
            return new JarFile(Path.of(toUri(connection.getJarFileURL())).toFile());
        }
        throw new IOException("cannot list styles from " + url.getProtocol()
                + " URLs; construct the StyleCatalog with the path of the styles jar");
    }

    private static java.net.URI toUri(URL url) throws IOException {
        try {
            return url.toURI();
        } catch (URISyntaxException e) {
            throw new IOException(e);
        }
    }

    private static final class Index {
        final List<StyleInfo> styles;
        final Map<String, StyleInfo> byId;
        final Map<StyleInfo, String> searchText;

        Index(List<StyleInfo> styles) {
            this.styles = List.copyOf(styles);
            this.byId = styles.stream().collect(Collectors.toUnmodifiableMap(StyleInfo::id, Function.identity(),
                    (a, b) -> a.dependent() ? b : a));
            Map<StyleInfo, String> text = new HashMap<>();
            for (StyleInfo s : styles) {
                text.put(s, (s.id() + " " + s.title() + " " + String.join(" ", s.fields())).toLowerCase(Locale.ROOT));
            }
            this.searchText = Map.copyOf(text);
        }
    }
}
