package org.tandem.prioritisation.results;

import java.util.List;
import org.tandem.prioritisation.pabulib.PabulibProblem;

/** A ballot file that was not counted, with every problem found, each with its line and field; nothing was kept. */
public class BallotFileRefused extends RuntimeException {

    private final List<PabulibProblem> problems;

    public BallotFileRefused(List<PabulibProblem> problems) {
        super(problems.isEmpty() ? "The file was refused" : problems.getFirst().toString());
        this.problems = List.copyOf(problems);
    }

    public BallotFileRefused(String message) {
        this(List.of(new PabulibProblem(0, null, message)));
    }

    public List<PabulibProblem> problems() {
        return problems;
    }
}
