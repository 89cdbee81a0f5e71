package org.ariadne.bibliography.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Works out the CSL 1.0.2 position of every cite in a sequence of citations, each citation being one note.
 * <ul>
 *   <li>first: the item was not cited before;</li>
 *   <li>ibid: the cite just before it (in the same citation, or, for the first cite of a citation, the whole
 *       previous citation when that consisted of this single item) cites the same item with the same locator,
 *       or both have none;</li>
 *   <li>ibid-with-locator: as ibid, but this cite has a locator and the one before had none or another one;</li>
 *   <li>subsequent: any other later cite (also a cite without locator after one with a locator);</li>
 *   <li>near-note: an earlier cite of the item is at most {@code nearNoteDistance} notes back (same note included).</li>
 * </ul>
 */
public final class CitePositions {

    /** CSL's default for {@code near-note-distance}. */
    public static final int DEFAULT_NEAR_NOTE_DISTANCE = 5;

    private CitePositions() {
    }

    public static List<List<PositionedCite>> assign(List<List<CiteRef>> citations, int nearNoteDistance) {
        Map<String, Integer> lastNoteOfItem = new HashMap<>();
        List<List<PositionedCite>> result = new ArrayList<>(citations.size());
        List<CiteRef> previousCitation = List.of();
        for (int i = 0; i < citations.size(); i++) {
            int noteNumber = i + 1;
            List<CiteRef> citation = citations.get(i);
            List<PositionedCite> positioned = new ArrayList<>(citation.size());
            for (int j = 0; j < citation.size(); j++) {
                CiteRef cite = citation.get(j);
                CiteRef before = j > 0 ? citation.get(j - 1)
                        : previousCitation.size() == 1 ? previousCitation.get(0) : null;
                Integer lastNote = lastNoteOfItem.get(cite.itemId());
                CitePosition position = lastNote == null ? CitePosition.FIRST : laterPosition(cite, before);
                boolean near = lastNote != null && noteNumber - lastNote <= nearNoteDistance;
                positioned.add(new PositionedCite(cite, position, near));
                lastNoteOfItem.put(cite.itemId(), noteNumber);
            }
            result.add(List.copyOf(positioned));
            previousCitation = citation;
        }
        return List.copyOf(result);
    }

    private static CitePosition laterPosition(CiteRef cite, CiteRef before) {
        if (before == null || !before.itemId().equals(cite.itemId())) {
            return CitePosition.SUBSEQUENT;
        }
        if (!cite.hasLocator()) {
            // "Ibid." without a locator would silently repeat the earlier pinpoint
            return before.hasLocator() ? CitePosition.SUBSEQUENT : CitePosition.IBID;
        }
        boolean sameLocator = before.hasLocator()
                && before.locator().equals(cite.locator())
                && before.effectiveLabel().equals(cite.effectiveLabel());
        return sameLocator ? CitePosition.IBID : CitePosition.IBID_WITH_LOCATOR;
    }
}
