package org.tandem.insight.evidence.items;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * An evidence item's details once checked ({@link ItemChecks}). Gatherers are people of the organisation and names
 * as typed; tags are lower case.
 */
public record ItemDraft(String title, EvidenceMethod method, LocalDate gatheredOn, Integer participants,
                        String summary, Consent consent, String consentNote, boolean quotesPublishable,
                        Set<UUID> gathererIds, List<String> gathererNames, List<String> tags, Set<UUID> needIds) {

    public ItemDraft {
        gathererIds = Set.copyOf(gathererIds);
        gathererNames = List.copyOf(gathererNames);
        tags = List.copyOf(tags);
        needIds = Set.copyOf(needIds);
    }

    /** A quote once checked. */
    public record QuoteDraft(String text, String attribution) {
    }
}
