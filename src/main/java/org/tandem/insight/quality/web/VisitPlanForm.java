package org.tandem.insight.quality.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.springframework.validation.Errors;
import org.tandem.insight.quality.Assessor;
import org.tandem.insight.quality.Visit;
import org.tandem.insight.quality.VisitPlan;
import org.tandem.platform.DateParts;
import org.tandem.platform.SelfChecking;
import org.tandem.platform.FormValues;

/** A visit's plan as typed: the service, the date and the team. */
public record VisitPlanForm(String serviceId, String visitDay, String visitMonth, String visitYear,
                            List<String> assessorIds, Integer version) implements SelfChecking {

    static VisitPlanForm blank() {
        return new VisitPlanForm(null, "", "", "", List.of(), null);
    }

    static VisitPlanForm of(Visit visit) {
        return new VisitPlanForm(visit.serviceId().toString(), DateParts.day(visit.visitDate()),
                DateParts.month(visit.visitDate()), DateParts.year(visit.visitDate()),
                visit.team().stream().map(Assessor::personId).map(Object::toString).toList(), visit.version());
    }

    @Override
    public void check(Errors errors) {
        if (FormValues.uuid(serviceId) == null) {
            errors.rejectValue("serviceId", "required", "Choose the service to visit");
        }
        DateParts.read(visitDay, visitMonth, visitYear, "Visit date", "visit", errors, true);
        if (assessorIds == null || assessorIds.isEmpty()) {
            errors.rejectValue("assessorIds", "required", "Choose who is on the team");
        } else if (assessorIds.stream().map(FormValues::uuid).anyMatch(Objects::isNull)) {
            errors.rejectValue("assessorIds", "invalid", "Choose the team from the list");
        }
    }

    VisitPlan toPlan() {
        return new VisitPlan(FormValues.uuid(serviceId), LocalDate.of(Integer.parseInt(visitYear.strip()),
                Integer.parseInt(visitMonth.strip()), Integer.parseInt(visitDay.strip())),
                assessorIds.stream().map(FormValues::uuid).toList());
    }
}
