package org.ariadne.claims.web;

import org.ariadne.claims.domain.ClaimRef;
import org.ariadne.claims.domain.SourceRef;
import org.ariadne.claims.domain.Stance;
import org.ariadne.claims.domain.Trace;
import org.ariadne.claims.domain.TraceCitation;
import org.ariadne.claims.domain.TraceCite;
import org.ariadne.claims.domain.TraceFootnote;
import org.junit.jupiter.api.Test;
import org.primefaces.model.TreeNode;

import java.util.List;
import java.util.ListResourceBundle;
import java.util.ResourceBundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class ViewClaimBackingTest {

    private static final ResourceBundle BUNDLE = new ListResourceBundle() {
        @Override
        protected Object[][] getContents() {
            return new Object[][] {{"claim.quoteFound", "found"}, {"claim.quoteNotFound", "not found"},
                    {"claim.trace.note", "Note {0}"}};
        }
    };

    /** Claim → essay (paragraph 2, quoted) → note 1 → a report cited at page 10, and a news story with no locator. */
    private static Trace trace() {
        TraceCite report = new TraceCite(new SourceRef("7", "Persecuting the Starving"), "10", null, null, List.of());
        TraceCite story = new TraceCite(new SourceRef("1", null), null, null, null, List.of());
        TraceFootnote note = new TraceFootnote(1, "See the report.", List.of(report, story));
        TraceCitation essay = new TraceCitation(new SourceRef("10", "Why China keeps returning defectors"), "2",
                "returns them", true, Stance.SUPPORTS, List.of(note));
        TraceCitation bare = new TraceCitation(new SourceRef("11", "A softer line"), null, null, false,
                Stance.DISPUTES, List.of());
        return new Trace(new ClaimRef("2", "China returns every defector."), List.of(essay, bare),
                List.of("7", "1", "11"), List.of());
    }

    @Test
    void detailsSayStanceLocatorAndQuoteAndNothingWhenThereIsNothing() {
        TreeNode<TraceNode> root = ViewClaimBacking.tree(trace(), BUNDLE);
        TreeNode<TraceNode> essay = root.getChildren().get(0);
        assertEquals("supports, 2: \u201creturns them\u201d (found)", essay.getData().detail());
        TreeNode<TraceNode> note = essay.getChildren().get(0);
        assertEquals("Note 1", note.getData().label());
        assertEquals("10", note.getChildren().get(0).getData().detail());
        assertNull(note.getChildren().get(1).getData().detail(), "a cite with no locator or quote has no detail");
        assertEquals("#1", note.getChildren().get(1).getData().label());
        assertEquals("disputes", root.getChildren().get(1).getData().detail());
    }

    @Test
    void primarySourcesCarryTheTitlesTheTraceGivesThem() {
        assertEquals(List.of(new ViewClaimBacking.PrimarySource("7", "Persecuting the Starving"),
                        new ViewClaimBacking.PrimarySource("1", "#1"),
                        new ViewClaimBacking.PrimarySource("11", "A softer line")),
                ViewClaimBacking.primarySources(trace()));
    }
}
