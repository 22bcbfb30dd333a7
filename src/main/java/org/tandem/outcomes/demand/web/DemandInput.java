package org.tandem.outcomes.demand.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.function.UnaryOperator;
import org.springframework.validation.Errors;
import org.tandem.outcomes.demand.DemandDraft;
import org.tandem.outcomes.demand.DemandFigures;
import org.tandem.outcomes.demand.DemandRules;
import org.tandem.outcomes.demand.PoliticalSignOff;
import org.tandem.outcomes.shared.PlainText;
import org.tandem.platform.Timestamps;

/** Reading a demand view from the form or the API, with the same checks and the same messages. */
final class DemandInput {

    private DemandInput() {
    }

    /** A figure as typed, such as "1,200" or "£45,000.50"; null (after recording why) when it is not a number. */
    static BigDecimal amount(String typed, String field, Errors errors) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String plain = typed.strip().replace(",", "").replaceFirst("^£", "");
        if (plain.length() > 20 || !plain.matches("-?\\d+(\\.\\d+)?")) {
            errors.rejectValue(field, "invalid", "Enter a number, like 1200 or 45000.50");
            return null;
        }
        return new BigDecimal(plain);
    }

    /**
     * Every rule of a demand view, each problem recorded against its field (named by {@code field}), and the draft
     * as it will be stored. A sign-off is whole or absent: who, where and when.
     */
    static DemandDraft checked(DemandFigures figures, String basis, String behaviourChangeHow, String coProductionHow,
                               String signedOffBy, String signedOffAtBody, LocalDate signedOffOn, boolean dateTyped,
                               Errors errors, UnaryOperator<String> field) {
        PlainText.limit(basis, DemandDraft.TEXT_MAX, "basis", "Where the level of need comes from", errors);
        PlainText.limit(behaviourChangeHow, DemandDraft.TEXT_MAX, "behaviourChangeHow",
                "How behaviour change meets its part", errors);
        PlainText.limit(coProductionHow, DemandDraft.TEXT_MAX, "coProductionHow", "How co-production meets its part",
                errors);
        PlainText.limit(signedOffBy, DemandDraft.NAME_MAX, "signedOffBy", "Who signed it off", errors);
        PlainText.limit(signedOffAtBody, DemandDraft.NAME_MAX, "signedOffAtBody", "The body or meeting", errors);
        String by = PlainText.line(signedOffBy);
        String body = PlainText.line(signedOffAtBody);
        boolean anySignOff = by != null || body != null || dateTyped;
        if (anySignOff) {
            if (by == null) {
                errors.rejectValue("signedOffBy", "required", "Enter who signed off the level of need");
            }
            if (body == null) {
                errors.rejectValue("signedOffAtBody", "required", "Enter the body or meeting that signed it off");
            }
            if (!dateTyped) {
                errors.rejectValue(field.apply("signedOffOn"), "required", "Enter the date of the sign-off");
            }
        }
        PoliticalSignOff signOff = anySignOff ? new PoliticalSignOff(by, body, signedOffOn) : null;
        DemandDraft draft = new DemandDraft(figures, PlainText.paragraphs(basis),
                PlainText.paragraphs(behaviourChangeHow), PlainText.paragraphs(coProductionHow), signOff);
        for (DemandRules.Problem problem : DemandRules.problems(draft, LocalDate.now(Timestamps.LONDON))) {
            String name = field.apply(problem.field());
            if (!errors.hasFieldErrors(name)) {
                errors.rejectValue(name, "rule", problem.message());
            }
        }
        return draft;
    }
}
