package org.tandem.platform.people;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.tandem.platform.OrganisationPeople;
import org.tandem.platform.PersonSummary;
import org.tandem.platform.Role;

@Service
class OrganisationPeopleDirectory implements OrganisationPeople {

    private final JdbcClient jdbc;

    OrganisationPeopleDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<PersonSummary> withAnyRole(UUID organisationId, Role... roles) {
        Set<Role> wanted = roles.length == 0 ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(Arrays.asList(roles));
        return people(organisationId, null).stream().filter(p -> p.roles().stream().anyMatch(wanted::contains))
                .toList();
    }

    @Override
    public Optional<PersonSummary> find(UUID organisationId, UUID personId) {
        return people(organisationId, personId).stream().findFirst();
    }

    /** Everyone active in the organisation (or the one person), with their roles there, in one query. */
    private List<PersonSummary> people(UUID organisationId, UUID personId) {
        Map<UUID, String> names = new LinkedHashMap<>();
        Map<UUID, Set<Role>> roles = new LinkedHashMap<>();
        jdbc.sql("select p.id, p.display_name, m.role from membership m join person p on p.id = m.person_id "
                        + "where m.organisation_id = :org and p.active = true"
                        + (personId == null ? "" : " and p.id = :person")
                        + " order by lower(p.display_name), p.id, m.role")
                .param("org", organisationId).param("person", personId)
                .query(rs -> {
                    UUID id = rs.getObject("id", UUID.class);
                    names.putIfAbsent(id, rs.getString("display_name"));
                    roles.computeIfAbsent(id, k -> EnumSet.noneOf(Role.class)).add(Role.valueOf(rs.getString("role")));
                });
        return names.entrySet().stream().map(e -> new PersonSummary(e.getKey(), e.getValue(), roles.get(e.getKey())))
                .toList();
    }
}
