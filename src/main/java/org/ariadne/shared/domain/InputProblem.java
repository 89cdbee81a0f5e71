package org.ariadne.shared.domain;

/** One problem with an input: where it is (a field, a line, or both) and what to do about it. */
public record InputProblem(String field, Integer line, String message) {

    public static InputProblem ofField(String field, String message) {
        return new InputProblem(field, null, message);
    }

    public static InputProblem ofLine(int line, String message) {
        return new InputProblem(null, line, message);
    }
}
