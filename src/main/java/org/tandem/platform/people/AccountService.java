package org.tandem.platform.people;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.platform.AuditEntry;
import org.tandem.platform.AuditLog;
import org.tandem.platform.AuditLog.Actor;
import org.tandem.platform.ConflictException;
import org.tandem.platform.Notifications;
import org.tandem.platform.RuleViolation;
import org.tandem.platform.Timestamps;
import org.tandem.platform.security.PasswordPolicy;

/** What people do with their own account: confirm their email, change or reset their password, fix their name. */
@Service
public class AccountService {

    private final PersonRepository people;
    private final AccountTokens tokens;
    private final PasswordEncoder passwords;
    private final PasswordPolicy policy;
    private final Notifications notifications;
    private final AuditLog audit;
    private final SessionEnder sessions;
    private final Clock clock;
    private final String baseUrl;

    AccountService(PersonRepository people, AccountTokens tokens, PasswordEncoder passwords, PasswordPolicy policy,
                   Notifications notifications, AuditLog audit, SessionEnder sessions, Clock clock,
                   @Value("${tandem.base-url}") String baseUrl) {
        this.people = people;
        this.tokens = tokens;
        this.passwords = passwords;
        this.policy = policy;
        this.notifications = notifications;
        this.audit = audit;
        this.sessions = sessions;
        this.clock = clock;
        this.baseUrl = baseUrl;
    }

    /** Emails a link that confirms the person's address. */
    @Transactional
    public void sendVerification(Person person) {
        String token = tokens.issue(person.id(), AccountTokens.Purpose.VERIFY_EMAIL);
        notifications.email(person.email(), "verify-email",
                Map.of("name", person.displayName(), "link", baseUrl + "/verify-email?token=" + token));
    }

    /**
     * Someone tried to register with an address that already has an account. Its owner gets a fresh confirmation
     * link if they never confirmed it, otherwise a reminder that they can sign in or reset their password.
     */
    @Transactional
    public void remindOfExistingAccount(Person person) {
        if (!person.active()) {
            return;
        }
        if (!person.emailVerified()) {
            sendVerification(person);
            return;
        }
        notifications.email(person.email(), "account-exists", Map.of("name", person.displayName()));
    }

    /** Sends a fresh link to an unconfirmed address. Says nothing either way, so addresses cannot be probed. */
    @Transactional
    public void resendVerification(String email) {
        people.findByEmail(email).filter(p -> !p.emailVerified() && p.active()).ifPresent(this::sendVerification);
    }

    @Transactional
    public Optional<Person> verifyEmail(String token) {
        return tokens.consume(token, AccountTokens.Purpose.VERIFY_EMAIL).flatMap(people::findById).map(person -> {
            people.markEmailVerified(person.id(), clock.instant());
            audit.recordAs(new Actor(person.id(), person.displayName()), AuditEntry.of(null, "person.email-verified",
                    "person", person.id(), person.displayName() + " confirmed their email address"));
            return person;
        });
    }

    /** Emails a reset link when the address has an account. Says nothing either way, so addresses cannot be probed. */
    @Transactional
    public void requestPasswordReset(String email) {
        people.findByEmail(email).filter(Person::active).ifPresent(person -> {
            String token = tokens.issue(person.id(), AccountTokens.Purpose.RESET_PASSWORD);
            notifications.email(person.email(), "password-reset",
                    Map.of("name", person.displayName(), "link", baseUrl + "/password-reset/" + token));
            audit.recordAs(Actor.TANDEM, AuditEntry.of(null, "person.password-reset-requested", "person", person.id(),
                    "Password reset link sent to " + person.email()));
        });
    }

    public boolean resetLinkValid(String token) {
        return tokens.peek(token, AccountTokens.Purpose.RESET_PASSWORD).isPresent();
    }

    /**
     * Sets a new password from a reset link. Resetting also confirms the email address (the link went to it) and
     * ends every session of the person, in case someone else was signed in as them.
     */
    @Transactional
    public void resetPassword(String token, String newPassword) {
        UUID personId = tokens.peek(token, AccountTokens.Purpose.RESET_PASSWORD)
                .orElseThrow(() -> new ConflictException("This link has expired or has already been used"));
        Person person = people.findById(personId).orElseThrow();
        requireAcceptable(newPassword, person);
        tokens.consume(token, AccountTokens.Purpose.RESET_PASSWORD)
                .orElseThrow(() -> new ConflictException("This link has expired or has already been used"));
        people.updatePassword(person.id(), passwords.encode(newPassword), clock.instant());
        people.markEmailVerified(person.id(), clock.instant());
        sessions.endSessionsOf(person.id(), null);
        audit.recordAs(new Actor(person.id(), person.displayName()), AuditEntry.of(null, "person.password-reset",
                "person", person.id(), person.displayName() + " reset their password"));
        notifyPasswordChanged(person);
    }

    /**
     * Changes the password of a signed-in person, who must know the current one. Other sessions are ended. People who
     * sign in only through their organisation's single sign-on have no password, and cannot add one here: a stolen
     * single sign-on session must not be able to leave a way back in once the organisation closes the account.
     */
    @Transactional
    public void changePassword(UUID personId, String currentPassword, String newPassword, String keepSessionId) {
        Person person = people.findById(personId).orElseThrow();
        if (!person.hasPassword()) {
            throw new RuleViolation(null, "You sign in with your organisation's account, so you do not have a Tandem "
                    + "password to change");
        }
        if (currentPassword == null || currentPassword.isEmpty()) {
            throw new RuleViolation("currentPassword", "Enter your current password");
        }
        if (!passwords.matches(currentPassword, person.passwordHash())) {
            throw new RuleViolation("currentPassword", "Your current password is not right");
        }
        requireAcceptable(newPassword, person);
        people.updatePassword(person.id(), passwords.encode(newPassword), clock.instant());
        sessions.endSessionsOf(person.id(), keepSessionId);
        audit.record(AuditEntry.of(null, "person.password-changed", "person", person.id(),
                person.displayName() + " changed their password"));
        notifyPasswordChanged(person);
    }

    @Transactional
    public void rename(UUID personId, int version, String displayName) {
        String problem = PersonName.problemWith(displayName);
        if (problem != null) {
            throw new RuleViolation("displayName", problem);
        }
        Person before = people.findById(personId).orElseThrow();
        if (!people.updateDetails(personId, version, displayName, clock.instant())) {
            throw new ConflictException("Your details were changed somewhere else. Reload the page and try again.");
        }
        audit.record(AuditEntry.of(null, "person.updated", "person", personId,
                        "Name changed from " + before.displayName() + " to " + displayName.strip())
                .before(Map.of("displayName", before.displayName()))
                .after(Map.of("displayName", displayName.strip())));
    }

    private void requireAcceptable(String password, Person person) {
        String problem = policy.problemWith(password, person.email(), person.displayName());
        if (problem != null) {
            throw new RuleViolation("password", problem);
        }
    }

    private void notifyPasswordChanged(Person person) {
        notifications.email(person.email(), "password-changed",
                Map.of("name", person.displayName(), "when", Timestamps.londonDateTime(clock.instant())));
    }
}
