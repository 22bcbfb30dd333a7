package org.tandem.outcomes.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.UUID;
import org.tandem.outcomes.internal.OutcomeRules;

/** A new organisation-wide template, empty or copied from a version of a framework. */
record TemplateRequest(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = OutcomeRules.TITLE_MAX) String title,
        @Schema(maxLength = OutcomeRules.TEXT_MAX) String purpose,
        @Schema(description = "A framework (or template) to copy") UUID copyFrameworkId,
        @Schema(description = "Which of its versions to copy; its newest when blank") Integer copyNumber) {
}
