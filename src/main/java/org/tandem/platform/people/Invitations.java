package org.tandem.platform.people;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.platform.AuditEntry;
import org.tandem.platform.AuditLog;
import org.tandem.platform.AuditLog.Actor;
import org.tandem.platform.ConflictException;
import org.tandem.platform.CurrentUser;
import org.tandem.platform.NotFoundException;
import org.tandem.platform.Notifications;
import org.tandem.platform.OrganisationKind;
import org.tandem.platform.Role;
import org.tandem.platform.RuleViolation;
import org.tandem.platform.Timestamps;
import org.tandem.platform.security.PasswordPolicy;

import static org.tandem.platform.Timestamps.instant;
import static org.tandem.platform.Timestamps.utc;

/**
 * Bringing people into an organisation by email. Administrators may invite anyone to any role the organisation has;
 * commissioners invite citizens, panel members and scrutiny members (SPEC §1: commissioners invite citizens);
 * provider users invite their colleagues.
 */
@Service
public class Invitations {

    public static final Duration LIFETIME = Duration.ofDays(14);
    /** How far back the list of invitations shows those accepted, revoked or expired. */
    public static final Duration RECENT = Duration.ofDays(30);
    private static final int RECENT_LIMIT = 50;

    private final JdbcClient jdbc;
    private final PersonRepository people;
    private final MembershipRepository memberships;
    private final PasswordEncoder passwords;
    private final PasswordPolicy policy;
    private final Notifications notifications;
    private final AuditLog audit;
    private final Clock clock;
    private final String baseUrl;

    Invitations(JdbcClient jdbc, PersonRepository people, MembershipRepository memberships, PasswordEncoder passwords,
                PasswordPolicy policy, Notifications notifications, AuditLog audit, Clock clock,
                @Value("${tandem.base-url}") String baseUrl) {
        this.jdbc = jdbc;
        this.people = people;
        this.memberships = memberships;
        this.passwords = passwords;
        this.policy = policy;
        this.notifications = notifications;
        this.audit = audit;
        this.clock = clock;
        this.baseUrl = baseUrl;
    }

