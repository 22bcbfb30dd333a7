package org.tandem.insight.evidence.search;

import java.util.UUID;

/** One piece of evidence that matched: what it is, where it matched, and which commission it belongs to. */
public record SearchHit(EvidenceKind kind, UUID id, UUID commissionId, String commissionTitle, String title,
                        String detail, Snippet snippet) {

    /** Its page, below the commission's address. */
    public String path() {
        return kind.pathOf(id);
    }
}
