package org.tandem.insight.evidence.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.springframework.validation.Errors;
import org.tandem.insight.evidence.items.EvidenceItem;
import org.tandem.insight.evidence.items.ItemChecks;
import org.tandem.insight.evidence.items.ItemDraft;
import org.tandem.platform.DateParts;
import org.tandem.platform.SelfChecking;

/**
 * An evidence item as typed. Other gatherers are typed one per line; themes are separated by commas. Quotes and
 * files are added on the item's own page, one at a time.
 */
public record ItemForm(String title, String method, String gatheredDay, String gatheredMonth, String gatheredYear,
                       String participants, String summary, String consent, String consentNote,
                       String quotesPublishable, List<String> gathererIds, String gathererNames, String tags,
                       List<String> needIds, Integer version) implements SelfChecking {

    static ItemForm blank(String signedInPersonId) {
        return new ItemForm("", null, "", "", "", "", "", null, "", null, List.of(signedInPersonId), "", "", List.of(),
                null);
    }

    static ItemForm of(EvidenceItem item) {
        return new ItemForm(item.title(), item.method().name(), DateParts.day(item.gatheredOn()),
                DateParts.month(item.gatheredOn()), DateParts.year(item.gatheredOn()),
                item.participants() == null ? "" : item.participants().toString(), item.summary(),
                item.consent().name(), item.consentNote(), item.quotesPublishable() ? "yes" : null,
                item.gatherers().stream().filter(g -> g.personId() != null).map(g -> g.personId().toString())
                        .toList(),
                String.join("\n", item.gatherers().stream().filter(g -> g.personId() == null)
                        .map(EvidenceItem.Gatherer::name).toList()),
                String.join(", ", item.tags()), item.needs().stream().map(n -> n.id().toString()).toList(),
                item.version());
    }

    @Override
    public void check(Errors errors) {
        ItemChecks.check(typed(DateParts.read(gatheredDay, gatheredMonth, gatheredYear, "The date it was gathered",
                "gathered", errors, true)), "gatheredDay", errors);
    }

    /** Only called once {@link #check} found nothing wrong. */
    ItemDraft toDraft() {
        return ItemChecks.draft(typed(LocalDate.of(Integer.parseInt(gatheredYear.strip()),
                Integer.parseInt(gatheredMonth.strip()), Integer.parseInt(gatheredDay.strip()))));
    }

    private ItemChecks.Typed typed(LocalDate gatheredOn) {
        return new ItemChecks.Typed(title, method, gatheredOn, participants, summary, consent, consentNote,
                "yes".equals(quotesPublishable), gathererIds, lines(gathererNames), commaSeparated(tags), needIds);
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : Arrays.asList(text.split("\\R"));
    }

    private static List<String> commaSeparated(String text) {
        return text == null ? List.of() : Arrays.asList(text.split(","));
    }
}
