package org.ariadne.exchange.domain;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The file formats Ariadne writes, by the name used in {@code ?format=}. */
public enum ExportFormat {
    CSL_JSON("csl-json", "application/vnd.citationstyles.csl+json", "json"),
    BIBTEX("bibtex", "application/x-bibtex", "bib"),
    RIS("ris", "application/x-research-info-systems", "ris"),
    MARCXML("marcxml", "application/marcxml+xml", "xml"),
    OAI_DC("oai_dc", "application/xml", "dc.xml");

    private final String name;
    private final String mediaType;
    private final String extension;

    ExportFormat(String name, String mediaType, String extension) {
        this.name = name;
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public static Optional<ExportFormat> named(String name) {
        return Arrays.stream(values()).filter(f -> f.name.equals(name)).findFirst();
    }

    public String formatName() {
        return name;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /** Writes the items, each with Ariadne's id under "id", in the given order. */
    public String write(List<Map<String, Object>> items) {
        return write(items, LocalDate.now(ZoneOffset.UTC));
    }

    /** Writes the items; {@code today} is the date a MARC record is entered on (008/00-05). */
    public String write(List<Map<String, Object>> items, LocalDate today) {
        return switch (this) {
            case CSL_JSON -> CslJsonFile.write(items);
            case BIBTEX -> BibtexWriter.write(items);
            case RIS -> RisFile.write(items);
            case MARCXML -> MarcXmlFile.write(items, today);
            case OAI_DC -> DublinCore.write(items);
        };
    }
}
