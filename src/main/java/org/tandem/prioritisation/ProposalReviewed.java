package org.tandem.prioritisation;

import java.util.UUID;

/** Officers decided on a proposal: accepted for the vote, rejected, or merged into another. */
public record ProposalReviewed(UUID organisationId, UUID processId, UUID proposalId, ProposalStatus status) {
}
