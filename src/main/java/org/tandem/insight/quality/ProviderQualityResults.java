package org.tandem.insight.quality;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.platform.AuditEntry;
import org.tandem.platform.AuditLog.Actor;
import org.tandem.platform.AuditLog;
import org.tandem.platform.CurrentUser;
import org.tandem.platform.NotFoundException;
import org.tandem.platform.OrganisationSummary;
import org.tandem.platform.Organisations;
import org.tandem.platform.PageRequest;
import org.tandem.platform.ResultPage;
import org.tandem.platform.RuleViolation;

/**
 * What a provider sees of quality assessment: the results of its own services, once the commissioning organisation
 * has shared the round's results, and a place to respond in writing. A provider never sees another provider's
 * services, anything of a round before its results are shared, or who the assessors were.
 */
@Service
public class ProviderQualityResults {

    private final DecisionRepository decisions;
    private final AreaRepository areas;
    private final RoundRepository rounds;
    private final VisitRepository visits;
    private final ResponseRepository responses;
    private final Organisations organisations;
    private final AuditLog audit;
    private final Clock clock;

    ProviderQualityResults(DecisionRepository decisions, AreaRepository areas, RoundRepository rounds,
                           VisitRepository visits, ResponseRepository responses, Organisations organisations,
                           AuditLog audit, Clock clock) {
        this.decisions = decisions;
        this.areas = areas;
        this.rounds = rounds;
        this.visits = visits;
        this.responses = responses;
        this.organisations = organisations;
        this.audit = audit;
        this.clock = clock;
    }

    public ResultPage<SharedResult> list(CurrentUser.Membership provider, PageRequest page) {
        return decisions.sharedWith(provider.organisationId(), page);
    }

    /** The organisations that shared these results, by id, for the list. */
    public List<OrganisationSummary> commissioners(List<SharedResult> results) {
        return organisations.findAll(results.stream().map(SharedResult::organisationId).distinct().toList());
    }

    public ProviderResult result(CurrentUser.Membership provider, UUID decisionId) {
        SharedResult shared = decisions.sharedWith(provider.organisationId(), decisionId)
                .orElseThrow(() -> new NotFoundException("Result"));
        QualityRound round = rounds.find(shared.organisationId(), shared.roundId())
                .orElseThrow(() -> new NotFoundException("Result"));
        List<QualityArea> roundAreas = areas.areasOf(shared.organisationId(), shared.roundId());
        List<SubmittedRating> own = visits.submittedRatings(shared.organisationId(), shared.roundId()).stream()
                .filter(r -> r.serviceId().equals(shared.decision().serviceId())).toList();
        String commissioner = organisations.find(shared.organisationId()).map(OrganisationSummary::name)
                .orElse("The commissioner");
        return new ProviderResult(shared, commissioner, roundAreas,
                ServiceResult.recommend(round.rule(), roundAreas, own), own,
                responses.fromProvider(provider.organisationId(), decisionId));
    }

    /** The provider's written response, shown to the commissioner beside the decision; audited for both. */
    @Transactional
    public ProviderResponse respond(CurrentUser user, CurrentUser.Membership provider, UUID decisionId, String body) {
        ProviderResult result = result(provider, decisionId);
        if (!result.acceptsResponses()) {
            throw new RuleViolation("body", "The round is closed, so it no longer takes responses");
        }
        String text = body == null || body.isBlank() ? null : body.strip();
        if (text == null) {
            throw new RuleViolation("body", "Enter your response");
        }
        if (text.length() > ProviderResponse.BODY_MAX) {
            throw new RuleViolation("body", "Response must be " + ProviderResponse.BODY_MAX + " characters or fewer");
        }
        ProviderResponse response = responses.add(result.shared().organisationId(), decisionId,
                provider.organisationId(), text, user.personId(), user.displayName(), clock.instant());
        String summary = provider.organisationName() + " responded to the result for "
                + result.shared().serviceName() + " in " + result.shared().roundTitle();
        var actor = new Actor(user.personId(), user.displayName());
        for (UUID organisation : List.of(result.shared().organisationId(), provider.organisationId())) {
            audit.recordAs(actor, AuditEntry.of(organisation, "quality-response.sent", "quality-decision",
                    decisionId, summary).after(Map.of("response", text)));
        }
        return response;
    }
}
