package org.tandem.commissions.web;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.springframework.validation.Errors;
import org.tandem.commissions.CommissioningLevel;
import org.tandem.commissions.internal.CommissionDraft;
import org.tandem.platform.SelfChecking;
import org.tandem.platform.ServiceArea;

/**
 * A commission's details as an API client sends them, checked by the same {@link DraftChecks} as the form. Values
 * stay text until checked, so that a wrong one is reported against its property rather than refusing the request.
 */
record CommissionRequest(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = DraftChecks.TITLE_MAX) String title,
        @Schema(maxLength = DraftChecks.SUMMARY_MAX) String summary,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, implementation = ServiceArea.class) String serviceArea,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, implementation = CommissioningLevel.class) String level,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "Pounds and pence",
                example = "1200000.00") String budget,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, format = "date", example = "2027-04-01") String startsOn,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, format = "date", example = "2030-03-31") String endsOn,
        @ArraySchema(arraySchema = @Schema(description = "Other commissioning bodies or partnerships commissioning "
                + "this with you; they can see it"), schema = @Schema(format = "uuid")) List<String> partnerIds,
        @Schema(description = "When changing a commission: the version you read") Integer version)
        implements SelfChecking {

    private static final String ISO_DATE = "\\d{4}-\\d{2}-\\d{2}";

    @Override
    public void check(Errors errors) {
        LocalDate starts = date(startsOn, "startsOn", "Start date", errors);
        LocalDate ends = date(endsOn, "endsOn", "End date", errors);
        DraftChecks.check(title, summary, serviceArea, level, budget, starts, ends, "endsOn", partnerIds, errors);
    }

    /** Only called once {@link #check} found nothing wrong. */
    CommissionDraft draft() {
        return DraftChecks.draft(title, summary, serviceArea, level, budget, LocalDate.parse(startsOn.strip()),
                LocalDate.parse(endsOn.strip()), partnerIds);
    }

    private static LocalDate date(String value, String field, String label, Errors errors) {
        if (value == null || value.isBlank()) {
            errors.rejectValue(field, "required", "Enter the " + label.toLowerCase());
            return null;
        }
        if (value.strip().matches(ISO_DATE)) {
            try {
                return LocalDate.parse(value.strip());
            } catch (DateTimeParseException e) {
                // shaped like a date but not one, such as 2027-02-30: explained below
            }
        }
        errors.rejectValue(field, "invalid", label + " must be a real date written as yyyy-mm-dd, like 2027-04-01");
        return null;
    }
}
