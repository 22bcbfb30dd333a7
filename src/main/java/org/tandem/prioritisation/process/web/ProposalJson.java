package org.tandem.prioritisation.process.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.tandem.platform.Money;
import org.tandem.prioritisation.Feasibility;
import org.tandem.prioritisation.ProposalStatus;
import org.tandem.prioritisation.ProposalView;

/**
 * A proposal in the API. Amounts are strings of pounds and pence. The proposer's email is given only to the
 * officers who decide on proposals and so may need to reach the proposer; everyone else sees the name.
 */
record ProposalJson(UUID id, int number, UUID districtId, String title, String description, String location,
                    String ward, String estimatedCost, String finalCost, String costReason, String cost,
                    ProposalStatus status, Feasibility feasibility, String feasibilityNote, String decisionReason,
                    UUID mergedInto, String proposerName, String proposerEmail, List<UUID> outcomeIds,
                    Instant submittedAt, int version) {

    static ProposalJson of(ProposalView p, List<UUID> outcomeIds, boolean withEmail) {
        return new ProposalJson(p.id(), p.number(), p.districtId(), p.title(), p.description(), p.location(),
                p.ward(), p.estimatedCost().plain(), plain(p.finalCost()), p.costReason(), p.cost().plain(),
                p.status(), p.feasibility(), p.feasibilityNote(), p.decisionReason(), p.mergedInto(),
                p.proposerName(), withEmail ? p.proposerEmail() : null, outcomeIds, p.submittedAt(), p.version());
    }

    private static String plain(Money money) {
        return money == null ? null : money.plain();
    }
}
