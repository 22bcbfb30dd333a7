package org.tandem.prioritisation.implementation.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.tandem.platform.FormValues;
import org.tandem.platform.Money;
import org.tandem.platform.RuleViolation;
import org.tandem.prioritisation.implementation.ProgressChange;
import org.tandem.prioritisation.implementation.ProjectStage;

/**
 * An update as an API client sends it. Values stay text until checked, so a wrong one is reported against its
 * property; then the same rules as the form apply. Leave out what does not change. Photos come with it in a
 * multipart request ({@code .../updates/with-photos}).
 */
record ProjectUpdateRequest(
        @Schema(format = "date", description = "When it happened; today when left out") String happenedOn,
        @Schema(maxLength = 4000, description = "Plain text, shown to everyone; the reason when the project goes "
                + "on hold, stops being funded or goes back") String note,
        @Schema(implementation = ProjectStage.class) String stage,
        @Schema(minimum = "0", maximum = "100") Integer percentComplete,
        @Schema(example = "2450.00") String spent,
        @Schema(format = "date") String expectedCompletion,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "The project's version you read")
        Integer version) {

    LocalDate day() {
        return date(happenedOn, "happenedOn");
    }

    ProgressChange change() {
        ProjectStage chosen = FormValues.enumValue(ProjectStage.class, stage);
        if (stage != null && !stage.isBlank() && chosen == null) {
            throw new RuleViolation("stage", "Choose one of NOT_STARTED, PLANNING, PROCURING, IN_DELIVERY, COMPLETED, "
                    + "ON_HOLD, NO_LONGER_FUNDED");
        }
        Money amount = null;
        if (spent != null && !spent.isBlank()) {
            amount = Money.parse(spent);
            if (amount == null) {
                throw new RuleViolation("spent", "Send the amount spent in pounds and pence, such as \"2450.00\"");
            }
        }
        return new ProgressChange(chosen, percentComplete, amount, date(expectedCompletion, "expectedCompletion"),
                note);
    }

    private static LocalDate date(String value, String property) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new RuleViolation(property, "Send a date such as 2027-03-31");
        }
    }
}
