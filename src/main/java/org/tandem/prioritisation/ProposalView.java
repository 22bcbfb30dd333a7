package org.tandem.prioritisation;

import java.time.Instant;
import java.util.UUID;
import org.tandem.platform.Money;

/**
 * A proposal put forward in a process. The proposer's email is never shown publicly; {@code finalCost} and the
 * reasons are public once set. {@code mergedInto} names the proposal a duplicate joined.
 */
public record ProposalView(UUID id, UUID processId, int number, UUID districtId, String title, String description,
                           String location, String ward, Money estimatedCost, UUID proposerId, String proposerName,
                           String proposerEmail, ProposalStatus status, Feasibility feasibility,
                           String feasibilityNote, Money finalCost, String costReason, String decisionReason,
                           UUID mergedInto, Instant submittedAt, int version) {

    /** The cost the vote uses: the final cost once officers set it, the proposer's estimate until then. */
    public Money cost() {
        return finalCost == null ? estimatedCost : finalCost;
    }
}
