package org.tandem.outcomes.contributions.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.tandem.coproduction.ParticipantKind;
import org.tandem.outcomes.OutcomeContributors;
import org.tandem.outcomes.OutcomeView;
import org.tandem.outcomes.OutcomesFrameworks;

/**
 * The trail of contributions that shaped each outcome: every contribution merged into it or into its earlier
 * copies (they share a lineage), oldest decision first. It also tells the framework's guidance who shaped each
 * outcome, so an outcome people using services contributed to is not reported as shaped by nobody.
 */
@Service
public class Trails implements OutcomeContributors {

    private final ContributionRepository repository;
    private final OutcomesFrameworks outcomes;

    Trails(ContributionRepository repository, OutcomesFrameworks outcomes) {
        this.repository = repository;
        this.outcomes = outcomes;
    }

    public List<Contribution> of(UUID organisationId, OutcomeView outcome) {
        return repository.mergedInto(organisationId, List.of(outcome.lineageId()));
    }

    /** The trail of each of the version's outcomes, by outcome id; outcomes with no trail are left out. */
    public Map<UUID, List<Contribution>> ofOutcomes(UUID organisationId, List<OutcomeView> versionOutcomes) {
        Map<UUID, UUID> byLineage = new HashMap<>();
        versionOutcomes.forEach(o -> byLineage.put(o.lineageId(), o.id()));
        Map<UUID, List<Contribution>> trails = new HashMap<>();
        repository.mergedInto(organisationId, byLineage.keySet()).forEach(c -> trails
                .computeIfAbsent(byLineage.get(c.decision().lineageId()), k -> new ArrayList<>()).add(c));
        return trails;
    }

    @Override
    public Map<UUID, Set<ParticipantKind>> contributorsOf(UUID organisationId, Collection<UUID> outcomeIds) {
        List<OutcomeView> named = versionsOf(organisationId, outcomeIds).stream()
                .filter(o -> outcomeIds.contains(o.id())).toList();
        Map<UUID, Set<ParticipantKind>> kinds = new HashMap<>();
        Map<UUID, Workshop> workshops = new HashMap<>();
        ofOutcomes(organisationId, named).forEach((outcomeId, trail) -> trail.forEach(c -> kinds
                .computeIfAbsent(outcomeId, k -> EnumSet.noneOf(ParticipantKind.class))
                .addAll(ContributionDecisions.kindsOf(c, c.workshop() == null ? null : workshops.computeIfAbsent(
                        c.workshop().id(), id -> repository.workshop(organisationId, id).orElseThrow())))));
        return kinds;
    }

    /** The outcomes of every version the ids are in: usually one version, so two queries. */
    private List<OutcomeView> versionsOf(UUID organisationId, Collection<UUID> outcomeIds) {
        Set<UUID> versions = new LinkedHashSet<>();
        Set<UUID> seen = new HashSet<>();
        List<OutcomeView> all = new ArrayList<>();
        for (UUID id : outcomeIds) {
            if (seen.contains(id)) {
                continue;
            }
            outcomes.outcome(organisationId, id).ifPresent(o -> {
                if (versions.add(o.versionId())) {
                    List<OutcomeView> ofVersion = outcomes.outcomes(organisationId, o.versionId());
                    ofVersion.forEach(v -> seen.add(v.id()));
                    all.addAll(ofVersion);
                }
            });
        }
        return all;
    }
}
