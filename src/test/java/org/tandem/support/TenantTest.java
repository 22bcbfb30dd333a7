package org.tandem.support;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Autowired;
import org.tandem.platform.AuditLog.Actor;
import org.tandem.platform.OrganisationKind;
import org.tandem.platform.Role;
import org.tandem.platform.organisations.OrganisationDetails;
import org.tandem.platform.organisations.OrganisationService;
import org.tandem.platform.people.MembershipRepository;
import org.tandem.platform.people.PersonRepository;

/**
 * For tests that change organisations and people: they work on fresh, uniquely named ones, so the demo story and
 * other tests sharing the database are never disturbed.
 */
public abstract class TenantTest extends IntegrationTest {

    private static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"(\\d+)\"");

    @Autowired
    protected OrganisationService organisationService;

    @Autowired
    private PersonRepository personRepository;

    @Autowired
    private MembershipRepository membershipRepository;

    /** A name no other test or demo record has. */
    protected static String unique(String name) {
        return name + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    protected UUID newOrganisation(OrganisationKind kind) {
        return newOrganisation(kind, unique("Test " + kind.label().toLowerCase()));
    }

    protected UUID newOrganisation(OrganisationKind kind, String name) {
        return organisationService.createOrganisation(kind, new OrganisationDetails(name, null, null, null, null, null,
                null, "Made by a test", Set.of()), Actor.TANDEM);
    }

    /** A new person with a confirmed email address and these roles in the organisation; returns their email. */
    protected String newPerson(UUID organisationId, Role... roles) {
        return newPerson(unique("Test person"), organisationId, roles);
    }

    protected String newPerson(String name, UUID organisationId, Role... roles) {
        String email = "person-" + UUID.randomUUID().toString().substring(0, 12) + "@example.org";
        personRepository.create(email, name, null, Instant.now(), Instant.now());
        grant(email, organisationId, roles);
        return email;
    }

    protected void grant(String email, UUID organisationId, Role... roles) {
        UUID personId = demo.person(email);
        for (Role role : roles) {
            membershipRepository.grant(personId, organisationId, role, null, Instant.now());
        }
    }

    protected Set<Role> rolesOf(String email, UUID organisationId) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        membershipRepository.rolesIn(demo.person(email), organisationId).forEach(roles::add);
        return roles;
    }

    protected String nameOf(String email) {
        return jdbc.sql("select display_name from person where email_key = lower(?)").param(email)
                .query(String.class).single();
    }

    protected long auditEvents(UUID organisationId, String action) {
        return jdbc.sql("select count(*) from audit_event where organisation_id = ? and action = ?")
                .params(organisationId, action).query(Long.class).single();
    }

    /** The hidden version field of a form page, for optimistic locking. */
    protected static String versionIn(String page) {
        Matcher m = VERSION.matcher(page);
        if (!m.find()) {
            throw new AssertionError("No version field in the page");
        }
        return m.group(1);
    }
}
