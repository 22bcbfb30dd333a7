package org.tandem.platform.organisations.web;

import jakarta.servlet.http.Cookie;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.tandem.support.AccountJourneyTest;
import org.tandem.support.Demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class ProvidersRegisterThemselvesTest extends AccountJourneyTest {

    private static final String PASSWORD = "harbour-meadow-quilt";

    /**
     * A complete, valid registration, with some answers changed: {@code overrides} are field and value pairs (several
     * areas of work separated by |).
     */
    private MockHttpServletRequestBuilder registration(String organisation, String email, String... overrides) {
        Map<String, String> answers = new LinkedHashMap<>();
        answers.put("name", organisation);
        answers.put("charityNumber", "");
        answers.put("companyNumber", "");
        answers.put("contactEmail", "hello@example.org");
        answers.put("contactPhone", "01632 960 001");
        answers.put("address", "1 High Street, Millbrook");
        answers.put("website", "https://www.example.org.uk");
        answers.put("description", "Runs after-school clubs and holiday activities for young people");
        answers.put("areasOfWork", "CHILDREN_AND_YOUNG_PEOPLE|COMMUNITY_DEVELOPMENT");
        answers.put("yourName", "Alex Morgan");
        answers.put("email", email);
        answers.put("password", PASSWORD);
        for (int i = 0; i < overrides.length; i += 2) {
            answers.put(overrides[i], overrides[i + 1]);
        }
        MockHttpServletRequestBuilder request = post("/register").with(csrf());
        answers.forEach((field, value) -> request.param(field,
                field.equals("areasOfWork") ? value.split("\\|") : new String[] {value}));
        return request;
    }

    private long organisationsCalled(String name) {
        return jdbc.sql("select count(*) from organisation where name_key = lower(?)").param(name)
                .query(Long.class).single();
    }

    private long peopleWithEmail(String email) {
        return jdbc.sql("select count(*) from person where email_key = lower(?)").param(email)
                .query(Long.class).single();
    }

    @Test
    void theRegistrationPageAsksAboutTheOrganisationAndThePersonRegisteringIt() throws Exception {
        mvc.perform(get("/register"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Register your organisation")))
                .andExpect(content().string(containsString("Community groups may have neither")))
                .andExpect(content().string(containsString("Children and young people")))
                .andExpect(content().string(containsString("Use 12 characters or more. Try three random words")))
                .andExpect(content().string(containsString("autocomplete=\"new-password\"")));
    }

    @Test
    void aProviderRegistersConfirmsItsEmailAddressAndSignsIn() throws Exception {
        String name = unique("Millbrook Young Makers");
        String email = unique("alex") + "@youngmakers.example";

        MvcResult registered = mvc.perform(registration(name, email,
                        "charityNumber", " 1 234 567 ", "companyNumber", "123456"))
                .andExpect(redirectedUrl("/register?sent"))
                .andExpect(flash().attribute("email", email))
                .andReturn();
        mvc.perform(get("/register?sent").cookie(registered.getResponse().getCookie(SESSION_COOKIE)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Check your email")))
                .andExpect(content().string(containsString(email)));

        var organisation = jdbc.sql("select id, kind, charity_number, company_number from organisation where name = ?")
                .param(name).query().singleRow();
        UUID organisationId = (UUID) organisation.get("id");
        assertThat(organisation.get("kind")).isEqualTo("PROVIDER");
        assertThat(organisation.get("charity_number")).isEqualTo("1234567");
        assertThat(organisation.get("company_number")).isEqualTo("00123456");
        assertThat(jdbc.sql("select area from organisation_area_of_work where organisation_id = ? order by area")
                .param(organisationId).query(String.class).list())
                .containsExactly("CHILDREN_AND_YOUNG_PEOPLE", "COMMUNITY_DEVELOPMENT");
        UUID personId = (UUID) personRow(email).get("id");
        assertThat(jdbc.sql("select role from membership where person_id = ? and organisation_id = ? order by role")
                .params(personId, organisationId).query(String.class).list())
                .containsExactly("ADMINISTRATOR", "PROVIDER_USER");
        assertThat(auditEvents("organisation.registered", organisationId)).isEqualTo(1);

        // Not yet: the email address must be confirmed first.
        MvcResult refused = mvc.perform(post("/sign-in").with(csrf()).param("email", email).param("password", PASSWORD))
                .andExpect(redirectedUrl("/sign-in?error")).andReturn();
        Cookie session = refused.getResponse().getCookie(SESSION_COOKIE);
        mvc.perform(get("/sign-in").param("error", "").cookie(session))
                .andExpect(content().string(containsString("Confirm your email address before you sign in")))
                .andExpect(content().string(containsString("/verify-email/resend?email=")));

        String link = linkInEmailTo(email, "Confirm your email address");
        mvc.perform(get(pathOf(link)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Email address confirmed")))
                .andExpect(content().string(containsString("href=\"/sign-in\"")));

        Cookie signedIn = signIn(email, PASSWORD);
        mvc.perform(get("/home").cookie(signedIn)).andExpect(redirectedUrl("/o/" + organisationId));
        mvc.perform(get("/o/" + organisationId).cookie(signedIn))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(name)));
    }

    @Test
    void aCommunityGroupNeedsNeitherACharityNorACompanyNumber() throws Exception {
        String name = unique("Vale Street Residents Group");
        mvc.perform(registration(name, unique("sam") + "@vale.example",
                        "contactPhone", "", "address", "", "website", ""))
                .andExpect(redirectedUrl("/register?sent"));
        var row = jdbc.sql("select charity_number, company_number, website from organisation where name = ?")
                .param(name).query().singleRow();
        assertThat(row.get("charity_number")).isNull();
        assertThat(row.get("company_number")).isNull();
        assertThat(row.get("website")).isNull();
    }

    @Test
    void everyMissingAnswerHasItsOwnMessageAndNothingIsCreated() throws Exception {
        String email = unique("nobody") + "@example.test";
        mvc.perform(post("/register").with(csrf()).param("email", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<title>Error: Register your organisation")))
                .andExpect(content().string(containsString("There is a problem")))
                .andExpect(content().string(containsString("Enter the name of your organisation")))
                .andExpect(content().string(containsString("Enter an email address people can contact your organisation on")))
                .andExpect(content().string(containsString("Describe what your organisation does")))
                .andExpect(content().string(containsString("Select at least one area your organisation works in")))
                .andExpect(content().string(containsString("Enter your name")))
                .andExpect(content().string(containsString("Enter your email address")))
                .andExpect(content().string(containsString("Enter a password")));
        assertThat(peopleWithEmail(email)).isZero();
    }

    @Test
    void badlyFormedNumbersAndAddressesAreRefusedWithSpecificMessages() throws Exception {
        String name = unique("Badly Typed Trust");
        String email = unique("typo") + "@example.test";
        mvc.perform(registration(name, email,
                        "charityNumber", "ABC-123",
                        "companyNumber", "123456789",
                        "contactEmail", "hello at example",
                        "contactPhone", "call me maybe",
                        "website", "javascript:alert(1)",
                        "areasOfWork", "CHILDREN_AND_YOUNG_PEOPLE|'; delete from organisation; --",
                        "email", "not-an-email"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter a charity number like 1234567, SC012345 or NIC100001")))
                .andExpect(content().string(containsString("Enter a company number like 01234567 or SC123456")))
                .andExpect(content().string(containsString("Enter an email address in the correct format")))
                .andExpect(content().string(containsString("Enter a telephone number, like 01632 960 001")))
                .andExpect(content().string(containsString("Enter a website address that starts with https://")))
                .andExpect(content().string(containsString("Select the areas your organisation works in from the list")));
        assertThat(organisationsCalled(name)).isZero();
    }

    @Test
    void weakPasswordsAreRefusedWithTheReason() throws Exception {
        String name = unique("Password Testers");
        String email = unique("weak") + "@example.test";
        mvc.perform(registration(name, email, "password", "too-short"))
                .andExpect(content().string(containsString("Password must be 12 characters or more")));
        mvc.perform(registration(name, email, "password", "Password2024!!"))
                .andExpect(content().string(containsString("This password is too common")));
        mvc.perform(registration(name, email, "yourName", "Alexandra Morganfield",
                        "password", "alexandramorganfield1"))
                .andExpect(content().string(containsString("Your password must not contain your name or email address")));
        assertThat(organisationsCalled(name)).isZero();
        assertThat(peopleWithEmail(email)).isZero();
    }

    @Test
    void anOrganisationNameCanBeRegisteredOnlyOnceWhateverItsCase() throws Exception {
        String email = unique("copycat") + "@example.test";
        mvc.perform(registration(Demo.RIVERSIDE.toUpperCase(), email))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("There is already an organisation called")));
        assertThat(peopleWithEmail(email)).isZero();
    }

    @Test
    void anAddressWithAnAccountGetsTheSameAnswerAndItsOwnerAnEmailInstead() throws Exception {
        TestPerson existing = newPerson("Jo Existing");
        String name = unique("Second Try Trust");
        int before = emailsTo(existing.email()).size();

        mvc.perform(registration(name, existing.email().toUpperCase()))
                .andExpect(redirectedUrl("/register?sent"))
                .andExpect(flash().attribute("email", existing.email().toUpperCase()));

        assertThat(organisationsCalled(name)).isZero();
        List<String> emails = emailsTo(existing.email());
        assertThat(emails).hasSize(before + 1);
        assertThat(emails.getLast()).contains("You already have a Tandem account", "/password-reset");
        // Their account is untouched: the password they had still works.
        signIn(existing.email(), existing.password());
    }

    @Test
    void registeringAgainBeforeConfirmingSendsAFreshConfirmationLink() throws Exception {
        String email = unique("forgetful") + "@example.test";
        mvc.perform(registration(unique("First Go Trust"), email)).andExpect(redirectedUrl("/register?sent"));
        String first = linkInEmailTo(email, "Confirm your email address");

        mvc.perform(registration(unique("Second Go Trust"), email)).andExpect(redirectedUrl("/register?sent"));
        String second = linkInEmailTo(email, "Confirm your email address");

        assertThat(second).isNotEqualTo(first);
        mvc.perform(get(pathOf(second))).andExpect(content().string(containsString("Email address confirmed")));
    }

    @Test
    void scriptsAndSqlInAnswersAreStoredAsTypedAndShownAsText() throws Exception {
        String name = "<script>alert('owned')</script> " + unique("Trust");
        String sql = "Robert'); DROP TABLE person; --";
        String email = unique("bobby") + "@example.test";

        mvc.perform(registration(name, email, "yourName", sql, "description", sql))
                .andExpect(redirectedUrl("/register?sent"));

        var row = jdbc.sql("select id, description from organisation where name = ?").param(name).query().singleRow();
        assertThat(row.get("description")).isEqualTo(sql);
        assertThat(personRow(email).get("display_name")).isEqualTo(sql);

        mvc.perform(get(pathOf(linkInEmailTo(email, "Confirm your email address"))));
        Cookie session = signIn(email, PASSWORD);
        mvc.perform(get("/o/" + row.get("id")).cookie(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("&lt;script&gt;alert(&#39;owned&#39;)&lt;/script&gt;")))
                .andExpect(content().string(not(containsString("<script>alert("))));
    }

    @Test
    void tenThousandCharacterAnswersAreRefusedWithAMessage() throws Exception {
        String huge = "a".repeat(10_000);
        String email = unique("long") + "@example.test";
        mvc.perform(registration(huge, email,
                        "charityNumber", huge, "companyNumber", huge, "contactEmail", huge + "@x.org",
                        "contactPhone", "1".repeat(10_000), "address", huge, "website", "https://" + huge + ".org",
                        "description", huge, "yourName", huge, "password", huge))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Organisation name must be 200 characters or fewer")))
                .andExpect(content().string(containsString("Email address must be 320 characters or fewer")))
                .andExpect(content().string(containsString("Address must be 500 characters or fewer")))
                .andExpect(content().string(containsString("What your organisation does must be 2000 characters or fewer")))
                .andExpect(content().string(containsString("Your name must be 200 characters or fewer")))
                .andExpect(content().string(containsString("Password must be 256 characters or fewer")));
        mvc.perform(registration(unique("Long Email Trust"), huge + "@example.test"))
                .andExpect(content().string(containsString("Email address must be 320 characters or fewer")));
        assertThat(peopleWithEmail(email)).isZero();
    }

    @Test
    void namesWithLineBreaksAreRefused() throws Exception {
        String email = unique("newline") + "@example.test";
        mvc.perform(registration("Injected Trust\r\nBcc: victim@example.test", email,
                        "yourName", "Alex\nMorgan"))
                .andExpect(content().string(containsString("Organisation name must be on one line")))
                .andExpect(content().string(containsString("Your name must be on one line")));
        assertThat(peopleWithEmail(email)).isZero();
    }

    @Test
    void registeringNeedsTheFormsOwnCsrfToken() throws Exception {
        String name = unique("Forged Trust");
        String email = unique("forged") + "@example.test";
        mvc.perform(registration(name, email).with(request -> {
                    request.removeParameter("_csrf");
                    return request;
                }))
                .andExpect(status().isForbidden());
        mvc.perform(registration(name, email).with(csrf().useInvalidToken()))
                .andExpect(status().isForbidden());
        assertThat(organisationsCalled(name)).isZero();
        assertThat(peopleWithEmail(email)).isZero();
    }
}
