package org.ariadne.claims.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.ariadne.catalog.domain.FixityCheck;
import org.ariadne.catalog.domain.FixityRepository;
import org.ariadne.catalog.domain.Source;
import org.ariadne.catalog.domain.SourceRepository;
import org.ariadne.catalog.domain.TextStore;
import org.ariadne.claims.domain.ArchivedText;
import org.ariadne.claims.domain.FootnoteCitationView;
import org.ariadne.claims.domain.FootnoteView;
import org.ariadne.claims.domain.SourceView;
import org.ariadne.claims.domain.TraceSources;
import org.ariadne.footnotes.domain.FootnoteRepository;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The trace's view of the catalogue: sources from the repository, their archived texts from the text store
 * (decoded in the charset they were archived in, so that offsets are those the footnote markers use), and their
 * footnotes. Runs inside the caller's transaction.
 */
@ApplicationScoped
public class CatalogueTraceSources implements TraceSources {

    @Inject
    SourceRepository sources;

    @Inject
    TextStore texts;

    @Inject
    FootnoteRepository footnotes;

    @Inject
    FixityRepository fixity;

    @Override
    public Optional<SourceView> source(String sourceId) {
        return id(sourceId).flatMap(sources::find)
                .map(source -> new SourceView(sourceId, source.title(), archivedText(source),
                        fixity.failuresAmong(List.of(source.id())).stream().findFirst()
                                .map(FixityCheck::failure).orElse(null)));
    }

    @Override
    public List<FootnoteView> footnotes(String sourceId) {
        Optional<Long> id = id(sourceId);
        if (id.isEmpty()) {
            return List.of();
        }
        List<FootnoteView> views = new ArrayList<>();
        for (FootnoteRepository.NoteOutline note : footnotes.outlinesOf(id.get())) {
            List<FootnoteCitationView> cites = new ArrayList<>(note.citations().size());
            for (FootnoteRepository.CitedPlace c : note.citations()) {
                cites.add(new FootnoteCitationView(String.valueOf(c.citedSourceId()), c.locator(), c.label(), c.quote()));
            }
            views.add(new FootnoteView(note.number(), note.text(), note.markerStart(), note.markerEnd(), cites));
        }
        return views;
    }

    /**
     * The decoded archived text of a source, if it has one whose bytes are in the store. Archived texts never
     * change under their digest, so decoded ones are kept in a bounded cache: a trace reads the same few texts for
     * claim after claim.
     */
    public Optional<ArchivedText> archivedText(Source source) {
        return source.text().flatMap(fixity -> {
            String key = fixity.sha256() + ";" + fixity.charset();
            String cached = decoded.get(key);
            if (cached == null) {
                Optional<byte[]> bytes = texts.read(fixity.sha256());
                if (bytes.isEmpty()) {
                    return Optional.empty();
                }
                cached = new String(bytes.get(), charset(fixity.charset()));
                decoded.put(key, cached);
            }
            return Optional.of(new ArchivedText(cached, fixity.sha256()));
        });
    }

    private final DecodedTexts decoded = new DecodedTexts(32L * 1024 * 1024);

    /** Least recently used decoded texts, bounded by their total length in characters. */
    static final class DecodedTexts {

        private final long maxChars;
        private final java.util.LinkedHashMap<String, String> texts = new java.util.LinkedHashMap<>(256, 0.75f, true);
        private long chars;

        DecodedTexts(long maxChars) {
            this.maxChars = maxChars;
        }

        synchronized String get(String key) {
            return texts.get(key);
        }

        synchronized void put(String key, String text) {
            if (text.length() > maxChars / 4) {
                return;
            }
            String previous = texts.put(key, text);
            chars += text.length() - (previous == null ? 0 : previous.length());
            var eldest = texts.entrySet().iterator();
            while (chars > maxChars && eldest.hasNext()) {
                chars -= eldest.next().getValue().length();
                eldest.remove();
            }
        }
    }

    private static Charset charset(String name) {
        try {
            return name == null ? StandardCharsets.UTF_8 : Charset.forName(name);
        } catch (IllegalArgumentException e) {
            return StandardCharsets.UTF_8;
        }
    }

    private static Optional<Long> id(String sourceId) {
        try {
            return Optional.of(Long.parseLong(sourceId));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
