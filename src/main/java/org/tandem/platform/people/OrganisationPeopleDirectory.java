package org.tandem.platform.people;

import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tandem.platform.OrganisationPeople;

@Component
class OrganisationPeopleDirectory implements OrganisationPeople {

    private final JdbcClient jdbc;

    OrganisationPeopleDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Person> peopleOf(UUID organisationId) {
        return jdbc.sql("""
                        select p.id, p.display_name from person p
                        where p.active = true and p.id in (select person_id from membership where organisation_id = ?)
                        order by lower(p.display_name), p.id""")
                .param(organisationId)
                .query((rs, n) -> new Person(rs.getObject("id", UUID.class), rs.getString("display_name")))
                .list();
    }
}
