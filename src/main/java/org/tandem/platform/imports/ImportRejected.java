package org.tandem.platform.imports;

import java.util.List;

/** The file was refused, so nothing it contained was kept. Carries every problem found (up to a limit). */
public class ImportRejected extends RuntimeException {

    private final List<ImportProblem> problems;
    private final boolean moreNotShown;

    public ImportRejected(List<ImportProblem> problems, boolean moreNotShown) {
        super(problems.isEmpty() ? "The file was refused" : problems.getFirst().describe());
        this.problems = List.copyOf(problems);
        this.moreNotShown = moreNotShown;
    }

    public List<ImportProblem> problems() {
        return problems;
    }

    /** True when reading stopped after the limit of problems: there may be more. */
    public boolean moreNotShown() {
        return moreNotShown;
    }
}
