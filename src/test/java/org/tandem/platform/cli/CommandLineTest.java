package org.tandem.platform.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.tandem.TandemApplication;
import org.tandem.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/**
 * The command line an installer uses on a new server: it runs against the same database as the web application
 * (here, the test database), so what it creates can be used straight away.
 */
class CommandLineTest extends IntegrationTest {

    record Outcome(int exitCode, String out, String err) {
    }

    @Test
    void helpListsTheCommands() {
        Outcome outcome = run(null, "--help");
        assertThat(outcome.exitCode()).isZero();
        assertThat(outcome.out()).contains("admin create-user").contains("audit verify").contains("run").contains("--password-stdin");
    }

    @Test
    void auditVerifyReportsAnIntactLog() {
        Outcome outcome = run(null, "audit", "verify");
        assertThat(outcome.exitCode()).as(outcome.err()).isZero();
        assertThat(outcome.out()).contains("The audit log is intact");
    }

    @Test
    void theFirstAdministratorOfANewCouncilIsCreatedAndCanSignIn() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String email = "first.admin." + suffix + "@newcouncil.example";
        String password = "harbour-lantern-meadow";
        Outcome outcome = run(password + "\n", "admin", "create-user", "--email", email, "--name", "Alex Morgan",
                "--organisation", "Newtown Council " + suffix, "--role", "administrator", "--role", "commissioner",
                "--password-stdin");
        assertThat(outcome.exitCode()).as(outcome.err()).isZero();
        assertThat(outcome.out()).contains("Created Alex Morgan").contains("administrator").contains("commissioner");

        long roles = jdbc.sql("""
                        select count(*) from membership m join organisation o on o.id = m.organisation_id
                        join person p on p.id = m.person_id where p.email_key = ? and o.name = ?""")
                .params(email, "Newtown Council " + suffix).query(Long.class).single();
        assertThat(roles).isEqualTo(2);
        mvc.perform(post("/sign-in").with(csrf()).param("email", email).param("password", password))
                .andExpect(redirectedUrl("/home"));
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'person.created' and actor_name = 'Command line'"
                + " and entity_id = (select cast(id as varchar(100)) from person where email_key = ?)")
                .param(email).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void mistakesAreExplainedWithoutAStackTraceAndChangeNothing() {
        String email = "nobody." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        Outcome unknownRole = run("harbour-lantern-meadow\n", "admin", "create-user", "--email", email, "--name", "N",
                "--organisation", "Somewhere " + email, "--role", "mayor", "--password-stdin");
        assertThat(unknownRole.exitCode()).isEqualTo(2);
        assertThat(unknownRole.err()).contains("Unknown role 'mayor'").doesNotContain("Exception");
        assertThat(jdbc.sql("select count(*) from person where email_key = ?").param(email).query(Long.class).single())
                .as("the person created before the bad role was rolled back").isZero();

        Outcome weak = run("password1234\n", "admin", "create-user", "--email", email, "--name", "N", "--password-stdin");
        assertThat(weak.exitCode()).isEqualTo(2);
        assertThat(weak.err()).contains("too common");

        Outcome missing = run(null, "admin", "create-user", "--name", "No Email");
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("--email is required");

        Outcome unknown = run(null, "audit", "rewrite");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("Unknown command");
    }

    private static synchronized Outcome run(String stdin, String... args) {
        PrintStream originalOut = System.out;
        PrintStream originalErr = System.err;
        InputStream originalIn = System.in;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            if (stdin != null) {
                System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
            }
            int code = TandemCommandLine.run(TandemApplication.class, args);
            return new Outcome(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(originalOut);
            System.setErr(originalErr);
            System.setIn(originalIn);
        }
    }
}
