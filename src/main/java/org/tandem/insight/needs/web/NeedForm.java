package org.tandem.insight.needs.web;

import java.util.List;
import org.springframework.validation.Errors;
import org.tandem.insight.evidence.FormInput;
import org.tandem.insight.needs.Need;
import org.tandem.insight.needs.NeedDraft;
import org.tandem.insight.needs.Priority;
import org.tandem.insight.wards.Ward;
import org.tandem.platform.SelfChecking;
import org.tandem.platform.FormValues;

/** A need as typed into the form: text until it has been checked. */
public record NeedForm(String title, String description, String priority, List<String> wardIds, Integer version)
        implements SelfChecking {

    static final int TITLE_MAX = 200;
    static final int DESCRIPTION_MAX = 4000;

    static NeedForm blank() {
        return new NeedForm("", "", null, List.of(), null);
    }

    static NeedForm of(Need need) {
        return new NeedForm(need.title(), need.description(), need.priority().name(),
                need.wards().stream().map(Ward::id).map(Object::toString).toList(), need.version());
    }

    @Override
    public void check(Errors errors) {
        if (FormInput.text(title) == null) {
            errors.rejectValue("title", "required", "Enter what people need");
        } else if (title.strip().length() > TITLE_MAX) {
            errors.rejectValue("title", "size", "The need must be " + TITLE_MAX + " characters or fewer");
        }
        if (description != null && description.strip().length() > DESCRIPTION_MAX) {
            errors.rejectValue("description", "size", "Description must be " + DESCRIPTION_MAX
                    + " characters or fewer");
        }
        if (FormValues.enumValue(Priority.class, priority) == null) {
            errors.rejectValue("priority", "required", "Select how pressing the need is");
        }
        if (!FormInput.allIds(wardIds)) {
            errors.rejectValue("wardIds", "invalid", "Select wards from the list");
        }
    }

    /** Only called once {@link #check} found nothing wrong. */
    NeedDraft toDraft() {
        return new NeedDraft(title.strip(), FormInput.text(description), FormValues.enumValue(Priority.class, priority),
                FormInput.ids(wardIds));
    }
}
