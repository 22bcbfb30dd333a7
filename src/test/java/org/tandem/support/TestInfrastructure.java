package org.tandem.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import no.nav.security.mock.oauth2.MockOAuth2Server;

/**
 * The real components every integration test talks to, started once per test run: the database (H2 in PostgreSQL
 * mode, or a fresh schema on the local PostgreSQL when {@code -Dtandem.test.db=postgres}), a GreenMail SMTP server and
 * an OIDC identity provider (mock-oauth2-server). Their addresses go into system properties before the first Spring
 * context starts, so every test shares one cached context.
 */
public final class TestInfrastructure {

    public static final String SSO_REGISTRATION = "council-sso";
    public static final String SSO_ISSUER_ID = "millbrook";
    /** Separate schemas let several checkouts run the PostgreSQL suite at once on one server. */
    public static final String PG_SCHEMA = System.getenv().getOrDefault("TANDEM_TEST_PG_SCHEMA", "tandem_test");

    private static GreenMail mail;
    private static MockOAuth2Server sso;
    private static boolean started;

    private TestInfrastructure() {
    }

    public static synchronized void start() {
        if (started) {
            return;
        }
        started = true;
        configureDatabase();

        mail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        System.setProperty("spring.mail.host", "127.0.0.1");
        System.setProperty("spring.mail.port", Integer.toString(mail.getSmtp().getPort()));

        sso = new MockOAuth2Server();
        sso.start();
        String prefix = "spring.security.oauth2.client.";
        System.setProperty(prefix + "registration." + SSO_REGISTRATION + ".client-id", "tandem");
        System.setProperty(prefix + "registration." + SSO_REGISTRATION + ".client-secret", "tandem-secret");
        System.setProperty(prefix + "registration." + SSO_REGISTRATION + ".client-name", "Millbrook staff account");
        System.setProperty(prefix + "registration." + SSO_REGISTRATION + ".scope", "openid,profile,email");
        System.setProperty(prefix + "registration." + SSO_REGISTRATION + ".provider", SSO_REGISTRATION);
        System.setProperty(prefix + "provider." + SSO_REGISTRATION + ".issuer-uri",
                sso.issuerUrl(SSO_ISSUER_ID).toString());

        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            mail.stop();
            sso.shutdown();
        }));
    }

    public static GreenMail mail() {
        start();
        return mail;
    }

    public static MockOAuth2Server sso() {
        start();
        return sso;
    }

    public static boolean onPostgres() {
        return "postgres".equals(System.getProperty("tandem.test.db"));
    }

    /** The JDBC URL the suite runs against, for tests that start a second Tandem node. */
    public static String databaseUrl() {
        start();
        return System.getProperty("spring.datasource.url");
    }

    private static void configureDatabase() {
        if (onPostgres()) {
            String url = System.getenv().getOrDefault("TANDEM_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test");
            String user = System.getenv().getOrDefault("TANDEM_TEST_PG_USER", "postgres");
            String password = System.getenv().getOrDefault("TANDEM_TEST_PG_PASSWORD", "");
            // A fresh schema per run: tests never see a previous run's data.
            try (Connection connection = DriverManager.getConnection(url, user, password);
                 Statement statement = connection.createStatement()) {
                statement.execute("drop schema if exists " + PG_SCHEMA + " cascade");
                statement.execute("create schema " + PG_SCHEMA);
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot prepare the PostgreSQL test schema at " + url, e);
            }
            System.setProperty("spring.datasource.url", url + (url.contains("?") ? "&" : "?")
                    + "currentSchema=" + PG_SCHEMA);
            System.setProperty("spring.datasource.username", user);
            System.setProperty("spring.datasource.password", password);
        } else {
            System.setProperty("spring.datasource.url", "jdbc:h2:mem:tandem-test;MODE=PostgreSQL;"
                    + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
            System.setProperty("spring.datasource.username", "sa");
            System.setProperty("spring.datasource.password", "");
        }
    }
}
