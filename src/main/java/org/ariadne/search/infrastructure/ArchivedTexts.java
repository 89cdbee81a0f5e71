package org.ariadne.search.infrastructure;

import org.ariadne.catalog.domain.ArchivedText;
import org.ariadne.catalog.infrastructure.FileTextStore;
import org.ariadne.shared.infrastructure.DataDirectory;
import org.jsoup.Jsoup;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The archived texts as the index reads them: the stored bytes decoded in their charset, HTML reduced to its text.
 * The passage page reads them the same way, so that a snippet found in the index is found again in the text.
 */
public final class ArchivedTexts {

    private static volatile FileTextStore store;

    private ArchivedTexts() {
    }

    /** The searchable text of an archived text, if its bytes are in the store. */
    public static Optional<String> plainText(ArchivedText archived) {
        if (archived == null) {
            return Optional.empty();
        }
        return store().read(archived.sha256()).map(bytes -> {
            String decoded = new String(bytes, charset(archived.charset()));
            return "text/html".equalsIgnoreCase(archived.mediaType())
                    ? Jsoup.parse(decoded).body().wholeText()
                    : decoded;
        });
    }

    private static FileTextStore store() {
        FileTextStore current = store;
        if (current == null) {
            // built here rather than injected: Hibernate Search creates the bridges outside CDI's reach
            current = new FileTextStore(new DataDirectory());
            store = current;
        }
        return current;
    }

    private static Charset charset(String name) {
        try {
            return name == null ? StandardCharsets.UTF_8 : Charset.forName(name);
        } catch (IllegalArgumentException e) {
            return StandardCharsets.UTF_8;
        }
    }
}
