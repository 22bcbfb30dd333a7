package org.tandem.platform.organisations;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tandem.platform.OrganisationKind;
import org.tandem.platform.OrganisationSummary;
import org.tandem.platform.PageRequest;
import org.tandem.platform.ResultPage;
import org.tandem.platform.SearchText;
import org.tandem.platform.ServiceArea;

import static org.tandem.platform.Timestamps.instant;
import static org.tandem.platform.Timestamps.utc;

@Repository
public class OrganisationRepository {

    private static final String COLUMNS = """
            id, kind, name, charity_number, company_number, contact_email, contact_phone, address, website,
            description, created_at, version""";

    private final JdbcClient jdbc;

    OrganisationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Organisation> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from organisation where id = ?").param(id)
                .query((rs, n) -> map(rs, areasOf(id))).optional();
    }

    public Optional<UUID> findIdByName(String name) {
        return jdbc.sql("select id from organisation where name_key = ?").param(key(name)).query(UUID.class)
                .optional();
    }

    public boolean nameTaken(String name, UUID except) {
        return jdbc.sql("select count(*) from organisation where name_key = ? and id <> ?")
                .params(key(name), except == null ? new UUID(0, 0) : except).query(Long.class).single() > 0;
    }

    /** Holds the organisation's row until the transaction ends, so changes to its members or people take turns. */
    public void lock(UUID id) {
        jdbc.sql("select id from organisation where id = ? for update").param(id).query(UUID.class).optional();
    }

    public List<OrganisationSummary> summaries(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select id, name, kind from organisation where id in (:ids) order by name")
                .param("ids", ids).query(OrganisationRepository::summary).list();
    }

    public List<OrganisationSummary> allOfKinds(Set<OrganisationKind> kinds) {
        return jdbc.sql("select id, name, kind from organisation where kind in (:kinds) order by name")
                .param("kinds", kinds.stream().map(Enum::name).toList()).query(OrganisationRepository::summary).list();
    }

    public UUID create(OrganisationKind kind, OrganisationDetails details, Instant now) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into organisation (id, kind, name, name_key, charity_number, company_number, contact_email,
                                          contact_phone, address, website, description, created_at, updated_at, version)
                values (:id, :kind, :name, :key, :charity, :company, :email, :phone, :address, :website, :description,
                        :now, :now, 0)""")
                .param("id", id).param("kind", kind.name()).params(detailParams(details)).param("now", utc(now))
                .update();
        replaceAreas(id, details.areasOfWork());
        return id;
    }

    /** Optimistic: false when someone else saved the organisation since {@code version} was read. */
    public boolean update(UUID id, int version, OrganisationDetails details, Instant now) {
        int rows = jdbc.sql("""
                update organisation set name = :name, name_key = :key, charity_number = :charity,
                       company_number = :company, contact_email = :email, contact_phone = :phone, address = :address,
                       website = :website, description = :description, updated_at = :now, version = version + 1
                where id = :id and version = :version""")
                .params(detailParams(details)).param("now", utc(now)).param("id", id).param("version", version)
                .update();
        if (rows == 1) {
            replaceAreas(id, details.areasOfWork());
        }
        return rows == 1;
    }

    /** The directory: every organisation whose name matches, optionally of one kind, by name. */
    public ResultPage<Organisation> search(String query, OrganisationKind kind, PageRequest page) {
        // Conditions are added only when asked for: PostgreSQL cannot type a bare "? is null" parameter.
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        String pattern = SearchText.containing(query);
        if (pattern != null) {
            where.append(" and name_key like :q");
            params.put("q", pattern);
        }
        if (kind != null) {
            where.append(" and kind = :kind");
            params.put("kind", kind.name());
        }
        long total = jdbc.sql("select count(*) from organisation" + where).params(params).query(Long.class).single();
        List<Organisation> page1 = jdbc.sql("select " + COLUMNS + " from organisation" + where
                        + " order by name_key limit :limit offset :offset")
                .params(params).param("limit", page.size()).param("offset", page.offset())
                .query((rs, n) -> map(rs, Set.of())).list();
        Map<UUID, Set<ServiceArea>> areas = areasOf(page1.stream().map(Organisation::id).toList());
        List<Organisation> items = page1.stream().map(o -> withAreas(o, areas.getOrDefault(o.id(), Set.of()))).toList();
        return new ResultPage<>(items, page.page(), page.size(), total);
    }

    public List<PartnershipMember> partnershipMembers(UUID partnershipId) {
        return jdbc.sql("""
                select o.id, o.name, o.kind, pm.lead from partnership_member pm
                join organisation o on o.id = pm.member_id
                where pm.partnership_id = ? order by pm.lead desc, o.name""")
                .param(partnershipId)
                .query((rs, n) -> new PartnershipMember(summary(rs, n), rs.getBoolean("lead"))).list();
    }

    public List<OrganisationSummary> partnershipsOf(UUID memberId) {
        return jdbc.sql("""
                select o.id, o.name, o.kind from partnership_member pm join organisation o on o.id = pm.partnership_id
                where pm.member_id = ? order by o.name""")
                .param(memberId).query(OrganisationRepository::summary).list();
    }

    public void addPartnershipMember(UUID partnershipId, UUID memberId, boolean lead, Instant now) {
        if (lead) {
            jdbc.sql("update partnership_member set lead = false where partnership_id = ?").param(partnershipId)
                    .update();
        }
        jdbc.sql("insert into partnership_member (partnership_id, member_id, lead, joined_at) values (?, ?, ?, ?)")
                .params(partnershipId, memberId, lead, utc(now)).update();
    }

    public void makeLead(UUID partnershipId, UUID memberId) {
        jdbc.sql("update partnership_member set lead = (member_id = ?) where partnership_id = ?")
                .params(memberId, partnershipId).update();
    }

    public boolean removePartnershipMember(UUID partnershipId, UUID memberId) {
        return jdbc.sql("delete from partnership_member where partnership_id = ? and member_id = ?")
                .params(partnershipId, memberId).update() == 1;
    }

    private Set<ServiceArea> areasOf(UUID id) {
        return areasOf(List.of(id)).getOrDefault(id, Set.of());
    }

    private Map<UUID, Set<ServiceArea>> areasOf(Collection<UUID> ids) {
        Map<UUID, Set<ServiceArea>> areas = new HashMap<>();
        if (ids.isEmpty()) {
            return areas;
        }
        jdbc.sql("select organisation_id, area from organisation_area_of_work where organisation_id in (:ids)")
                .param("ids", ids)
                .query(rs -> {
                    areas.computeIfAbsent(rs.getObject(1, UUID.class), k -> EnumSet.noneOf(ServiceArea.class))
                            .add(ServiceArea.valueOf(rs.getString(2)));
                });
        return areas;
    }

    private void replaceAreas(UUID id, Set<ServiceArea> areas) {
        jdbc.sql("delete from organisation_area_of_work where organisation_id = ?").param(id).update();
        for (ServiceArea area : areas) {
            jdbc.sql("insert into organisation_area_of_work (organisation_id, area) values (?, ?)")
                    .params(id, area.name()).update();
        }
    }

    private static Map<String, Object> detailParams(OrganisationDetails d) {
        Map<String, Object> params = new HashMap<>();
        params.put("name", d.name());
        params.put("key", key(d.name()));
        params.put("charity", d.charityNumber());
        params.put("company", d.companyNumber());
        params.put("email", d.contactEmail());
        params.put("phone", d.contactPhone());
        params.put("address", d.address());
        params.put("website", d.website());
        params.put("description", d.description());
        return params;
    }

    private static Organisation withAreas(Organisation o, Set<ServiceArea> areas) {
        return new Organisation(o.id(), o.kind(), o.name(), o.charityNumber(), o.companyNumber(), o.contactEmail(),
                o.contactPhone(), o.address(), o.website(), o.description(), areas, o.createdAt(), o.version());
    }

    private static Organisation map(ResultSet rs, Set<ServiceArea> areas) throws SQLException {
        return new Organisation(rs.getObject("id", UUID.class), OrganisationKind.valueOf(rs.getString("kind")),
                rs.getString("name"), rs.getString("charity_number"), rs.getString("company_number"),
                rs.getString("contact_email"), rs.getString("contact_phone"), rs.getString("address"),
                rs.getString("website"), rs.getString("description"), areas, instant(rs, "created_at"),
                rs.getInt("version"));
    }

    static OrganisationSummary summary(ResultSet rs, int row) throws SQLException {
        return new OrganisationSummary(rs.getObject("id", UUID.class), rs.getString("name"),
                OrganisationKind.valueOf(rs.getString("kind")));
    }

    static String key(String name) {
        return name == null ? null : name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

}
