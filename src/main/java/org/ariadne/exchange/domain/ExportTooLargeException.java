package org.ariadne.exchange.domain;

import org.ariadne.shared.domain.InputProblem;
import org.ariadne.shared.domain.InvalidInputException;

import java.util.List;
import java.util.Locale;

/** More sources match an export of "everything matching" than one export writes. */
public class ExportTooLargeException extends InvalidInputException {

    private final long matching;
    private final int limit;

    public ExportTooLargeException(String field, long matching, int limit) {
        super(message(matching, limit), List.of(InputProblem.ofField(field, message(matching, limit))));
        this.matching = matching;
        this.limit = limit;
    }

    private static String message(long matching, int limit) {
        return String.format(Locale.ROOT, "%,d sources match; one export takes at most %,d. Narrow the filter, or"
                + " export a collection.", matching, limit);
    }

    public long matching() {
        return matching;
    }

    public int limit() {
        return limit;
    }
}
