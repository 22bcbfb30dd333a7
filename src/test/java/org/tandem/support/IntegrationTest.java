package org.tandem.support;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.tandem.platform.security.LocalAccount;

import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Base of every test that needs Tandem running: one shared application context on the suite's database, with the
 * Millbrook demo story loaded, GreenMail for email and an OIDC provider for single sign-on.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles("test")
public abstract class IntegrationTest {

    static {
        TestInfrastructure.start();
    }

    @Autowired
    protected MockMvc mvc;

    @Autowired
    protected JdbcClient jdbc;

    @LocalServerPort
    protected int port;

    protected Demo demo;

    @BeforeEach
    void loadDemo() {
        demo = new Demo(jdbc);
    }

    protected String baseUrl() {
        return "http://localhost:" + port;
    }

    /** Signs a request in as the person with this email address, without the password round trip. */
    protected RequestPostProcessor as(String email) {
        var person = jdbc.sql("select id, display_name, email from person where email_key = lower(?)").param(email)
                .query((rs, n) -> new LocalAccount(rs.getObject("id", UUID.class), rs.getString("display_name"),
                        rs.getString("email")))
                .single();
        return user(person);
    }

    /** The request as if sent from another network address: the public pages' throttles count per address. */
    protected static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    protected static GreenMail mail() {
        return TestInfrastructure.mail();
    }

    /** Waits for an email to this address whose body contains {@code text}, and returns the first link in it. */
    protected static String linkInEmailTo(String to, String text) {
        Pattern link = Pattern.compile("https?://\\S+");
        return await().atMost(Duration.ofSeconds(10)).until(() -> Arrays.stream(mail().getReceivedMessages())
                .filter(m -> recipient(m).equalsIgnoreCase(to))
                .map(IntegrationTest::body)
                .filter(body -> body.contains(text))
                .map(body -> {
                    Matcher m = link.matcher(body);
                    return m.find() ? m.group() : null;
                })
                .filter(java.util.Objects::nonNull)
                .reduce((first, second) -> second)
                .orElse(null), java.util.Objects::nonNull);
    }

    protected static String recipient(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    protected static String body(MimeMessage message) {
        try {
            return message.getContent().toString().replace("\r\n", "\n");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A path relative to the server, from a link in an email. */
    protected static String pathOf(String url) {
        return url.replaceFirst("^https?://[^/]+", "");
    }
}
