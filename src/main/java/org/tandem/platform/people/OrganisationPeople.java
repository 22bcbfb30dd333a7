package org.tandem.platform.people;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tandem.platform.People;
import org.tandem.platform.PersonSummary;
import org.tandem.platform.Role;

/** The people of an organisation as other modules see them: active people only, with their roles there. */
@Repository
class OrganisationPeople implements People {

    private final JdbcClient jdbc;

    OrganisationPeople(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<PersonSummary> of(UUID organisationId) {
        return query(organisationId, null);
    }

    @Override
    public Optional<PersonSummary> find(UUID organisationId, UUID personId) {
        return query(organisationId, personId).stream().findFirst();
    }

    private List<PersonSummary> query(UUID organisationId, UUID personId) {
        Map<UUID, String> names = new LinkedHashMap<>();
        Map<UUID, Set<Role>> roles = new LinkedHashMap<>();
        String onePerson = personId == null ? "" : " and p.id = :person";
        var statement = jdbc.sql("select p.id, p.display_name, m.role from membership m"
                        + " join person p on p.id = m.person_id"
                        + " where m.organisation_id = :org and p.active = true" + onePerson
                        + " order by lower(p.display_name), p.id, m.role")
                .param("org", organisationId);
        (personId == null ? statement : statement.param("person", personId))
                .query(rs -> {
                    UUID id = rs.getObject("id", UUID.class);
                    names.putIfAbsent(id, rs.getString("display_name"));
                    roles.computeIfAbsent(id, k -> EnumSet.noneOf(Role.class)).add(Role.valueOf(rs.getString("role")));
                });
        List<PersonSummary> people = new ArrayList<>();
        names.forEach((id, name) -> people.add(new PersonSummary(id, name, roles.get(id))));
        return people;
    }
}
