package org.tandem.platform.people;

import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tandem.platform.CurrentUser;
import org.tandem.platform.OrganisationKind;
import org.tandem.platform.PageRequest;
import org.tandem.platform.ResultPage;
import org.tandem.platform.Role;
import org.tandem.platform.SearchText;

import static org.tandem.platform.Timestamps.utc;

@Repository
public class MembershipRepository {

    /** How the people list can be sorted; the SQL is fixed here so no request text reaches the query. */
    public enum MemberSort {
        // lower(): names sort alphabetically whatever their case, and the same on PostgreSQL and H2.
        NAME("lower(p.display_name)"), EMAIL("p.email_key");

        private final String column;

        MemberSort(String column) {
            this.column = column;
        }
    }

    private final JdbcClient jdbc;

    MembershipRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The person's own organisations first, then the partnerships they take part in; each by name. */
    public List<CurrentUser.Membership> membershipsOf(UUID personId) {
        Map<UUID, CurrentUser.Membership> byOrganisation = new LinkedHashMap<>();
        Map<UUID, Set<Role>> roles = new HashMap<>();
        jdbc.sql("""
                select o.id, o.name, o.kind, m.role from membership m join organisation o on o.id = m.organisation_id
                where m.person_id = ?
                order by case o.kind when 'PARTNERSHIP' then 1 else 0 end, lower(o.name), m.role""")
                .param(personId)
                .query(rs -> {
                    UUID organisationId = rs.getObject("id", UUID.class);
                    roles.computeIfAbsent(organisationId, k -> EnumSet.noneOf(Role.class))
                            .add(Role.valueOf(rs.getString("role")));
                    byOrganisation.putIfAbsent(organisationId, new CurrentUser.Membership(organisationId,
                            rs.getString("name"), OrganisationKind.valueOf(rs.getString("kind")), Set.of()));
                });
        return byOrganisation.values().stream()
                .map(m -> new CurrentUser.Membership(m.organisationId(), m.organisationName(), m.kind(),
                        roles.get(m.organisationId())))
                .toList();
    }

    public Set<Role> rolesIn(UUID personId, UUID organisationId) {
        EnumSet<Role> roles = EnumSet.noneOf(Role.class);
        jdbc.sql("select role from membership where person_id = ? and organisation_id = ?")
                .params(personId, organisationId).query(String.class).list()
                .forEach(r -> roles.add(Role.valueOf(r)));
        return roles;
    }

    /** The roles of several people in one organisation, in one query rather than one per person. */
    private Map<UUID, Set<Role>> rolesOf(List<UUID> personIds, UUID organisationId) {
        Map<UUID, Set<Role>> roles = new HashMap<>();
        if (personIds.isEmpty()) {
            return roles;
        }
        jdbc.sql("select person_id, role from membership where organisation_id = :org and person_id in (:people)")
                .param("org", organisationId).param("people", personIds)
                .query(rs -> {
                    roles.computeIfAbsent(rs.getObject("person_id", UUID.class), k -> EnumSet.noneOf(Role.class))
                            .add(Role.valueOf(rs.getString("role")));
                });
        return roles;
    }

    public void grant(UUID personId, UUID organisationId, Role role, UUID grantedBy, Instant now) {
        if (rolesIn(personId, organisationId).contains(role)) {
            return;
        }
        jdbc.sql("""
                insert into membership (person_id, organisation_id, role, granted_at, granted_by)
                values (?, ?, ?, ?, ?)""")
                .params(personId, organisationId, role.name(), utc(now), grantedBy).update();
    }

    public void revoke(UUID personId, UUID organisationId, Role role) {
        jdbc.sql("delete from membership where person_id = ? and organisation_id = ? and role = ?")
                .params(personId, organisationId, role.name()).update();
    }

    public void removeFromOrganisation(UUID personId, UUID organisationId) {
        jdbc.sql("delete from membership where person_id = ? and organisation_id = ?")
                .params(personId, organisationId).update();
    }

    /** Holds the organisation's row until the transaction ends, so changes to its people's roles take turns. */
    public void lockOrganisation(UUID organisationId) {
        jdbc.sql("select id from organisation where id = ? for update").param(organisationId).query(UUID.class)
                .optional();
    }

    /** Active people other than {@code except} who hold the role in the organisation. */
    public long countOthersWithRole(UUID organisationId, Role role, UUID except) {
        return jdbc.sql("""
                select count(*) from membership m join person p on p.id = m.person_id
                where m.organisation_id = ? and m.role = ? and p.active = true and p.id <> ?""")
                .params(organisationId, role.name(), except).query(Long.class).single();
    }

    /** The people of one organisation, filtered by name or email and by role, one page at a time. */
    public ResultPage<Member> members(UUID organisationId, String query, Role role, MemberSort sort, PageRequest page) {
        StringBuilder where = new StringBuilder(
                " where p.id in (select person_id from membership where organisation_id = :org");
        Map<String, Object> params = new HashMap<>();
        params.put("org", organisationId);
        if (role != null) {
            where.append(" and role = :role");
            params.put("role", role.name());
        }
        where.append(")");
        String pattern = SearchText.containing(query);
        if (pattern != null) {
            where.append(" and (lower(p.display_name) like :q or p.email_key like :q)");
            params.put("q", pattern);
        }
        long total = jdbc.sql("select count(*) from person p" + where).params(params).query(Long.class).single();
        List<Member> bare = jdbc.sql("select p.id, p.display_name, p.email, p.email_verified_at, p.active from person p"
                        + where + " order by " + (sort == null ? MemberSort.NAME : sort).column + ", p.id"
                        + " limit :limit offset :offset")
                .params(params).param("limit", page.size()).param("offset", page.offset())
                .query((rs, n) -> new Member(rs.getObject("id", UUID.class), rs.getString("display_name"),
                        rs.getString("email"), Set.of(), rs.getObject("email_verified_at") != null,
                        rs.getBoolean("active")))
                .list();
        Map<UUID, Set<Role>> roles = rolesOf(bare.stream().map(Member::personId).toList(), organisationId);
        List<Member> items = bare.stream()
                .map(m -> new Member(m.personId(), m.displayName(), m.email(),
                        roles.getOrDefault(m.personId(), Set.of()), m.emailVerified(), m.active()))
                .toList();
        return new ResultPage<>(items, page.page(), page.size(), total);
    }
}
