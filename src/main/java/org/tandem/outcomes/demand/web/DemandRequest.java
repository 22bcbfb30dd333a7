package org.tandem.outcomes.demand.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.function.UnaryOperator;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;
import org.tandem.outcomes.demand.DemandDraft;
import org.tandem.outcomes.demand.DemandFigures;
import org.tandem.outcomes.demand.DemandMeasure;
import org.tandem.platform.SelfChecking;

/**
 * A need's demand view in the API. What must be commissioned is not sent: Tandem works it out. The sign-off is
 * three fields given together or not at all.
 */
record DemandRequest(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) DemandMeasure measure,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "The politically recognised level of need",
                example = "1200") BigDecimal recognised,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "How much of it citizens' behaviour "
                + "change is expected to meet", example = "150") BigDecimal behaviourChange,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "How much of it co-production is "
                + "expected to meet", example = "300") BigDecimal coProduction,
        @Schema(description = "Where the level of need comes from", maxLength = DemandDraft.TEXT_MAX) String basis,
        @Schema(maxLength = DemandDraft.TEXT_MAX) String behaviourChangeHow,
        @Schema(maxLength = DemandDraft.TEXT_MAX) String coProductionHow,
        @Schema(description = "Who signed off the level of need", maxLength = DemandDraft.NAME_MAX) String signedOffBy,
        @Schema(description = "The body or meeting that signed it off", maxLength = DemandDraft.NAME_MAX)
        String signedOffAtBody,
        @Schema(description = "The date of the sign-off, yyyy-mm-dd", example = "2027-01-20") String signedOffOn,
        @Schema(description = "The version you read; needed when changing a view the need already has")
        Integer version) implements SelfChecking {

    @Override
    public void check(Errors errors) {
        read(errors);
    }

    DemandDraft draft() {
        return read(new BeanPropertyBindingResult(this, "request"));
    }

    private DemandDraft read(Errors errors) {
        boolean dateTyped = signedOffOn != null && !signedOffOn.isBlank();
        return DemandInput.checked(new DemandFigures(measure, recognised, behaviourChange, coProduction), basis,
                behaviourChangeHow, coProductionHow, signedOffBy, signedOffAtBody, date(errors), dateTyped, errors,
                UnaryOperator.identity());
    }

    private LocalDate date(Errors errors) {
        if (signedOffOn == null || signedOffOn.isBlank()) {
            return null;
        }
        if (signedOffOn.strip().matches("\\d{4}-\\d{2}-\\d{2}")) {
            try {
                return LocalDate.parse(signedOffOn.strip());
            } catch (DateTimeException e) {
                // shaped like a date but not one, such as 2027-02-30: explained below
            }
        }
        errors.rejectValue("signedOffOn", "invalid", "The date of the sign-off must be a real date written as "
                + "yyyy-mm-dd, like 2027-01-20");
        return null;
    }
}
