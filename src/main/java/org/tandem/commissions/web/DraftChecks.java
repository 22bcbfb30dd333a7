package org.tandem.commissions.web;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.validation.Errors;
import org.tandem.commissions.CommissioningLevel;
import org.tandem.commissions.internal.CommissionDraft;
import org.tandem.platform.Money;
import org.tandem.platform.ServiceArea;

import static org.tandem.platform.FormValues.uuid;

import static org.tandem.platform.FormValues.enumValue;

/** The checks a commission's details must pass, shared by the web form and the API. */
final class DraftChecks {

    static final int TITLE_MAX = 200;
    static final int SUMMARY_MAX = 4000;

    private DraftChecks() {
    }

    static void check(String title, String summary, String serviceArea, String level, String budget,
                      LocalDate startsOn, LocalDate endsOn, String endsField, List<String> partnerIds, Errors errors) {
        if (title == null || title.isBlank()) {
            errors.rejectValue("title", "required", "Enter a title for the commission");
        } else if (title.strip().length() > TITLE_MAX) {
            errors.rejectValue("title", "size", "Title must be " + TITLE_MAX + " characters or fewer");
        }
        if (summary != null && summary.strip().length() > SUMMARY_MAX) {
            errors.rejectValue("summary", "size", "Summary must be " + SUMMARY_MAX + " characters or fewer");
        }
        if (enumValue(ServiceArea.class, serviceArea) == null) {
            errors.rejectValue("serviceArea", "required", "Select the service area");
        }
        if (enumValue(CommissioningLevel.class, level) == null) {
            errors.rejectValue("level", "required", "Select the level of commissioning");
        }
        if (budget == null || budget.isBlank()) {
            errors.rejectValue("budget", "required", "Enter the budget in pounds and pence");
        } else {
            Money money = Money.parse(budget);
            if (money == null) {
                errors.rejectValue("budget", "format", "Budget must be an amount of money, like 1200000 or 1,200,000.50");
            } else if (money.isNegative()) {
                errors.rejectValue("budget", "negative", "Budget cannot be less than £0");
            } else if (money.amount().compareTo(Money.MAX) > 0) {
                errors.rejectValue("budget", "max", "Budget must be less than £1,000,000,000,000");
            }
        }
        if (startsOn != null && endsOn != null && endsOn.isBefore(startsOn)) {
            errors.rejectValue(endsField, "order", "End date must be the same as or after the start date");
        }
        if (partnerIds != null) {
            for (String id : partnerIds) {
                if (uuid(id) == null) {
                    errors.rejectValue("partnerIds", "invalid", "Select partners from the list");
                    break;
                }
            }
        }
    }

    /** Only called once {@link #check} found nothing wrong. */
    static CommissionDraft draft(String title, String summary, String serviceArea, String level, String budget,
                                 LocalDate startsOn, LocalDate endsOn, List<String> partnerIds) {
        Set<UUID> partners = new HashSet<>();
        if (partnerIds != null) {
            partnerIds.forEach(id -> partners.add(uuid(id)));
        }
        return new CommissionDraft(title.strip(), summary == null || summary.isBlank() ? null : summary.strip(),
                enumValue(ServiceArea.class, serviceArea), enumValue(CommissioningLevel.class, level),
                Money.parse(budget), startsOn, endsOn, partners);
    }
}
