package org.ariadne.claims.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.ariadne.catalog.domain.Source;
import org.ariadne.catalog.domain.SourceRepository;
import org.ariadne.catalog.domain.TextStore;
import org.ariadne.claims.domain.ArchivedText;
import org.ariadne.claims.domain.FootnoteCitationView;
import org.ariadne.claims.domain.FootnoteView;
import org.ariadne.claims.domain.SourceView;
import org.ariadne.claims.domain.TraceSources;
import org.ariadne.footnotes.domain.Citation;
import org.ariadne.footnotes.domain.Footnote;
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

    @Override
    public Optional<SourceView> source(String sourceId) {
        return id(sourceId).flatMap(sources::find)
                .map(source -> new SourceView(sourceId, source.title(), archivedText(source)));
    }

    @Override
    public List<FootnoteView> footnotes(String sourceId) {
        Optional<Long> id = id(sourceId);
        if (id.isEmpty()) {
            return List.of();
        }
        List<FootnoteView> views = new ArrayList<>();
        for (Footnote note : footnotes.findBySource(id.get())) {
            List<FootnoteCitationView> cites = new ArrayList<>(note.citations().size());
            for (Citation c : note.citations()) {
                cites.add(new FootnoteCitationView(String.valueOf(c.citedSourceId()), c.locator(), c.label(), c.quote()));
            }
            views.add(new FootnoteView(note.number(), note.text(), note.markerStart(), note.markerEnd(), cites));
        }
        return views;
    }

    /** The decoded archived text of a source, if it has one whose bytes are in the store. */
    public Optional<ArchivedText> archivedText(Source source) {
        return source.text().flatMap(fixity -> texts.read(fixity.sha256())
                .map(bytes -> new ArchivedText(new String(bytes, charset(fixity.charset())), fixity.sha256())));
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
