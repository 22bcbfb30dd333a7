package org.tandem.insight.evidence.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.tandem.insight.evidence.items.Consent;
import org.tandem.insight.evidence.items.EvidenceItem;
import org.tandem.insight.evidence.items.EvidenceMethod;

/** An evidence item in the API, with its quotes, gatherers, themes, needs and files. */
record EvidenceItemJson(UUID id, String title, EvidenceMethod method, LocalDate gatheredOn, Integer participants,
                        String summary, Consent consent, String consentNote,
                        @Schema(description = "Whether participants agreed that their words may be published")
                        boolean quotesPublishable, List<QuoteJson> quotes, List<GathererJson> gatherers,
                        List<String> tags, List<NeedJson> needs, List<AttachmentJson> attachments, String createdBy,
                        Instant createdAt, Instant updatedAt,
                        @Schema(description = "Send it back when changing the item") int version) {

    record QuoteJson(UUID id, String text, String attribution) {
    }

    record GathererJson(@Schema(description = "Set for people of the organisation") UUID personId, String name) {
    }

    record NeedJson(UUID id, String title) {
    }

    record AttachmentJson(UUID id, String name, String contentType, long sizeBytes, String addedBy,
                          Instant addedAt) {
        static AttachmentJson of(EvidenceItem.Attachment a) {
            return new AttachmentJson(a.id(), a.name(), a.contentType(), a.sizeBytes(), a.addedByName(), a.addedAt());
        }
    }

    static EvidenceItemJson of(EvidenceItem i) {
        return new EvidenceItemJson(i.id(), i.title(), i.method(), i.gatheredOn(), i.participants(), i.summary(),
                i.consent(), i.consentNote(), i.quotesPublishable(),
                i.quotes().stream().map(q -> new QuoteJson(q.id(), q.text(), q.attribution())).toList(),
                i.gatherers().stream().map(g -> new GathererJson(g.personId(), g.name())).toList(), i.tags(),
                i.needs().stream().map(n -> new NeedJson(n.id(), n.title())).toList(),
                i.attachments().stream().map(AttachmentJson::of).toList(), i.createdByName(), i.createdAt(),
                i.updatedAt(), i.version());
    }
}
