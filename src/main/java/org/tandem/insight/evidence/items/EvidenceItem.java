package org.tandem.insight.evidence.items;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A piece of qualitative evidence: what a method such as peer research or a site visit found, in people's own words
 * (quotes), who gathered it, how participants consented, and the themes and needs it speaks to.
 */
public record EvidenceItem(UUID id, UUID organisationId, UUID commissionId, String title, EvidenceMethod method,
                           LocalDate gatheredOn, Integer participants, String summary, Consent consent,
                           String consentNote, boolean quotesPublishable, List<Quote> quotes,
                           List<Gatherer> gatherers, List<String> tags, List<TaggedNeed> needs,
                           List<Attachment> attachments, UUID createdBy, String createdByName, Instant createdAt,
                           Instant updatedAt, int version) {

    public EvidenceItem {
        quotes = List.copyOf(quotes);
        gatherers = List.copyOf(gatherers);
        tags = List.copyOf(tags);
        needs = List.copyOf(needs);
        attachments = List.copyOf(attachments);
    }

    /** Words someone said, with an optional anonymous attribution such as "young carer, 15". */
    public record Quote(UUID id, int position, String text, String attribution) {
    }

    /** Who gathered the evidence: a person of the organisation ({@code personId}) or a name as typed. */
    public record Gatherer(UUID personId, String name) {
    }

    /** A need of the commission the evidence speaks to. */
    public record TaggedNeed(UUID id, String title) {
    }

    /** A file kept with the evidence, such as workshop notes or a photo of a flipchart. */
    public record Attachment(UUID id, UUID fileId, String name, String contentType, String kindLabel,
                             long sizeBytes, String addedByName, Instant addedAt) {

        /** "245 KB" */
        public String size() {
            return org.tandem.platform.files.SafeFileName.size(sizeBytes);
        }
    }

    public String gathererNames() {
        return String.join(", ", gatherers.stream().map(Gatherer::name).toList());
    }
}
