package org.tandem.outcomes.logic.web;

import org.springframework.validation.Errors;
import org.tandem.outcomes.logic.LinkDraft;
import org.tandem.outcomes.logic.LogicLink;
import org.tandem.platform.FormValues;
import org.tandem.platform.SelfChecking;

/** A link to add, or a link's new assumption and evidence, as typed; steps and evidence are chosen by id. */
public record LinkForm(String fromStepId, String toStepId, String assumption, String evidenceItemId,
                       String evidenceText) implements SelfChecking {

    static LinkForm blank() {
        return new LinkForm(null, null, "", null, "");
    }

    static LinkForm of(LogicLink link) {
        return new LinkForm(link.fromStepId().toString(), link.toStepId().toString(), link.assumption(),
                link.evidenceItemId() == null ? null : link.evidenceItemId().toString(), link.evidenceText());
    }

    @Override
    public void check(Errors errors) {
        LogicInput.checkLink(assumption, evidenceText, errors);
        if (evidenceItemId != null && !evidenceItemId.isBlank() && FormValues.uuid(evidenceItemId) == null) {
            errors.rejectValue("evidenceItemId", "invalid", "Choose an evidence item of this commission from the "
                    + "list");
        }
    }

    /** Steps that are not ids read as none, and the service says which to choose. */
    LinkDraft toDraft() {
        return LogicInput.link(FormValues.uuid(fromStepId), FormValues.uuid(toStepId), assumption,
                FormValues.uuid(evidenceItemId), evidenceText);
    }
}
