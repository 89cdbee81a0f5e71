package org.ariadne.shared.domain;

import java.util.List;

/** The input breaks one or more rules; each problem names the field or line it is about. */
public class InvalidInputException extends DomainException {

    private final transient List<InputProblem> problems;

    public InvalidInputException(String summary, List<InputProblem> problems) {
        super(summary);
        this.problems = List.copyOf(problems);
    }

    public static InvalidInputException ofField(String field, String message) {
        return new InvalidInputException(message, List.of(InputProblem.ofField(field, message)));
    }

    public List<InputProblem> problems() {
        return problems;
    }
}
