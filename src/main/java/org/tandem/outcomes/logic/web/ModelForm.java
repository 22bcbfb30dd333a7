package org.tandem.outcomes.logic.web;

import org.springframework.validation.Errors;
import org.tandem.outcomes.logic.LogicModel;
import org.tandem.outcomes.logic.LogicSubject;
import org.tandem.outcomes.logic.ModelDraft;
import org.tandem.platform.FormValues;
import org.tandem.platform.SelfChecking;

/** A new logic model as typed, or a model's new title and summary (its subject then stays as it is). */
public record ModelForm(String title, String summary, String subject, String outcomeId, String serviceId,
                        String plannedService, Integer version) implements SelfChecking {

    static ModelForm blank() {
        return new ModelForm("", "", null, null, null, "", null);
    }

    static ModelForm of(LogicModel model) {
        return new ModelForm(model.title(), model.summary(), model.subject().name(), null, null, null,
                model.version());
    }

    @Override
    public void check(Errors errors) {
        if (version == null) {
            LogicInput.checkModel(title, summary, FormValues.enumValue(LogicSubject.class, subject),
                    FormValues.uuid(outcomeId), FormValues.uuid(serviceId), plannedService, errors);
        } else {
            LogicInput.checkNames(title, summary, errors);
        }
    }

    ModelDraft toDraft() {
        return LogicInput.model(title, summary, FormValues.enumValue(LogicSubject.class, subject),
                FormValues.uuid(outcomeId), FormValues.uuid(serviceId), plannedService);
    }
}
