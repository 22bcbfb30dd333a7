package org.tandem.insight.quality.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import org.springframework.validation.Errors;
import org.tandem.insight.quality.AmberThreshold;
import org.tandem.insight.quality.RoundDraft;
import org.tandem.insight.quality.VisitCombination;
import org.tandem.platform.SelfChecking;

/** A round's details as an API client sends them, checked by the same {@link RoundChecks} as the form. */
record QualityRoundRequest(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = RoundDraft.TITLE_MAX) String title,
        @Schema(maxLength = RoundDraft.PURPOSE_MAX) String purpose,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, format = "date", example = "2026-10-01") String visitsFrom,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, format = "date", example = "2026-12-18")
        String visitsUntil,
        @Schema(description = "How many red areas make a service red; default 1 (any red area)", minimum = "1",
                maximum = "50") Integer redAreas,
        @Schema(implementation = AmberThreshold.class, description = "Default MAJORITY") String amberThreshold,
        @Schema(implementation = VisitCombination.class, description = "Default LOWEST") String visitCombination,
        @Schema(description = "When setting a round up: start from Tandem's nine-area template (default true)")
        Boolean startFromTemplate,
        @Schema(description = "When changing a round: the version you read") Integer version)
        implements SelfChecking {

    @Override
    public void check(Errors errors) {
        LocalDate from = Inputs.isoDate(visitsFrom, "visitsFrom", "First day of visits", true, errors);
        LocalDate until = Inputs.isoDate(visitsUntil, "visitsUntil", "Last day of visits", true, errors);
        RoundChecks.check(title, purpose, from, until, "visitsUntil", red(), amber(), combination(), errors);
    }

    RoundDraft draft() {
        return RoundChecks.draft(title, purpose, LocalDate.parse(visitsFrom.strip()),
                LocalDate.parse(visitsUntil.strip()), red(), amber(), combination());
    }

    boolean fromTemplate() {
        return startFromTemplate == null || startFromTemplate;
    }

    private String red() {
        return redAreas == null ? "1" : redAreas.toString();
    }

    private String amber() {
        return amberThreshold == null ? AmberThreshold.MAJORITY.name() : amberThreshold;
    }

    private String combination() {
        return visitCombination == null ? VisitCombination.LOWEST.name() : visitCombination;
    }
}
