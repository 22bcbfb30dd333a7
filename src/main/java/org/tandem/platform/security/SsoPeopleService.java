package org.tandem.platform.security;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.tandem.platform.AuditEntry;
import org.tandem.platform.AuditLog;
import org.tandem.platform.AuditLog.Actor;
import org.tandem.platform.people.EmailAddress;
import org.tandem.platform.people.Person;
import org.tandem.platform.people.PersonRepository;

/**
 * Turns a single sign-on identity into a Tandem person. An identity seen before signs in as the same person; a new
 * one is linked to the person with the same (identity-provider-verified) email address, or, when
 * {@code tandem.sso.create-people} is on, becomes a new person with no roles until an administrator grants some.
 */
@Component
class SsoPeopleService extends OidcUserService {

    private final PersonRepository people;
    private final AuditLog audit;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final boolean createPeople;

    SsoPeopleService(PersonRepository people, AuditLog audit, TransactionTemplate transactions, Clock clock,
                     @Value("${tandem.sso.create-people:true}") boolean createPeople) {
        this.people = people;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
        this.createPeople = createPeople;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) throws OAuth2AuthenticationException {
        OidcUser identity = super.loadUser(request);
        Person person = transactions.execute(tx -> personFor(identity));
        if (!person.active()) {
            throw refuse("account_closed", "This account has been closed. Ask your organisation's administrator.");
        }
        return new SsoAccount(person.id(), person.displayName(), identity.getIdToken(), identity.getUserInfo());
    }

    private Person personFor(OidcUser identity) {
        String issuer = String.valueOf(identity.getIssuer());
        String subject = identity.getSubject();
        Optional<UUID> linked = people.findByIdentity(issuer, subject);
        if (linked.isPresent()) {
            return people.findById(linked.get()).orElseThrow();
        }
        String email = identity.getEmail();
        if (email == null || EmailAddress.problemWith(email) != null || !Boolean.TRUE.equals(identity.getEmailVerified())) {
            throw refuse("no_verified_email",
                    "Your identity provider did not confirm an email address, so Tandem cannot tell who you are.");
        }
        Person person = people.findByEmail(email).orElse(null);
        if (person == null) {
            if (!createPeople) {
                throw refuse("no_account", "There is no Tandem account for " + email
                        + ". Ask your organisation's administrator to invite you.");
            }
            String name = identity.getFullName() != null ? identity.getFullName() : email;
            person = people.create(email, name.length() > 200 ? name.substring(0, 200) : name, null, clock.instant(),
                    clock.instant());
            audit.recordAs(new Actor(person.id(), person.displayName()), AuditEntry.of(null, "person.created",
                    "person", person.id(), person.displayName() + " joined Tandem through single sign-on"));
        } else if (!person.emailVerified()) {
            people.markEmailVerified(person.id(), clock.instant());
        }
        people.linkIdentity(issuer, subject, person.id(), clock.instant());
        audit.recordAs(new Actor(person.id(), person.displayName()), AuditEntry.of(null, "person.sso-linked", "person",
                person.id(), "Single sign-on identity from " + issuer + " linked to " + person.displayName()));
        return person;
    }

    private static OAuth2AuthenticationException refuse(String code, String message) {
        return new OAuth2AuthenticationException(new OAuth2Error(code, message, null), message);
    }
}
