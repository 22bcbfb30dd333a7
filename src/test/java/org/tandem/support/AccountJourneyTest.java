package org.tandem.support;

import jakarta.servlet.http.Cookie;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MvcResult;
import org.tandem.platform.CurrentUser;
import org.tandem.platform.Role;
import org.tandem.platform.people.AccountService;
import org.tandem.platform.people.Invitations;
import org.tandem.platform.people.MembershipRepository;
import org.tandem.platform.people.Person;
import org.tandem.platform.people.PersonRepository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Helpers for the account journeys: fresh people (never the demo cast, whose passwords other tests rely on), real
 * password sign-ins that leave a session cookie behind, invitations, and what ended up in mail and the audit log.
 */
public abstract class AccountJourneyTest extends IntegrationTest {

    /** The session cookie Tandem sets (server.servlet.session.cookie.name). */
    protected static final String SESSION_COOKIE = "TANDEM_SESSION";

    @Autowired
    protected PersonRepository people;

    @Autowired
    private PasswordEncoder passwords;

    @Autowired
    private Invitations invitations;

    @Autowired
    private AccountService accounts;

    @Autowired
    private MembershipRepository memberships;

    @Autowired
    private Clock clock;

    /** Someone made for one test, with the password they sign in with. */
    protected record TestPerson(UUID id, String name, String email, String password) {
    }

    protected static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A confirmed person with a password and no organisation. */
    protected TestPerson newPerson(String name) {
        String email = unique(name.toLowerCase().replaceAll("[^a-z]+", ".")) + "@example.test";
        String password = unique("orchard-lantern-kettle");
        Person person = people.create(email, name, passwords.encode(password), clock.instant(), clock.instant());
        return new TestPerson(person.id(), person.displayName(), person.email(), password);
    }

    /** Someone who has registered but not yet confirmed their email address; the confirmation email is sent. */
    protected TestPerson newUnconfirmedPerson(String name) {
        String email = unique(name.toLowerCase().replaceAll("[^a-z]+", ".")) + "@example.test";
        String password = unique("orchard-lantern-kettle");
        Person person = people.create(email, name, passwords.encode(password), null, clock.instant());
        accounts.sendVerification(person);
        return new TestPerson(person.id(), person.displayName(), person.email(), password);
    }

    protected void join(TestPerson person, UUID organisationId, Role role) {
        memberships.grant(person.id(), organisationId, role, null, clock.instant());
    }

    /** Whether the real sign-in form lets this email address and password in. */
    protected boolean passwordWorks(String email, String password) throws Exception {
        return "/home".equals(mvc.perform(post("/sign-in").with(csrf()).param("email", email)
                .param("password", password)).andReturn().getResponse().getRedirectedUrl());
    }

    /** Signs in through the real sign-in form and returns the session cookie. */
    protected Cookie signIn(String email, String password) throws Exception {
        MvcResult result = mvc.perform(post("/sign-in").with(csrf()).param("email", email).param("password", password))
                .andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).as("sign-in of " + email).isEqualTo("/home");
        Cookie cookie = result.getResponse().getCookie(SESSION_COOKIE);
        assertThat(cookie).isNotNull();
        return cookie;
    }

    /** Whether a request with this session cookie is still signed in. */
    protected boolean signedIn(Cookie session) throws Exception {
        return mvc.perform(get("/account").cookie(session)).andReturn().getResponse().getStatus() == 200;
    }

    /** Invites the address as an administrator of the organisation would, and returns the token from the email. */
    protected String invite(String inviterEmail, UUID organisationId, String email, Role role) {
        Person person = people.findByEmail(inviterEmail).orElseThrow();
        CurrentUser inviter = new CurrentUser(person.id(), person.displayName(), person.email(),
                memberships.membershipsOf(person.id()));
        invitations.invite(inviter, inviter.in(organisationId).orElseThrow(), email, role);
        String link = linkInEmailTo(email, "has invited you to join");
        return link.substring(link.lastIndexOf('/') + 1);
    }

    /** A page as any visitor would see it: the per-response script nonce and the address typed are blanked out. */
    protected static String sameFor(String page, String address) {
        return page.replaceAll("nonce=\"[^\"]*\"", "nonce=\"\"").replace(address, "ADDRESS");
    }

    protected List<String> emailsTo(String address) {
        return Arrays.stream(mail().getReceivedMessages())
                .filter(m -> recipient(m).equalsIgnoreCase(address))
                .map(IntegrationTest::body)
                .toList();
    }

    protected long auditEvents(String action, Object entityId) {
        return jdbc.sql("select count(*) from audit_event where action = ? and entity_id = ?")
                .params(action, entityId.toString()).query(Long.class).single();
    }

    protected Map<String, Object> personRow(String email) {
        return jdbc.sql("select * from person where email_key = lower(?)").param(email).query().singleRow();
    }
}
