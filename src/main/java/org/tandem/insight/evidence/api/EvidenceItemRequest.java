package org.tandem.insight.evidence.api;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.springframework.validation.Errors;
import org.tandem.insight.evidence.items.Consent;
import org.tandem.insight.evidence.items.EvidenceMethod;
import org.tandem.insight.evidence.items.ItemChecks;
import org.tandem.insight.evidence.items.ItemDraft;
import org.tandem.platform.SelfChecking;

/**
 * An evidence item as an API client sends it, checked by the same {@link ItemChecks} as the pages. Its quotes are
 * sent with it and replace the item's quotes when it is changed.
 */
record EvidenceItemRequest(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = ItemChecks.TITLE_MAX) String title,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, implementation = EvidenceMethod.class) String method,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, format = "date", example = "2026-10-10") String gatheredOn,
        @Schema(description = "How many people took part") Integer participants,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = ItemChecks.SUMMARY_MAX) String summary,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, implementation = Consent.class) String consent,
        String consentNote,
        @Schema(description = "Only when participants consented to their words being published")
        Boolean quotesPublishable,
        @ArraySchema(schema = @Schema(format = "uuid", description = "People of the organisation who gathered it"))
        List<String> gathererIds,
        @ArraySchema(schema = @Schema(description = "Others who gathered it, such as Young Voices peer researchers"))
        List<String> gathererNames,
        @ArraySchema(schema = @Schema(description = "Themes, stored in lower case", maxLength = ItemChecks.TAG_MAX))
        List<String> tags,
        @ArraySchema(schema = @Schema(format = "uuid", description = "The commission's needs it speaks to"))
        List<String> needIds,
        List<QuoteRequest> quotes,
        @Schema(description = "When changing an item: the version you read") Integer version)
        implements SelfChecking {

    /** Words someone said, with an optional anonymous attribution such as "young carer, 15". */
    record QuoteRequest(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = ItemChecks.QUOTE_MAX)
                        String text,
                        @Schema(maxLength = ItemChecks.ATTRIBUTION_MAX) String attribution) {
    }

    private static final String ISO_DATE = "\\d{4}-\\d{2}-\\d{2}";

    @Override
    public void check(Errors errors) {
        ItemChecks.check(typed(date(errors)), "gatheredOn", errors);
        List<QuoteRequest> sent = quotes == null ? List.of() : quotes;
        if (sent.size() > ItemChecks.MAX_QUOTES) {
            errors.rejectValue("quotes", "size", "Send up to " + ItemChecks.MAX_QUOTES + " quotes");
        }
        for (int i = 0; i < sent.size(); i++) {
            QuoteRequest quote = sent.get(i);
            int number = i + 1;
            if (quote == null) {
                errors.rejectValue("quotes", "required", "Quote " + number + " is empty");
                continue;
            }
            ItemChecks.quoteProblems(quote.text(), quote.attribution()).forEach(p -> errors.rejectValue("quotes",
                    "invalid", "Quote " + number + ": " + p.message()));
        }
    }

    /** Only called once {@link #check} found nothing wrong. */
    ItemDraft draft() {
        return ItemChecks.draft(typed(LocalDate.parse(gatheredOn.strip())));
    }

    List<ItemDraft.QuoteDraft> quoteDrafts() {
        return quotes == null ? List.of() : quotes.stream().map(q -> ItemChecks.quote(q.text(), q.attribution()))
                .toList();
    }

    private ItemChecks.Typed typed(LocalDate date) {
        return new ItemChecks.Typed(title, method, date, participants == null ? null : participants.toString(),
                summary, consent, consentNote, Boolean.TRUE.equals(quotesPublishable), gathererIds, gathererNames,
                tags, needIds);
    }

    private LocalDate date(Errors errors) {
        if (gatheredOn == null || gatheredOn.isBlank()) {
            errors.rejectValue("gatheredOn", "required", "Enter the date it was gathered");
            return null;
        }
        if (gatheredOn.strip().matches(ISO_DATE)) {
            try {
                return LocalDate.parse(gatheredOn.strip());
            } catch (DateTimeParseException e) {
                // shaped like a date but not one: explained below
            }
        }
        errors.rejectValue("gatheredOn", "invalid", "The date it was gathered must be a real date written as "
                + "yyyy-mm-dd, like 2026-10-10");
        return null;
    }
}
