package org.tandem.outcomes.logic;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A theory of change for one outcome or service (seed 000, Table 5): its steps in four stages and the links between
 * them, each with its assumption and evidence.
 *
 * @param subjectName  the outcome in its own words, or the service's name, as it reads now
 * @param versionLabel for a model of an outcome, the framework version it belongs to ("Version 2")
 * @param locked       true once that version is agreed: nothing in the model changes through any route
 */
public record LogicModel(UUID id, UUID commissionId, String title, String summary, LogicSubject subject,
                         UUID outcomeId, UUID versionId, UUID serviceId, String plannedService, String subjectName,
                         String versionLabel, boolean locked, List<LogicStep> steps, List<LogicLink> links,
                         int version) {

    public LogicModel {
        steps = List.copyOf(steps);
        links = List.copyOf(links);
    }

    public List<LogicStep> stepsIn(Stage stage) {
        return steps.stream().filter(s -> s.stage() == stage).toList();
    }

    public Optional<LogicStep> step(UUID stepId) {
        return steps.stream().filter(s -> s.id().equals(stepId)).findFirst();
    }

    public Map<UUID, LogicStep> stepsById() {
        return steps.stream().collect(Collectors.toMap(LogicStep::id, Function.identity()));
    }

    public Optional<LogicLink> link(UUID linkId) {
        return links.stream().filter(l -> l.id().equals(linkId)).findFirst();
    }
}
