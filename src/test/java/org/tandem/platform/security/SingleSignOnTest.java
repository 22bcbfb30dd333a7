package org.tandem.platform.security;

import com.nimbusds.jose.JOSEObjectType;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.Test;
import org.tandem.platform.Timestamps;
import org.tandem.support.Browserless;
import org.tandem.support.IntegrationTest;
import org.tandem.support.TestInfrastructure;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Single sign-on against a real OIDC identity provider (mock-oauth2-server) over HTTP: the browser is sent to the
 * provider, comes back with a code, and Tandem exchanges it for tokens and signs the person in.
 */
class SingleSignOnTest extends IntegrationTest {

    @Test
    void theSignInPageOffersTheConfiguredProvider() {
        String page = new Browserless().get(baseUrl() + "/sign-in").body();
        assertThat(page).contains("Sign in with Millbrook staff account")
                .contains("/oauth2/authorization/" + TestInfrastructure.SSO_REGISTRATION);
    }

    @Test
    void aCouncilOfficerWithAVerifiedEmailIsLinkedAndSignedIn() {
        String email = "sso.officer." + shortId() + "@millbrook.example";
        UUID person = councilPerson(email, "Morgan Hale");
        String subject = "staff-" + shortId();

        HttpResponse<String> landed = signInWithSso(subject, Map.of("email", email, "email_verified", true,
                "name", "Morgan Hale"));
        assertThat(landed.uri().getPath()).isEqualTo("/o/" + demo.council());
        assertThat(landed.body()).contains("Welcome, Morgan Hale.");
        assertThat(jdbc.sql("select person_id from person_identity where subject = ?").param(subject)
                .query(UUID.class).single()).isEqualTo(person);
        assertThat(auditCount("sign-in.succeeded", person)).isEqualTo(1);

        // Next time the same identity signs in as the same person, whatever email it now carries.
        HttpResponse<String> again = signInWithSso(subject, Map.of("email", "renamed@elsewhere.example",
                "email_verified", true));
        assertThat(again.uri().getPath()).isEqualTo("/o/" + demo.council());
        assertThat(auditCount("sign-in.succeeded", person)).isEqualTo(2);
    }

    @Test
    void someoneNewBecomesAPersonWithNoRolesYet() {
        String email = "new.starter." + shortId() + "@millbrook.example";
        HttpResponse<String> landed = signInWithSso("new-" + shortId(), Map.of("email", email, "email_verified", true,
                "name", "Nia Newcomer"));
        assertThat(landed.body()).contains("You are not part of an organisation yet");
        assertThat(jdbc.sql("select display_name from person where email_key = ?").param(email).query(String.class)
                .single()).isEqualTo("Nia Newcomer");
    }

    @Test
    void anUnconfirmedEmailIsNotTrusted() {
        String email = "unverified." + shortId() + "@millbrook.example";
        councilPerson(email, "Una Verified");
        HttpResponse<String> landed = signInWithSso("unverified-" + shortId(),
                Map.of("email", email, "email_verified", false));
        assertThat(landed.uri().getPath()).isEqualTo("/sign-in");
        assertThat(landed.body()).contains("did not confirm an email address");
        assertThat(jdbc.sql("select count(*) from person_identity pi join person p on p.id = pi.person_id"
                + " where p.email_key = ?").param(email).query(Long.class).single()).isZero();
    }

    private HttpResponse<String> signInWithSso(String subject, Map<String, Object> claims) {
        TestInfrastructure.sso().enqueueCallback(new DefaultOAuth2TokenCallback(TestInfrastructure.SSO_ISSUER_ID,
                subject, JOSEObjectType.JWT.getType(), List.of("tandem"), claims, 3600));
        return new Browserless().get(baseUrl() + "/oauth2/authorization/" + TestInfrastructure.SSO_REGISTRATION);
    }

    private UUID councilPerson(String email, String name) {
        UUID id = UUID.randomUUID();
        var now = Timestamps.utc(Instant.now());
        jdbc.sql("""
                insert into person (id, email, email_key, display_name, email_verified_at, active, created_at,
                                    updated_at, version) values (?, ?, ?, ?, ?, true, ?, ?, 0)""")
                .params(id, email, email, name, now, now, now).update();
        jdbc.sql("insert into membership (person_id, organisation_id, role, granted_at) values (?, ?, 'COMMISSIONING_OFFICER', ?)")
                .params(id, demo.council(), now).update();
        return id;
    }

    private long auditCount(String action, UUID person) {
        return jdbc.sql("select count(*) from audit_event where action = ? and actor_id = ?").params(action, person)
                .query(Long.class).single();
    }

    private static String shortId() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
