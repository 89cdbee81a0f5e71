package org.ariadne.shared.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * A revision as people read it: the aggregate's fields after it (empty once deleted) and, field by field, what it
 * changed from the revision before.
 */
public record RevisionView(Revision revision, Map<String, String> fields, List<FieldChange> changes) {

    /**
     * The fields that differ between two versions, in the order the newer one lists them, then the ones it dropped.
     * A field that is absent and one that is blank are the same: no value.
     */
    public static List<FieldChange> diff(Map<String, String> before, Map<String, String> after) {
        Set<String> names = new LinkedHashSet<>(after.keySet());
        names.addAll(before.keySet());
        List<FieldChange> changes = new ArrayList<>();
        for (String name : names) {
            String old = valueOf(before.get(name));
            String now = valueOf(after.get(name));
            if (!Objects.equals(old, now)) {
                changes.add(new FieldChange(name, old, now));
            }
        }
        return List.copyOf(changes);
    }

    /** Every revision of one history with its diff from the one before it, oldest first. */
    public static <T> List<RevisionView> all(List<History.Snapshot<T>> snapshots,
                                             Function<T, Map<String, String>> fields) {
        List<RevisionView> views = new ArrayList<>(snapshots.size());
        Map<String, String> previous = Map.of();
        for (History.Snapshot<T> snapshot : snapshots) {
            Map<String, String> current = snapshot.state() == null
                    ? Map.of() : new LinkedHashMap<>(fields.apply(snapshot.state()));
            views.add(new RevisionView(snapshot.revision(), current, diff(previous, current)));
            previous = current;
        }
        return List.copyOf(views);
    }

    /** The revision numbered {@code number} of a history, with its diff. */
    public static <T> Optional<RevisionView> one(List<History.Snapshot<T>> snapshots, long number,
                                                 Function<T, Map<String, String>> fields) {
        return all(snapshots, fields).stream().filter(view -> view.revision().number() == number).findFirst();
    }

    private static String valueOf(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
