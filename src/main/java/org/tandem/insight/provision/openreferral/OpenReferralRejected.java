package org.tandem.insight.provision.openreferral;

import java.util.List;

/** The import was refused, so nothing it contained was kept. Carries every problem found, up to a limit. */
public class OpenReferralRejected extends RuntimeException {

    public static final int MAX_PROBLEMS = 100;

    private final List<OpenReferralProblem> problems;
    private final boolean moreNotShown;

    public OpenReferralRejected(List<OpenReferralProblem> problems) {
        super(problems.isEmpty() ? "The file was refused" : problems.getFirst().describe());
        this.problems = List.copyOf(problems.subList(0, Math.min(problems.size(), MAX_PROBLEMS)));
        this.moreNotShown = problems.size() >= MAX_PROBLEMS;
    }

    public List<OpenReferralProblem> problems() {
        return problems;
    }

    public boolean moreNotShown() {
        return moreNotShown;
    }
}
