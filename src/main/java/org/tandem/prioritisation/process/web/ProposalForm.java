package org.tandem.prioritisation.process.web;

import java.util.List;
import org.springframework.validation.Errors;
import org.tandem.platform.FormValues;
import org.tandem.platform.Money;
import org.tandem.platform.SelfChecking;
import org.tandem.prioritisation.process.ProposalService;

/** A proposal as typed on the form; the cost stays text until it has been read as pounds and pence. */
public record ProposalForm(String title, String description, String location, String ward, String districtId,
                           String estimatedCost, List<String> outcomeIds) implements SelfChecking {

    public ProposalForm {
        outcomeIds = outcomeIds == null ? List.of() : List.copyOf(outcomeIds);
    }

    static ProposalForm blank() {
        return new ProposalForm("", "", "", "", "", "", List.of());
    }

    @Override
    public void check(Errors errors) {
        if (estimatedCost != null && !estimatedCost.isBlank() && Money.parse(estimatedCost) == null) {
            errors.rejectValue("estimatedCost", "invalid", "Enter the cost in pounds, for example 2500 or 2500.50");
        }
    }

    ProposalService.ProposalDraft toDraft() {
        return new ProposalService.ProposalDraft(FormValues.uuid(districtId), title, description, location, ward,
                Money.parse(estimatedCost), OutcomeChoices.ids(outcomeIds));
    }
}
