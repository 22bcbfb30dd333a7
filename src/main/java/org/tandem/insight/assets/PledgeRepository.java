package org.tandem.insight.assets;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tandem.insight.wards.Ward;
import org.tandem.platform.PageRequest;
import org.tandem.platform.ResultPage;
import org.tandem.platform.SearchText;

import static org.tandem.platform.Timestamps.instant;
import static org.tandem.platform.Timestamps.utc;

@Repository
class PledgeRepository {

    private static final String COLUMNS = """
            p.id, p.organisation_id, p.asset_type, p.name, p.offers, p.who_can_use, p.ward_id, w.code as ward_code,
            w.name as ward_name, p.postcode, p.when_available, p.pledger_name, p.pledger_email, p.pledger_phone,
            p.consent_contact, p.consent_listing, p.consent_show_contact, p.consent_wording, p.consent_version,
            p.consented_at, p.status, p.reviewed_by_name, p.reviewed_at, p.review_note, p.asset_id, p.created_at,
            p.version""";
    private static final String FROM = " from asset_pledge p left join ward w on w.id = p.ward_id";

    private final JdbcClient jdbc;

    PledgeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Pledge> find(UUID organisationId, UUID id) {
        return jdbc.sql("select " + COLUMNS + FROM + " where p.organisation_id = ? and p.id = ?")
                .params(organisationId, id).query(PledgeRepository::map).optional();
    }

    Optional<Pledge> findByAsset(UUID organisationId, UUID assetId) {
        return jdbc.sql("select " + COLUMNS + FROM + " where p.organisation_id = ? and p.asset_id = ?")
                .params(organisationId, assetId).query(PledgeRepository::map).optional();
    }

    /** Newest first: the ones waiting longest are on the last page, so the list filters by status by default. */
    ResultPage<Pledge> search(UUID organisationId, PledgeStatus status, String text, PageRequest page) {
        StringBuilder where = new StringBuilder(" where p.organisation_id = :org");
        Map<String, Object> params = new HashMap<>();
        params.put("org", organisationId);
        if (status != null) {
            where.append(" and p.status = :status");
            params.put("status", status.name());
        }
        String pattern = SearchText.containing(text);
        if (pattern != null) {
            where.append(" and (lower(p.name) like :text escape '\\' or lower(p.offers) like :text escape '\\'"
                    + " or lower(p.pledger_name) like :text escape '\\')");
            params.put("text", pattern);
        }
        long total = jdbc.sql("select count(*) from asset_pledge p" + where).params(params).query(Long.class).single();
        List<Pledge> rows = jdbc.sql("select " + COLUMNS + FROM + where + " order by p.created_at desc, p.id"
                        + " limit :limit offset :offset")
                .params(params).param("limit", page.size()).param("offset", page.offset())
                .query(PledgeRepository::map).list();
        return new ResultPage<>(rows, page.page(), page.size(), total);
    }

    long count(UUID organisationId, PledgeStatus status) {
        return jdbc.sql("select count(*) from asset_pledge where organisation_id = ? and status = ?")
                .params(organisationId, status.name()).query(Long.class).single();
    }

    void insert(UUID id, UUID organisationId, PledgeDraft d, PledgeConsent consent, Instant now) {
        jdbc.sql("""
                insert into asset_pledge (id, organisation_id, asset_type, name, offers, who_can_use, ward_id, postcode,
                       when_available, pledger_name, pledger_email, pledger_phone, consent_contact, consent_listing,
                       consent_show_contact, consent_wording, consent_version, consented_at, status, created_at,
                       version)
                values (:id, :org, :type, :name, :offers, :who, :ward, :postcode, :when, :pledger, :email, :phone,
                       :contact, :listing, :show, :wording, :consentVersion, :consentedAt, 'WAITING', :now, 0)""")
                .param("id", id).param("org", organisationId).param("type", d.type().name())
                .param("name", d.name()).param("offers", d.offers()).param("who", d.whoCanUse())
                .param("ward", d.wardId()).param("postcode", d.postcode()).param("when", d.whenAvailable())
                .param("pledger", d.pledgerName()).param("email", d.pledgerEmail()).param("phone", d.pledgerPhone())
                .param("contact", consent.contact()).param("listing", consent.listing())
                .param("show", consent.showContact()).param("wording", consent.wording())
                .param("consentVersion", consent.version()).param("consentedAt", utc(consent.at()))
                .param("now", utc(now))
                .update();
    }

    /** Records the decision; false when the pledge was reviewed or changed since {@code version} was read. */
    boolean review(UUID organisationId, UUID id, int version, PledgeStatus outcome, UUID by, String byName,
                   String note, UUID assetId, Instant now) {
        return jdbc.sql("""
                update asset_pledge set status = :status, reviewed_by = :by, reviewed_by_name = :byName,
                       reviewed_at = :now, review_note = :note, asset_id = :asset, version = version + 1
                where organisation_id = :org and id = :id and version = :version and status = 'WAITING'""")
                .param("status", outcome.name()).param("by", by).param("byName", byName).param("now", utc(now))
                .param("note", note).param("asset", assetId).param("org", organisationId).param("id", id)
                .param("version", version)
                .update() == 1;
    }

    private static Pledge map(ResultSet rs, int row) throws SQLException {
        UUID wardId = rs.getObject("ward_id", UUID.class);
        UUID organisationId = rs.getObject("organisation_id", UUID.class);
        return new Pledge(rs.getObject("id", UUID.class), organisationId,
                AssetType.valueOf(rs.getString("asset_type")), rs.getString("name"), rs.getString("offers"),
                rs.getString("who_can_use"),
                wardId == null ? null : new Ward(wardId, organisationId, rs.getString("ward_code"),
                        rs.getString("ward_name")),
                rs.getString("postcode"), rs.getString("when_available"), rs.getString("pledger_name"),
                rs.getString("pledger_email"), rs.getString("pledger_phone"),
                new PledgeConsent(rs.getBoolean("consent_contact"), rs.getBoolean("consent_listing"),
                        rs.getBoolean("consent_show_contact"), rs.getString("consent_wording"),
                        rs.getString("consent_version"), instant(rs, "consented_at")),
                PledgeStatus.valueOf(rs.getString("status")), rs.getString("reviewed_by_name"),
                instant(rs, "reviewed_at"), rs.getString("review_note"), rs.getObject("asset_id", UUID.class),
                instant(rs, "created_at"), rs.getInt("version"));
    }
}
