package org.tandem.insight.quality.web;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.springframework.validation.Errors;
import org.tandem.insight.quality.VisitPlan;
import org.tandem.platform.SelfChecking;
import org.tandem.platform.FormValues;

/** A visit's plan: one of the round's services, the date, and the team (people of the organisation). */
record VisitPlanRequest(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, format = "uuid") String serviceId,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, format = "date", example = "2026-10-08") String visitDate,
        @ArraySchema(arraySchema = @Schema(requiredMode = Schema.RequiredMode.REQUIRED,
                description = "Citizen co-producers, panel members, commissioners or officers; usually two "
                        + "assessors with lived experience and one commissioner"), schema = @Schema(format = "uuid"),
                maxItems = 6) List<String> assessorIds,
        @Schema(description = "When changing a plan: the version you read") Integer version)
        implements SelfChecking {

    @Override
    public void check(Errors errors) {
        if (FormValues.uuid(serviceId) == null) {
            errors.rejectValue("serviceId", "required", "Send the id of one of the round's services");
        }
        Inputs.isoDate(visitDate, "visitDate", "Visit date", true, errors);
        if (assessorIds == null || assessorIds.isEmpty()) {
            errors.rejectValue("assessorIds", "required", "Send who is on the team");
        } else if (assessorIds.stream().map(FormValues::uuid).anyMatch(Objects::isNull)) {
            errors.rejectValue("assessorIds", "invalid", "Send the team as the ids of people of the organisation");
        }
    }

    VisitPlan plan() {
        return new VisitPlan(FormValues.uuid(serviceId), LocalDate.parse(visitDate.strip()),
                assessorIds.stream().map(FormValues::uuid).toList());
    }
}
