package org.tandem.outcomes.contributions.web;

import java.time.Instant;
import java.util.UUID;
import org.tandem.coproduction.ParticipantKind;
import org.tandem.outcomes.contributions.internal.Contribution;
import org.tandem.outcomes.contributions.internal.ContributionKind;
import org.tandem.outcomes.contributions.internal.ContributionRoute;
import org.tandem.outcomes.contributions.internal.ContributionStatus;
import org.tandem.outcomes.contributions.internal.Visibility;
import org.tandem.outcomes.contributions.internal.WorkshopMethod;

/**
 * A contribution in the API. A public contributor's private link and browser are never included; the reason a
 * contribution was hidden is included only for moderators.
 */
record ContributionJson(UUID id, UUID versionId, ContributionKind kind, String words, UUID onOutcomeId,
                        String onOutcomeWords, UUID onContributionId, ContributionRoute route, String from,
                        ParticipantKind speakingAs, UUID workshopId, WorkshopMethod workshopMethod,
                        Visibility visibility, String moderationReason, ContributionStatus status,
                        String decisionReason, Instant decidedAt, String decidedBy, UUID outcomeId,
                        String outcomeWords, Boolean newOutcome, int endorsements, Instant createdAt, int version) {

    static ContributionJson of(Contribution c, boolean moderator) {
        Contribution.About on = c.on();
        Contribution.Decision d = c.decision();
        return new ContributionJson(c.id(), c.versionId(), c.kind(), c.words(), on == null ? null : on.outcomeId(),
                on == null ? null : on.outcomeWords(), on == null ? null : on.contributionId(), c.route(), c.from(),
                c.speakingAs(), c.workshop() == null ? null : c.workshop().id(),
                c.workshop() == null ? null : c.workshop().method(), c.visibility(),
                moderator ? c.moderation().reason() : null, d.status(), d.reason(), d.at(), d.byName(),
                d.outcomeId(), d.outcomeWords(), d.newOutcome(), c.endorsements(), c.createdAt(), c.version());
    }
}
