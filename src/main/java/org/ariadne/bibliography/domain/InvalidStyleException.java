package org.ariadne.bibliography.domain;

import java.util.List;

/** An uploaded CSL style that Ariadne cannot use, with every problem found, in plain language. */
public class InvalidStyleException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient List<String> problems;

    public InvalidStyleException(List<String> problems) {
        super("The style is not valid CSL: " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
