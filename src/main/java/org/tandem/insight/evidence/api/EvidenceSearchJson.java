package org.tandem.insight.evidence.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.tandem.insight.evidence.search.EvidenceKind;
import org.tandem.insight.evidence.search.SearchHit;
import org.tandem.insight.evidence.search.SearchResults;
import org.tandem.insight.evidence.search.Snippet;

/** One page of search hits, with how many of each kind matched in all. */
record EvidenceSearchJson(List<HitJson> items, int page, int size, long total, int pageCount,
                          Map<EvidenceKind, Long> counts) {

    record HitJson(EvidenceKind kind, UUID id, UUID commissionId, String title, String detail,
                   @Schema(description = "Where it matched, such as Quote or Indicator") String matchedIn,
                   @Schema(description = "The text around the match") String context,
                   @Schema(description = "The words of the title and the context that matched")
                   List<String> matches) {

        static HitJson of(SearchHit hit) {
            Snippet s = hit.snippet();
            return new HitJson(hit.kind(), hit.id(), hit.commissionId(), hit.title(), hit.detail(),
                    s == null ? null : s.field(),
                    s == null ? null : s.pieces().stream().map(Snippet.Piece::text).collect(Collectors.joining()),
                    java.util.stream.Stream.concat(hit.titlePieces().stream(),
                                    s == null ? java.util.stream.Stream.empty() : s.pieces().stream())
                            .filter(Snippet.Piece::match).map(Snippet.Piece::text).toList());
        }
    }

    static EvidenceSearchJson of(SearchResults results) {
        var hits = results.hits();
        return new EvidenceSearchJson(hits.items().stream().map(HitJson::of).toList(), hits.page(), hits.size(),
                hits.total(), hits.pageCount(), results.counts());
    }
}
