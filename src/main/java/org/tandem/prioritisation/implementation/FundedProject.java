package org.tandem.prioritisation.implementation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.tandem.platform.Money;

/**
 * A proposal a published count funds, followed until it is delivered: the amount the count gave it, what has been
 * spent so far, its stage and percentage complete, when it should be finished, and who is doing it.
 */
public record FundedProject(UUID id, UUID organisationId, UUID processId, UUID proposalId, int number, String title,
                            UUID districtId, Money allocated, Money spent, ProjectStage stage, String stageReason,
                            ProjectStage stageBeforeDrop, int percentComplete, LocalDate expectedCompletion,
                            String leadOfficer, String deliveredBy, Instant createdAt, Instant updatedAt,
                            int version) {

    /** What is left of the allocation; negative when more has been spent than the count gave. */
    public Money remaining() {
        return new Money(allocated.amount().subtract(spent.amount()));
    }

    public boolean overspent() {
        return spent.compareTo(allocated) > 0;
    }

    /** "40% complete", so progress never depends on seeing a bar. */
    public String progressText() {
        return percentComplete + "% complete";
    }
}
