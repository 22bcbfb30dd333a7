package org.tandem.commissions.web;

import java.time.LocalDate;
import java.util.List;
import org.springframework.validation.Errors;
import org.tandem.commissions.CommissionView;
import org.tandem.commissions.internal.CommissionDraft;
import org.tandem.platform.DateParts;
import org.tandem.platform.OrganisationSummary;
import org.tandem.platform.SelfChecking;

/** The commission form as typed: everything is text until it has been checked. */
public record CommissionForm(String title, String summary, String serviceArea, String level, String budget,
                             String startDay, String startMonth, String startYear,
                             String endDay, String endMonth, String endYear,
                             List<String> partnerIds, Integer version) implements SelfChecking {

    static CommissionForm blank() {
        return new CommissionForm("", "", null, null, "", "", "", "", "", "", "", List.of(), null);
    }

    static CommissionForm of(CommissionView c) {
        return new CommissionForm(c.title(), c.summary(), c.serviceArea().name(), c.level().name(), c.budget().plain(),
                DateParts.day(c.startsOn()), DateParts.month(c.startsOn()), DateParts.year(c.startsOn()),
                DateParts.day(c.endsOn()), DateParts.month(c.endsOn()), DateParts.year(c.endsOn()),
                c.partners().stream().map(OrganisationSummary::id).map(Object::toString).toList(), c.version());
    }

    @Override
    public void check(Errors errors) {
        LocalDate starts = DateParts.read(startDay, startMonth, startYear, "Start date", "start", errors, true);
        LocalDate ends = DateParts.read(endDay, endMonth, endYear, "End date", "end", errors, true);
        DraftChecks.check(title, summary, serviceArea, level, budget, starts, ends, "endDay", partnerIds, errors);
    }

    CommissionDraft toDraft() {
        LocalDate starts = LocalDate.of(Integer.parseInt(startYear.strip()), Integer.parseInt(startMonth.strip()),
                Integer.parseInt(startDay.strip()));
        LocalDate ends = LocalDate.of(Integer.parseInt(endYear.strip()), Integer.parseInt(endMonth.strip()),
                Integer.parseInt(endDay.strip()));
        return DraftChecks.draft(title, summary, serviceArea, level, budget, starts, ends, partnerIds);
    }
}
