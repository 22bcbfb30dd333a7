package org.tandem.outcomes.logic.web;

import java.util.List;
import java.util.UUID;
import org.tandem.outcomes.logic.LogicLink;
import org.tandem.outcomes.logic.LogicModel;
import org.tandem.outcomes.logic.LogicStep;
import org.tandem.outcomes.logic.LogicSubject;
import org.tandem.outcomes.logic.ReviewLevel;
import org.tandem.outcomes.logic.ReviewRow;
import org.tandem.outcomes.logic.Stage;

/** A logic model in the API, with its steps and numbered links. */
record LogicModelJson(UUID id, String title, String summary, LogicSubject subject, UUID outcomeId,
                      UUID frameworkVersionId, UUID serviceId, String plannedService, String subjectName,
                      boolean locked, List<StepJson> steps, List<LinkJson> links, int version) {

    record StepJson(UUID id, Stage stage, int position, String text) {
        static StepJson of(LogicStep s) {
            return new StepJson(s.id(), s.stage(), s.position(), s.text());
        }
    }

    record LinkJson(UUID id, int number, UUID fromStepId, UUID toStepId, String assumption, UUID evidenceItemId,
                    String evidenceTitle, String evidenceText) {
        static LinkJson of(LogicLink l) {
            return new LinkJson(l.id(), l.number(), l.fromStepId(), l.toStepId(), l.assumption(), l.evidenceItemId(),
                    l.evidenceTitle(), l.evidenceText());
        }
    }

    record ReviewRowJson(UUID id, ReviewLevel level, int position, String outcome, String dataCollected,
                         String sourceDocument) {
        static ReviewRowJson of(ReviewRow r) {
            return new ReviewRowJson(r.id(), r.level(), r.position(), r.outcome(), r.dataCollected(),
                    r.sourceDocument());
        }
    }

    static LogicModelJson of(LogicModel m) {
        return new LogicModelJson(m.id(), m.title(), m.summary(), m.subject(), m.outcomeId(), m.versionId(),
                m.serviceId(), m.plannedService(), m.subjectName(), m.locked(),
                m.steps().stream().map(StepJson::of).toList(), m.links().stream().map(LinkJson::of).toList(),
                m.version());
    }
}
