package org.ariadne.search.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.ariadne.catalog.application.SourceRecord;
import org.ariadne.catalog.application.SourceService;
import org.ariadne.search.application.SearchService;

/**
 * A passage found by a search, shown in its archived text: the text before it, the passage marked, the text after.
 * The passage is looked up with its spaces loosened, as snippets fold runs of white space into one.
 */
@Named
@RequestScoped
public class PassageBacking {

    @Inject
    SourceService sources;

    @Inject
    SearchService search;

    private String source;
    private String passage;
    private SourceRecord record;
    private String before = "";
    private String found = "";
    private String after = "";

    public void load() {
        long id;
        try {
            id = Long.parseLong(source);
        } catch (NumberFormatException e) {
            return;
        }
        record = sources.get(id);
        String text = search.archivedText(id).orElse("");
        int[] at = PassageFinder.find(text, passage);
        if (at == null) {
            before = text;
            return;
        }
        before = text.substring(0, at[0]);
        found = text.substring(at[0], at[1]);
        after = text.substring(at[1]);
    }

    public String getSource() { return source; }
    public void setSource(String source) { this.source = source; }
    public String getPassage() { return passage; }
    public void setPassage(String passage) { this.passage = passage; }
    public SourceRecord getRecord() { return record; }
    public String getBefore() { return before; }
    public String getFound() { return found; }
    public String getAfter() { return after; }
}
