package org.tandem.outcomes.logic.web;

import java.util.UUID;
import org.springframework.validation.Errors;
import org.tandem.outcomes.logic.LinkDraft;
import org.tandem.outcomes.logic.LogicSubject;
import org.tandem.outcomes.logic.ModelDraft;
import org.tandem.outcomes.logic.ReviewLevel;
import org.tandem.outcomes.logic.ReviewRow;
import org.tandem.outcomes.logic.ReviewRowDraft;
import org.tandem.outcomes.logic.Stage;
import org.tandem.outcomes.logic.StepDraft;
import org.tandem.outcomes.shared.PlainText;

/** The checks the logic model forms and API requests share, with the same messages, and the drafts they make. */
final class LogicInput {

    private LogicInput() {
    }

    static void checkModel(String title, String summary, LogicSubject subject, UUID outcomeId, UUID serviceId,
                           String plannedService, Errors errors) {
        checkNames(title, summary, errors);
        if (subject == null) {
            errors.rejectValue("subject", "required", "Select what the logic model explains");
        } else if (subject == LogicSubject.OUTCOME && outcomeId == null) {
            errors.rejectValue("outcomeId", "required", "Choose the outcome the model explains");
        } else if (subject == LogicSubject.CURRENT_SERVICE && serviceId == null) {
            errors.rejectValue("serviceId", "required", "Choose the service from the baseline");
        } else if (subject == LogicSubject.PLANNED_SERVICE) {
            PlainText.required(plannedService, ModelDraft.TITLE_MAX, "plannedService",
                    "Enter the name of the planned service", "The planned service's name", errors);
        }
    }

    static void checkNames(String title, String summary, Errors errors) {
        PlainText.required(title, ModelDraft.TITLE_MAX, "title", "Enter a title for the logic model", "The title",
                errors);
        PlainText.limit(summary, ModelDraft.SUMMARY_MAX, "summary", "The summary", errors);
    }

    /** Only what the subject needs is kept: an outcome, a service or a name, never two. */
    static ModelDraft model(String title, String summary, LogicSubject subject, UUID outcomeId, UUID serviceId,
                            String plannedService) {
        return new ModelDraft(PlainText.line(title), PlainText.paragraphs(summary), subject,
                subject == LogicSubject.OUTCOME ? outcomeId : null,
                subject == LogicSubject.CURRENT_SERVICE ? serviceId : null,
                subject == LogicSubject.PLANNED_SERVICE ? PlainText.line(plannedService) : null);
    }

    static void checkStep(Stage stage, String text, Errors errors) {
        if (stage == null) {
            errors.rejectValue("stage", "required", "Select the stage: input, activity, output or outcome");
        }
        PlainText.required(text, StepDraft.TEXT_MAX, "text", "Enter what the step is", "The step", errors);
    }

    static StepDraft step(Stage stage, String text) {
        return new StepDraft(stage, PlainText.line(text));
    }

    static void checkLink(String assumption, String evidenceText, Errors errors) {
        PlainText.limit(assumption, LinkDraft.TEXT_MAX, "assumption", "The assumption", errors);
        PlainText.limit(evidenceText, LinkDraft.TEXT_MAX, "evidenceText", "The evidence", errors);
    }

    static LinkDraft link(UUID from, UUID to, String assumption, UUID evidenceItemId, String evidenceText) {
        return new LinkDraft(from, to, PlainText.paragraphs(assumption), evidenceItemId,
                PlainText.paragraphs(evidenceText));
    }

    static void checkRow(ReviewLevel level, String outcome, String dataCollected, String sourceDocument,
                         Errors errors) {
        if (level == null) {
            errors.rejectValue("level", "required", "Select whether it is a community-level or service-level "
                    + "outcome");
        }
        PlainText.required(outcome, ReviewRow.OUTCOME_MAX, "outcome", "Enter the outcome", "The outcome", errors);
        PlainText.limit(dataCollected, ReviewRow.DATA_MAX, "dataCollected", "The data collected", errors);
        PlainText.limit(sourceDocument, ReviewRow.SOURCE_MAX, "sourceDocument", "The source document", errors);
    }

    static ReviewRowDraft row(ReviewLevel level, String outcome, String dataCollected, String sourceDocument) {
        return new ReviewRowDraft(level, PlainText.line(outcome), PlainText.paragraphs(dataCollected),
                PlainText.line(sourceDocument));
    }
}
