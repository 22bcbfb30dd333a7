package org.tandem.outcomes.contributions.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.tandem.outcomes.FrameworkVersionView;
import org.tandem.outcomes.OutcomeView;
import org.tandem.outcomes.VersionPageLinks;
import org.tandem.outcomes.contributions.internal.Contribution;
import org.tandem.outcomes.contributions.internal.ContributionCalls;
import org.tandem.outcomes.contributions.internal.ContributionCall;
import org.tandem.outcomes.contributions.internal.Trails;
import org.tandem.outcomes.internal.FrameworkService;

/**
 * On a commission framework's version page: a link to its contributions, and beside each outcome a link to the
 * contributions that shaped it, with comments and endorsements, once there is a call or a trail to show.
 */
@Component
class ContributionLinks implements VersionPageLinks {

    private final ContributionCalls calls;
    private final Trails trails;
    private final FrameworkService frameworks;

    ContributionLinks(ContributionCalls calls, Trails trails, FrameworkService frameworks) {
        this.calls = calls;
        this.trails = trails;
        this.frameworks = frameworks;
    }

    @Override
    public List<Link> forVersion(UUID organisationId, FrameworkVersionView version) {
        if (frameworks.framework(organisationId, version.frameworkId()).isTemplate()) {
            return List.of();
        }
        String state = calls.call(organisationId, version.id()).map(ContributionLinks::state)
                .orElse("not opened yet");
        return List.of(new Link("Contributions from people to this version (" + state + ")",
                ContributionPaths.contributions(organisationId, version.frameworkId(), version.number())));
    }

    @Override
    public Map<UUID, List<Link>> forOutcomes(UUID organisationId, FrameworkVersionView version,
                                             List<OutcomeView> outcomes) {
        boolean called = calls.call(organisationId, version.id()).isPresent();
        Map<UUID, List<Contribution>> trail = trails.ofOutcomes(organisationId, outcomes);
        Map<UUID, List<Link>> links = new HashMap<>();
        for (int i = 0; i < outcomes.size(); i++) {
            OutcomeView outcome = outcomes.get(i);
            int shaped = trail.getOrDefault(outcome.id(), List.of()).size();
            if (shaped > 0 || called) {
                links.put(outcome.id(), List.of(new Link((shaped == 0 ? "No contributions merged into outcome "
                        + (i + 1) + " yet" : shaped + (shaped == 1 ? " contribution" : " contributions")
                        + " shaped outcome " + (i + 1)) + ": trail, comments and endorsements",
                        ContributionPaths.outcome(organisationId, version.frameworkId(), version.number(),
                                outcome.id()))));
            }
        }
        return links;
    }

    private static String state(ContributionCall call) {
        return !call.isOpen() ? "closed" : call.isPublic() ? "open to anyone with the link" : "open";
    }
}
