package org.tandem.prioritisation.pabulib;

import java.util.List;

/** A {@code .pb} file that could not be read, with every problem found (line and field of each). */
public class PabulibException extends IllegalArgumentException {

    private final List<PabulibProblem> problems;

    public PabulibException(List<PabulibProblem> problems) {
        super(summary(problems));
        this.problems = List.copyOf(problems);
    }

    public List<PabulibProblem> problems() {
        return problems;
    }

    private static String summary(List<PabulibProblem> problems) {
        return problems.size() == 1 ? "The file has a problem: " + problems.getFirst()
                : "The file has " + problems.size() + " problems; the first is " + problems.getFirst();
    }
}
