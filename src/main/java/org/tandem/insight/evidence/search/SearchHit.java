package org.tandem.insight.evidence.search;

import java.util.List;
import java.util.UUID;

/**
 * One piece of evidence that matched: what it is, its title with the words marked, where else it matched (null when
 * only the title did), and which commission it belongs to.
 */
public record SearchHit(EvidenceKind kind, UUID id, UUID commissionId, String commissionTitle, String title,
                        List<Snippet.Piece> titlePieces, String detail, Snippet snippet) {

    public SearchHit {
        titlePieces = List.copyOf(titlePieces);
    }

    /** Its page, below the commission's address. */
    public String path() {
        return kind.pathOf(id);
    }
}
