package org.tandem.prioritisation;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.tandem.platform.Money;

/**
 * The count of a participatory-budgeting process was published: the proposals it funds, each with the amount the
 * count gave it. Implementation tracking starts from here, so every funded project is followed until delivered.
 */
public record ResultsPublished(UUID organisationId, UUID processId, String processTitle,
                               List<FundedProposal> funded, Instant publishedAt) {

    public ResultsPublished {
        funded = List.copyOf(funded);
    }

    /** A proposal the published count funds, by its number in the process, with the amount allocated to it. */
    public record FundedProposal(UUID proposalId, int number, String title, Money amount) {
    }
}
