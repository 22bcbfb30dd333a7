package org.tandem.insight.quality.web;

import io.swagger.v3.oas.annotations.media.Schema;
import org.springframework.validation.Errors;
import org.tandem.insight.quality.AreaDraft;
import org.tandem.platform.SelfChecking;

/** A quality area's words: its name, its question and what green, amber and red look like. */
record QualityAreaRequest(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = AreaDraft.NAME_MAX) String name,
        @Schema(maxLength = AreaDraft.TEXT_MAX) String question,
        @Schema(maxLength = AreaDraft.TEXT_MAX) String greenGuide,
        @Schema(maxLength = AreaDraft.TEXT_MAX) String amberGuide,
        @Schema(maxLength = AreaDraft.TEXT_MAX) String redGuide) implements SelfChecking {

    @Override
    public void check(Errors errors) {
        AreaForm.check(name, question, greenGuide, amberGuide, redGuide, errors);
    }

    AreaDraft draft() {
        return AreaForm.draft(name, question, greenGuide, amberGuide, redGuide);
    }
}
