package org.tandem.prioritisation.process.web;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.tandem.outcomes.OutcomeView;
import org.tandem.platform.Choice;
import org.tandem.platform.FormValues;
import org.tandem.platform.RuleViolation;

/** The outcomes a proposal may help with, as checkboxes, and the ids a form or request sends back. */
final class OutcomeChoices {

    private OutcomeChoices() {
    }

    /** Each outcome in its own words, with the professional wording as the hint where there is one. */
    static List<Choice> of(List<OutcomeView> outcomes) {
        return outcomes.stream().map(o -> new Choice(o.id().toString(), o.details().ownWords(),
                o.details().professionalWording())).toList();
    }

    /** The ids sent; anything that is not an id is refused rather than quietly dropped. */
    static Set<UUID> ids(List<String> sent) {
        Set<UUID> ids = new LinkedHashSet<>();
        for (String value : sent == null ? List.<String>of() : sent) {
            if (value == null || value.isBlank()) {
                continue;
            }
            UUID id = FormValues.uuid(value);
            if (id == null) {
                throw new RuleViolation("outcomeIds", "Choose outcomes from this fund's agreed outcomes framework");
            }
            ids.add(id);
        }
        return ids;
    }
}
