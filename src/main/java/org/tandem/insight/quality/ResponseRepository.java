package org.tandem.insight.quality;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import static org.tandem.platform.Timestamps.instant;
import static org.tandem.platform.Timestamps.utc;

/** Providers' written responses to their results, oldest first. */
@Repository
public class ResponseRepository {

    private final JdbcClient jdbc;

    ResponseRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public ProviderResponse add(UUID organisationId, UUID decisionId, UUID providerOrganisationId, String body,
                                UUID by, String byName, Instant now) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into quality_response (id, organisation_id, decision_id, provider_organisation_id, body,
                    written_by, written_by_name, written_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, organisationId, decisionId, providerOrganisationId, body, by, byName, utc(now)).update();
        return new ProviderResponse(id, decisionId, body, byName, now);
    }

    /** Responses to the organisation's decisions, as its commissioners read them. */
    public List<ProviderResponse> responsesTo(UUID organisationId, List<UUID> decisionIds) {
        if (decisionIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select id, decision_id, body, written_by_name, written_at from quality_response "
                        + "where organisation_id = :org and decision_id in (:ids) order by written_at, id")
                .param("org", organisationId).param("ids", decisionIds)
                .query(ResponseRepository::map).list();
    }

    /** The provider's own responses to one decision. */
    public List<ProviderResponse> fromProvider(UUID providerOrganisationId, UUID decisionId) {
        return jdbc.sql("select id, decision_id, body, written_by_name, written_at from quality_response "
                        + "where provider_organisation_id = ? and decision_id = ? order by written_at, id")
                .params(providerOrganisationId, decisionId)
                .query(ResponseRepository::map).list();
    }

    private static ProviderResponse map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new ProviderResponse(rs.getObject("id", UUID.class), rs.getObject("decision_id", UUID.class),
                rs.getString("body"), rs.getString("written_by_name"), instant(rs, "written_at"));
    }
}
