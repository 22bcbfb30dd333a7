package org.tandem.insight.evidence.search;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tandem.platform.PageRequest;
import org.tandem.platform.ResultPage;

/**
 * One query over the three kinds of evidence: each kept its words lower-cased in {@code search_text}, so every word
 * typed is one {@code like ... escape} condition, the same on H2 and PostgreSQL (docs/decisions/0010). Hits with
 * more of the words in their title come first, then the most recently changed.
 */
@Repository
public class EvidenceSearchRepository {

    /** A match before its details are read. */
    public record Row(EvidenceKind kind, UUID id, UUID commissionId) {
    }

    private static final Map<EvidenceKind, String> TABLES = Map.of(EvidenceKind.DATASET, "evidence_dataset",
            EvidenceKind.ITEM, "evidence_item", EvidenceKind.RISK, "evidence_risk");
    private static final Map<EvidenceKind, String> CHANGED = Map.of(EvidenceKind.DATASET, "imported_at",
            EvidenceKind.ITEM, "updated_at", EvidenceKind.RISK, "updated_at");

    private final JdbcClient jdbc;

    EvidenceSearchRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** {@code commissionId} null searches every commission of the organisation; {@code kind} null every kind. */
    public ResultPage<Row> search(UUID organisationId, UUID commissionId, List<String> patterns, EvidenceKind kind,
                                  PageRequest page) {
        Map<String, Object> params = params(organisationId, commissionId, patterns);
        List<EvidenceKind> kinds = kind == null ? List.of(EvidenceKind.values()) : List.of(kind);
        String titleWords = java.util.stream.IntStream.range(0, patterns.size())
                .mapToObj(i -> "case when lower(title) like :w" + i + " escape '\\' then 1 else 0 end")
                .collect(Collectors.joining(" + "));
        String union = kinds.stream().map(k -> "select '" + k.name() + "' as kind, id, commission_id, "
                        + titleWords + " as title_words, " + CHANGED.get(k) + " as changed_at from " + TABLES.get(k)
                        + where(commissionId, patterns.size()))
                .collect(Collectors.joining(" union all "));
        long total = counts(organisationId, commissionId, patterns).entrySet().stream()
                .filter(e -> kinds.contains(e.getKey())).mapToLong(Map.Entry::getValue).sum();
        List<Row> rows = jdbc.sql("select kind, id, commission_id from (" + union + ") hits"
                        + " order by title_words desc, changed_at desc, id limit :limit offset :offset")
                .params(params).param("limit", page.size()).param("offset", page.offset())
                .query((rs, n) -> new Row(EvidenceKind.valueOf(rs.getString("kind")), rs.getObject("id", UUID.class),
                        rs.getObject("commission_id", UUID.class)))
                .list();
        return new ResultPage<>(rows, page.page(), page.size(), total);
    }

    public Map<EvidenceKind, Long> counts(UUID organisationId, UUID commissionId, List<String> patterns) {
        Map<String, Object> params = params(organisationId, commissionId, patterns);
        Map<EvidenceKind, Long> counts = new EnumMap<>(EvidenceKind.class);
        for (EvidenceKind kind : EvidenceKind.values()) {
            counts.put(kind, jdbc.sql("select count(*) from " + TABLES.get(kind) + where(commissionId,
                    patterns.size())).params(params).query(Long.class).single());
        }
        return counts;
    }

    private static String where(UUID commissionId, int words) {
        StringBuilder where = new StringBuilder(" where organisation_id = :org");
        if (commissionId != null) {
            where.append(" and commission_id = :commission");
        }
        for (int i = 0; i < words; i++) {
            where.append(" and search_text like :w").append(i).append(" escape '\\'");
        }
        return where.toString();
    }

    private static Map<String, Object> params(UUID organisationId, UUID commissionId, List<String> patterns) {
        Map<String, Object> params = new HashMap<>();
        params.put("org", organisationId);
        if (commissionId != null) {
            params.put("commission", commissionId);
        }
        for (int i = 0; i < patterns.size(); i++) {
            params.put("w" + i, patterns.get(i));
        }
        return params;
    }
}
