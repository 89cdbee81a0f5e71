package org.ariadne.exchange.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The file formats Ariadne reads, by the media type a client declares. */
public enum ImportFormat {
    CSL_JSON("application/vnd.citationstyles.csl+json"),
    BIBTEX("application/x-bibtex"),
    RIS("application/x-research-info-systems"),
    MARCXML("application/marcxml+xml");

    private final String mediaType;

    ImportFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The format of a media type, parameters (charset) ignored; empty for a type Ariadne does not read. */
    public static Optional<ImportFormat> ofMediaType(String contentType) {
        if (contentType == null) {
            return Optional.empty();
        }
        String bare = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.mediaType.equals(bare)).findFirst();
    }

    /** Reads a whole file into its entries, in file order. */
    public List<ImportedEntry> read(String text) {
        return switch (this) {
            case CSL_JSON -> CslJsonFile.read(text);
            case BIBTEX -> BibtexFile.read(text);
            case RIS -> RisFile.read(text);
            case MARCXML -> MarcXmlFile.read(text);
        };
    }
}
