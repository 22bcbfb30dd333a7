package org.tandem.outcomes.logic.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.UUID;
import org.springframework.validation.Errors;
import org.tandem.outcomes.logic.LogicSubject;
import org.tandem.outcomes.logic.ModelDraft;
import org.tandem.platform.SelfChecking;

/**
 * A new logic model, or a model's new title and summary. When changing (a {@code version} sent), the subject and
 * what it points at are not changed and need not be sent.
 */
record LogicModelRequest(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = ModelDraft.TITLE_MAX) String title,
        @Schema(maxLength = ModelDraft.SUMMARY_MAX) String summary,
        @Schema(description = "Needed for a new model") LogicSubject subject,
        @Schema(description = "An outcome of the framework's draft version, for a model of an outcome") UUID outcomeId,
        @Schema(description = "A service of the baseline, for a model of a current service") UUID serviceId,
        @Schema(description = "The name of a planned service", maxLength = ModelDraft.TITLE_MAX) String plannedService,
        @Schema(description = "The version you read; needed when changing") Integer version) implements SelfChecking {

    @Override
    public void check(Errors errors) {
        if (version == null) {
            LogicInput.checkModel(title, summary, subject, outcomeId, serviceId, plannedService, errors);
        } else {
            LogicInput.checkNames(title, summary, errors);
        }
    }

    ModelDraft draft() {
        return LogicInput.model(title, summary, subject, outcomeId, serviceId, plannedService);
    }
}
