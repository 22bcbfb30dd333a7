package org.tandem.insight.evidence.search;

import java.util.Map;
import org.tandem.platform.ResultPage;

/** A page of hits, and how many of each kind matched in all (so the page can offer to narrow to one kind). */
public record SearchResults(ResultPage<SearchHit> hits, Map<EvidenceKind, Long> counts) {

    public SearchResults {
        counts = Map.copyOf(counts);
    }

    public long count(EvidenceKind kind) {
        return counts.getOrDefault(kind, 0L);
    }

    /** How many of one kind matched, for links that narrow the search to it. */
    public record KindCount(EvidenceKind kind, long count) {
    }

    /** Every kind with its count, in the order the kinds are listed. */
    public java.util.List<KindCount> byKind() {
        return java.util.Arrays.stream(EvidenceKind.values()).map(k -> new KindCount(k, count(k))).toList();
    }

    public long total() {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }
}
