package org.ariadne.bibliography.infrastructure;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import org.ariadne.bibliography.domain.CustomStyle;
import org.ariadne.bibliography.domain.StyleUploaded;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * The one {@link CitationRenderer} of the application, with its catalogue of bundled styles and its validator,
 * built on first use and shared by every request. The renderer is thread-safe and locks only the one engine a
 * rendering uses, so users never wait for each other's bibliographies; the only lock here guards building it.
 */
@ApplicationScoped
public class CitationStyles {

    private static final Logger LOG = Logger.getLogger(CitationStyles.class.getName());

    private volatile Parts parts;
    private volatile boolean customStylesLoaded;

    private record Parts(Path stylesJar, StyleCatalog catalog, CitationRenderer renderer, StyleValidator validator) {
    }

    /** A redeployment makes a new copy of the styles jar where the server needs one: the old one goes now. */
    @PreDestroy
    void deleteTemporaryCopy() {
        Parts p = parts;
        if (p != null) {
            p.renderer().close();
        }
        if (p != null && StylesJar.isTemporaryCopy(p.stylesJar())) {
            try {
                Files.deleteIfExists(p.stylesJar());
            } catch (IOException e) {
                LOG.warning(() -> "Could not delete the temporary copy of the CSL styles jar " + p.stylesJar());
            }
        }
    }

    public StyleCatalog catalog() {
        return parts().catalog();
    }

    public StyleValidator validator() {
        return parts().validator();
    }

    /**
     * The renderer, with every uploaded style registered: the first call reads them from {@code uploaded}, later
     * ones find them registered (each new upload is registered once its transaction commits).
     */
    public CitationRenderer renderer(Supplier<List<CustomStyle>> uploaded) {
        Parts p = parts();
        if (!customStylesLoaded) {
            synchronized (this) {
                if (!customStylesLoaded) {
                    List<CustomStyle> styles = uploaded.get();
                    styles.forEach(s -> p.renderer().registerCustomStyle(s.id(), s.xml()));
                    customStylesLoaded = true;
                    LOG.info(() -> "Registered " + styles.size() + " uploaded CSL styles");
                }
            }
        }
        return p.renderer();
    }

    /** Builds the engines of a bundled style and warms the JIT up with a bibliography of made-up items. */
    void warmUpRenderer(String styleId, String locale, int items, int round) {
        parts().renderer().warmUp(styleId, locale, items, round);
    }

    public void register(CustomStyle style) {
        parts().renderer().registerCustomStyle(style.id(), style.xml());
    }

    /** A new upload is usable once its transaction committed (never a style the database does not have). */
    void uploaded(@Observes(during = TransactionPhase.AFTER_SUCCESS) StyleUploaded style) {
        parts().renderer().registerCustomStyle(style.id(), style.xml());
    }

    /** Whether the locales jar has this locale ("en-US"), so that an engine can be made for it. */
    public boolean hasLocale(String locale) {
        return CitationStyles.class.getClassLoader().getResource("locales-" + locale + ".xml") != null;
    }

    private Parts parts() {
        Parts p = parts;
        if (p == null) {
            synchronized (this) {
                p = parts;
                if (p == null) {
                    Path jar = StylesJar.locate(StyleCatalog.class.getClassLoader());
                    StyleCatalog catalog = new StyleCatalog(jar);
                    CitationRenderer renderer = new CitationRenderer(catalog);
                    p = new Parts(jar, catalog, renderer, new StyleValidator(renderer));
                    parts = p;
                }
            }
        }
        return p;
    }
}