    /** The roles this person may invite others to in the organisation. */
    public static Set<Role> invitableBy(CurrentUser.Membership inviter) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (inviter.has(Role.ADMINISTRATOR)) {
            roles.addAll(Role.rolesFor(inviter.kind()));
        }
        if (inviter.has(Role.COMMISSIONER) && inviter.kind() != OrganisationKind.PROVIDER) {
            roles.addAll(EnumSet.of(Role.CITIZEN_CO_PRODUCER, Role.PANEL_MEMBER, Role.SCRUTINY_MEMBER));
        }
        if (inviter.has(Role.PROVIDER_USER) && inviter.kind() == OrganisationKind.PROVIDER) {
            roles.add(Role.PROVIDER_USER);
        }
        return roles;
    }

    @Transactional
    public Invitation invite(CurrentUser inviter, CurrentUser.Membership organisation, String email, Role role) {
        String problem = EmailAddress.problemWith(email);
        if (problem != null) {
            throw new RuleViolation("email", problem);
        }
        if (role == null) {
            throw new RuleViolation("role", "Select the role they will have");
        }
        if (!invitableBy(organisation).contains(role)) {
            throw new RuleViolation("role", "You cannot invite people as " + role.withArticle() + " in "
                    + organisation.organisationName());
        }
        String cleanEmail = email.strip();
        Optional<Person> existing = people.findByEmail(cleanEmail);
        if (existing.isPresent()
                && memberships.rolesIn(existing.get().id(), organisation.organisationId()).contains(role)) {
            throw new RuleViolation("email", cleanEmail + " is already " + role.withArticle() + " in "
                    + organisation.organisationName());
        }
        boolean pending = jdbc.sql("""
                select count(*) from invitation where organisation_id = ? and lower(email) = ? and role = ?
                and accepted_at is null and revoked_at is null and expires_at > ?""")
                .params(organisation.organisationId(), EmailAddress.key(cleanEmail), role.name(), utc(clock.instant()))
                .query(Long.class).single() > 0;
        if (pending) {
            throw new RuleViolation("email", cleanEmail + " already has an invitation to be "
                    + role.withArticle() + ". Revoke it first to send a new one.");
        }
        UUID id = UUID.randomUUID();
        String token = SecretTokens.newToken();
        Instant now = clock.instant();
        Instant expires = now.plus(LIFETIME);
        jdbc.sql("""
                insert into invitation (id, organisation_id, email, role, token_hash, invited_by, created_at, expires_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, organisation.organisationId(), cleanEmail, role.name(), SecretTokens.hash(token),
                        inviter.personId(), utc(now), utc(expires))
                .update();
        notifications.email(cleanEmail, "invitation", Map.of(
                "inviter", inviter.displayName(),
                "organisation", organisation.organisationName(),
                "role", role.withArticle(),
                "role_description", role.description(),
                "link", baseUrl + "/invitations/" + token,
                "expires", Timestamps.londonDateTime(expires)));
        audit.record(AuditEntry.of(organisation.organisationId(), "invitation.sent", "invitation", id,
                        "Invited " + cleanEmail + " to be " + role.withArticle())
                .after(Map.of("email", cleanEmail, "role", role.name())));
        return find(id).orElseThrow();
    }

    public List<Invitation> outstanding(UUID organisationId) {
        return jdbc.sql(SELECT + " where i.organisation_id = ? and i.accepted_at is null and i.revoked_at is null"
                        + " order by i.created_at desc")
                .param(organisationId).query(Invitations::map).list();
    }

    /** Invitations still waiting for an answer, newest first, for roles the viewer could invite people to. */
    public List<Invitation> pendingFor(CurrentUser.Membership viewer) {
        Set<Role> roles = invitableBy(viewer);
        if (roles.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + " where i.organisation_id = :org and i.role in (:roles)"
                        + " and i.accepted_at is null and i.revoked_at is null and i.expires_at > :now"
                        + " order by i.created_at desc")
                .param("org", viewer.organisationId()).param("roles", roles.stream().map(Enum::name).toList())
                .param("now", utc(clock.instant()))
                .query(Invitations::map).list();
    }

    /**
     * Invitations accepted, revoked or expired in the last {@link #RECENT}, most recent first, for roles the viewer
     * could invite people to: what happened to the invitations that have left the pending list.
     */
    public List<Invitation> recentlyClosedFor(CurrentUser.Membership viewer) {
        Set<Role> roles = invitableBy(viewer);
        if (roles.isEmpty()) {
            return List.of();
        }
        Instant now = clock.instant();
        return jdbc.sql(SELECT + " where i.organisation_id = :org and i.role in (:roles)"
                        + " and (i.accepted_at >= :since or i.revoked_at >= :since"
                        + " or (i.accepted_at is null and i.revoked_at is null"
                        + " and i.expires_at <= :now and i.expires_at >= :since))"
                        + " order by coalesce(i.accepted_at, i.revoked_at, i.expires_at) desc limit :limit")
                .param("org", viewer.organisationId()).param("roles", roles.stream().map(Enum::name).toList())
                .param("now", utc(now)).param("since", utc(now.minus(RECENT))).param("limit", RECENT_LIMIT)
                .query(Invitations::map).list();
    }

    public Optional<Invitation> byToken(String token) {
        if (!SecretTokens.wellFormed(token)) {
            return Optional.empty();
        }
        return jdbc.sql(SELECT + " where i.token_hash = ?").param(SecretTokens.hash(token)).query(Invitations::map)
                .optional();
    }

    /** Withdraws a pending invitation, so its link stops working. Returns the invitation as it was. */
    @Transactional
    public Invitation revoke(CurrentUser.Membership organisation, UUID invitationId) {
        Invitation invitation = find(invitationId).filter(i -> i.organisationId().equals(organisation.organisationId()))
                .orElseThrow(() -> new NotFoundException("Invitation"));
        // Whoever may not invite people to a role may not withdraw such an invitation either.
        if (!invitableBy(organisation).contains(invitation.role())) {
            throw new AccessDeniedException("You cannot withdraw an invitation to be " + invitation.role().withArticle());
        }
        Instant now = clock.instant();
        // The state is checked again in the update, in case the invitation was accepted a moment ago.
        int revoked = invitation.statusAt(now) != Invitation.Status.PENDING ? 0 : jdbc.sql("""
                        update invitation set revoked_at = ?
                        where id = ? and accepted_at is null and revoked_at is null and expires_at > ?""")
                .params(utc(now), invitationId, utc(now)).update();
        if (revoked != 1) {
            throw new ConflictException("Only a pending invitation can be revoked. This one has already been "
                    + "accepted, revoked or has expired.");
        }
        audit.record(AuditEntry.of(organisation.organisationId(), "invitation.revoked", "invitation", invitationId,
                "Invitation for " + invitation.email() + " revoked"));
        return invitation;
    }

    /**
     * Accepts for someone new to Tandem: creates their account (confirmed, since the link reached their inbox) and
     * gives them the role.
     */
    @Transactional
    public Person acceptAsNewPerson(String token, String displayName, String password) {
        Invitation invitation = pending(token);
        if (people.findByEmail(invitation.email()).isPresent()) {
            throw new ConflictException("There is already a Tandem account for " + invitation.email()
                    + ". Sign in to accept the invitation.");
        }
        String nameProblem = PersonName.problemWith(displayName);
        if (nameProblem != null) {
            throw new RuleViolation("displayName", nameProblem);
        }
        String problem = policy.problemWith(password, invitation.email(), displayName);
        if (problem != null) {
            throw new RuleViolation("password", problem);
        }
        Instant now = clock.instant();
        Person person = people.create(invitation.email(), displayName, passwords.encode(password), now, now);
        audit.recordAs(new Actor(person.id(), person.displayName()), AuditEntry.of(invitation.organisationId(),
                "person.created", "person", person.id(), person.displayName() + " joined Tandem by invitation"));
        complete(invitation, person);
        return person;
    }

    /** Accepts for someone already signed in, who must be the person the invitation was sent to. */
    @Transactional
    public void acceptAs(CurrentUser user, String token) {
        Invitation invitation = pending(token);
        if (!EmailAddress.key(invitation.email()).equals(EmailAddress.key(user.email()))) {
            throw new ConflictException("This invitation was sent to " + invitation.email()
                    + ". Sign out, then sign in as that person to accept it.");
        }
        complete(invitation, people.findById(user.personId()).orElseThrow());
    }

    private void complete(Invitation invitation, Person person) {
        int updated = jdbc.sql("update invitation set accepted_at = ?, accepted_by = ? where id = ? and accepted_at is null")
                .params(utc(clock.instant()), person.id(), invitation.id()).update();
        if (updated != 1) {
            throw new ConflictException("This invitation has already been used");
        }
        memberships.grant(person.id(), invitation.organisationId(), invitation.role(), null, clock.instant());
        audit.recordAs(new Actor(person.id(), person.displayName()), AuditEntry.of(invitation.organisationId(),
                        "invitation.accepted", "person", person.id(), person.displayName() + " joined "
                                + invitation.organisationName() + " as " + invitation.roleWithArticle())
                .after(Map.of("role", invitation.role().name())));
    }

    private Invitation pending(String token) {
        Invitation invitation = byToken(token).orElseThrow(() -> new NotFoundException("Invitation"));
        return switch (invitation.statusAt(clock.instant())) {
            case PENDING -> invitation;
            case ACCEPTED -> throw new ConflictException("This invitation has already been accepted");
            case EXPIRED -> throw new ConflictException("This invitation has expired. Ask for a new one.");
            case REVOKED -> throw new ConflictException("This invitation has been withdrawn");
        };
    }

    private Optional<Invitation> find(UUID id) {
        return jdbc.sql(SELECT + " where i.id = ?").param(id).query(Invitations::map).optional();
    }

    private static final String SELECT = """
            select i.id, i.organisation_id, o.name as organisation_name, i.email, i.role, p.display_name as invited_by_name,
                   i.created_at, i.expires_at, i.accepted_at, i.revoked_at
            from invitation i join organisation o on o.id = i.organisation_id join person p on p.id = i.invited_by""";

    private static Invitation map(ResultSet rs, int row) throws SQLException {
        return new Invitation(rs.getObject("id", UUID.class), rs.getObject("organisation_id", UUID.class),
                rs.getString("organisation_name"), rs.getString("email"), Role.valueOf(rs.getString("role")),
                rs.getString("invited_by_name"), instant(rs, "created_at"), instant(rs, "expires_at"),
                instant(rs, "accepted_at"), instant(rs, "revoked_at"));
    }
}
