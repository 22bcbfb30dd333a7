package org.tandem.platform.people;

import java.time.Clock;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.platform.AuditEntry;
import org.tandem.platform.AuditLog;
import org.tandem.platform.ConflictException;
import org.tandem.platform.CurrentUser;
import org.tandem.platform.NotFoundException;
import org.tandem.platform.PageRequest;
import org.tandem.platform.ResultPage;
import org.tandem.platform.Role;
import org.tandem.platform.RuleViolation;
import org.tandem.platform.people.MembershipRepository.MemberSort;

/** What an organisation's administrators do with its people: find them, change their roles, rename them, remove them. */
@Service
public class PeopleAdministration {

    private final PersonRepository people;
    private final MembershipRepository memberships;
    private final AuditLog audit;
    private final Clock clock;

    PeopleAdministration(PersonRepository people, MembershipRepository memberships, AuditLog audit, Clock clock) {
        this.people = people;
        this.memberships = memberships;
        this.audit = audit;
        this.clock = clock;
    }

    /** The organisation's people, found by name or email and by role, one page at a time. */
    public ResultPage<Member> people(CurrentUser.Membership organisation, String query, Role role, MemberSort sort,
                                     PageRequest page) {
        return memberships.members(organisation.organisationId(), query, role, sort, page);
    }

    /** A person of the organisation, or 404 when they are not in it. */
    public Member member(CurrentUser.Membership organisation, UUID personId) {
        Set<Role> roles = memberships.rolesIn(personId, organisation.organisationId());
        Person person = people.findById(personId).filter(p -> !roles.isEmpty())
                .orElseThrow(() -> new NotFoundException("Person"));
        return new Member(person.id(), person.displayName(), person.email(), roles, person.emailVerified(),
                person.active());
    }

    public Person person(CurrentUser.Membership organisation, UUID personId) {
        member(organisation, personId);
        return people.findById(personId).orElseThrow();
    }

    /** Replaces the person's roles in the organisation. At least one role; the last administrator stays one. */
    @Transactional
    public void setRoles(CurrentUser.Membership organisation, UUID personId, Set<Role> wanted) {
        Member before = member(organisation, personId);
        if (wanted.isEmpty()) {
            throw new RuleViolation("roles", "Select at least one role, or remove the person from the organisation");
        }
        for (Role role : wanted) {
            if (!role.fitsOrganisation(organisation.kind())) {
                throw new RuleViolation("roles", role.label() + " is not a role in a "
                        + organisation.kind().label().toLowerCase());
            }
        }
        if (before.roles().equals(wanted)) {
            return;
        }
        if (before.roles().contains(Role.ADMINISTRATOR) && !wanted.contains(Role.ADMINISTRATOR)) {
            requireAnotherAdministrator(organisation, personId, "roles");
        }
        UUID orgId = organisation.organisationId();
        for (Role role : before.roles()) {
            if (!wanted.contains(role)) {
                memberships.revoke(personId, orgId, role);
            }
        }
        for (Role role : wanted) {
            memberships.grant(personId, orgId, role, null, clock.instant());
        }
        audit.record(AuditEntry.of(orgId, "membership.roles-changed", "person", personId,
                        "Roles of " + before.displayName() + " in " + organisation.organisationName() + " changed")
                .before(Map.of("roles", names(before.roles())))
                .after(Map.of("roles", names(EnumSet.copyOf(wanted)))));
    }

    @Transactional
    public void remove(CurrentUser.Membership organisation, UUID personId) {
        Member before = member(organisation, personId);
        if (before.roles().contains(Role.ADMINISTRATOR)) {
            requireAnotherAdministrator(organisation, personId, null);
        }
        memberships.removeFromOrganisation(personId, organisation.organisationId());
        audit.record(AuditEntry.of(organisation.organisationId(), "membership.removed", "person", personId,
                        before.displayName() + " removed from " + organisation.organisationName())
                .before(Map.of("roles", names(before.roles()))));
    }

    @Transactional
    public void rename(CurrentUser.Membership organisation, UUID personId, int version, String displayName) {
        Member before = member(organisation, personId);
        String problem = PersonName.problemWithTheirName(displayName);
        if (problem != null) {
            throw new RuleViolation("displayName", problem);
        }
        if (!people.updateDetails(personId, version, displayName, clock.instant())) {
            throw new ConflictException("Someone else changed this person's details. Reload the page and try again.");
        }
        audit.record(AuditEntry.of(organisation.organisationId(), "person.updated", "person", personId,
                        "Name changed from " + before.displayName() + " to " + displayName.strip())
                .before(Map.of("displayName", before.displayName()))
                .after(Map.of("displayName", displayName.strip())));
    }

    /**
     * Someone other than this person must be an active administrator. The organisation is locked first, so two
     * administrators stepping down at the same moment cannot both succeed and leave nobody in charge.
     */
    private void requireAnotherAdministrator(CurrentUser.Membership organisation, UUID personId, String field) {
        memberships.lockOrganisation(organisation.organisationId());
        if (memberships.countOthersWithRole(organisation.organisationId(), Role.ADMINISTRATOR, personId) == 0) {
            throw new RuleViolation(field, organisation.organisationName()
                    + " must keep at least one administrator. Make someone else an administrator first.");
        }
    }

    private static Set<String> names(Set<Role> roles) {
        Set<String> names = new TreeSet<>();
        roles.forEach(r -> names.add(r.name()));
        return names;
    }
}
