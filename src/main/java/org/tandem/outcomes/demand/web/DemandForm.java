package org.tandem.outcomes.demand.web;

import java.time.LocalDate;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;
import org.tandem.outcomes.demand.DemandDraft;
import org.tandem.outcomes.demand.DemandFigures;
import org.tandem.outcomes.demand.DemandMeasure;
import org.tandem.outcomes.demand.DemandView;
import org.tandem.outcomes.demand.PoliticalSignOff;
import org.tandem.platform.DateParts;
import org.tandem.platform.FormValues;
import org.tandem.platform.SelfChecking;

/** A demand view as typed: figures are text until read as exact decimals, the sign-off date is three fields. */
public record DemandForm(String measure, String recognised, String behaviourChange, String coProduction,
                         String basis, String behaviourChangeHow, String coProductionHow, String signedOffBy,
                         String signedOffAtBody, String signedOffOnDay, String signedOffOnMonth,
                         String signedOffOnYear, Integer version) implements SelfChecking {

    static DemandForm blank() {
        return new DemandForm("PEOPLE", "", "0", "0", "", "", "", "", "", "", "", "", null);
    }

    static DemandForm of(DemandView view) {
        DemandDraft d = view.details();
        DemandFigures f = d.figures();
        PoliticalSignOff s = d.signOff();
        LocalDate on = s == null ? null : s.on();
        return new DemandForm(f.measure().name(), f.recognised().toPlainString(), f.behaviourChange().toPlainString(),
                f.coProduction().toPlainString(), d.basis(), d.behaviourChangeHow(), d.coProductionHow(),
                s == null ? "" : s.by(), s == null ? "" : s.body(), DateParts.day(on), DateParts.month(on),
                DateParts.year(on), view.version());
    }

    @Override
    public void check(Errors errors) {
        read(errors);
    }

    /** Only called once {@link #check} found nothing wrong. */
    DemandDraft toDraft() {
        return read(new BeanPropertyBindingResult(this, "form"));
    }

    private DemandDraft read(Errors errors) {
        DemandMeasure chosen = FormValues.enumValue(DemandMeasure.class, measure);
        DemandFigures figures = new DemandFigures(chosen, DemandInput.amount(recognised, "recognised", errors),
                DemandInput.amount(behaviourChange, "behaviourChange", errors),
                DemandInput.amount(coProduction, "coProduction", errors));
        LocalDate on = DateParts.read(signedOffOnDay, signedOffOnMonth, signedOffOnYear, "The date of the sign-off",
                "signedOffOn", errors, false);
        boolean dateTyped = !(blank(signedOffOnDay) && blank(signedOffOnMonth) && blank(signedOffOnYear));
        return DemandInput.checked(figures, basis, behaviourChangeHow, coProductionHow, signedOffBy, signedOffAtBody,
                on, dateTyped, errors, DemandForm::field);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /** The form's field for a property the rules name. */
    static String field(String property) {
        return "signedOffOn".equals(property) ? "signedOffOnDay" : property;
    }
}
