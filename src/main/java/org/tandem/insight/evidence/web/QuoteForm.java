package org.tandem.insight.evidence.web;

import org.springframework.validation.Errors;
import org.tandem.insight.evidence.items.ItemChecks;
import org.tandem.insight.evidence.items.ItemDraft;
import org.tandem.platform.SelfChecking;

/** A quote as typed on the item's page: the words, and who said them (anonymously). */
public record QuoteForm(String text, String attribution) implements SelfChecking {

    static QuoteForm blank() {
        return new QuoteForm("", "");
    }

    @Override
    public void check(Errors errors) {
        ItemChecks.quoteProblems(text, attribution).forEach(p -> errors.rejectValue(p.field(), "invalid",
                p.message()));
    }

    ItemDraft.QuoteDraft toDraft() {
        return ItemChecks.quote(text, attribution);
    }
}
