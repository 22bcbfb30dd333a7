package org.tandem.outcomes;

import java.util.List;
import java.util.UUID;

/**
 * An outcome of one version of a framework, with its indicators in order. {@code lineageId} is shared with its
 * copies in other versions of the framework; {@code version} is for optimistic locking.
 */
public record OutcomeView(UUID id, UUID organisationId, UUID frameworkId, UUID versionId, UUID lineageId,
                          int position, OutcomeDraft details, List<IndicatorView> indicators, int version) {

    public OutcomeView {
        indicators = List.copyOf(indicators);
    }

    public String ownWords() {
        return details.ownWords();
    }

    /** Whether every indicator counts outputs: seed 004's warning about outputs standing in for outcomes. */
    public boolean onlyOutputs() {
        return !indicators.isEmpty() && indicators.stream().allMatch(i -> i.details().kind() == IndicatorKind.OUTPUT);
    }
}
