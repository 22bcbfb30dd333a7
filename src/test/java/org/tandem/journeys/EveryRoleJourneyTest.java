package org.tandem.journeys;

import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.tandem.support.BrowserTest;
import org.tandem.support.Demo;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static com.microsoft.playwright.Page.GetByRoleOptions;

/** Every demo person signs in and sees what their role in their organisation lets them see. */
class EveryRoleJourneyTest extends BrowserTest {

    @ParameterizedTest(name = "{0} sees the youth commission but cannot steer it")
    @CsvSource({
            Demo.FINANCE + ",Finance officer",
            Demo.CITIZEN + ",Citizen co-producer",
            Demo.PANEL + ",Panel member",
            Demo.SCRUTINY + ",Scrutiny member"})
    void councilMembersFollowTheCommission(String email, String role) {
        signIn(email);
        assertThat(page.locator(".govuk-summary-list")).containsText(role);
        assertAccessible();
        page.getByRole(AriaRole.LINK, new GetByRoleOptions().setName("Commissions").setExact(true)).first().click();
        page.getByLabel("Search").fill(Demo.YOUTH_COMMISSION);
        page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("Apply filters")).click();
        page.getByRole(AriaRole.LINK, new GetByRoleOptions().setName(Demo.YOUTH_COMMISSION)).click();
        assertThat(page.locator("h1")).hasText(Demo.YOUTH_COMMISSION);
        assertThat(page.getByText("Move on to Planning")).hasCount(0);
        assertThat(page.getByText("Mark done")).hasCount(0);
        assertAccessible();
    }

    @Test
    void theOfficerRunsTheCommissionDayToDay() {
        signIn(Demo.OFFICER);
        page.navigate(demo.councilPath() + "/commissions/" + demo.youthCommission());
        assertThat(page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("Move on to Planning"))).isVisible();
        assertThat(page.getByText("Move back to Insight")).hasCount(0);
        assertAccessible();
    }

    @Test
    void thePartnerSeesTheSharedCommissionFromItsOwnOrganisation() {
        signIn(Demo.PARTNER);
        assertThat(page.locator("h1")).hasText(Demo.ICB);
        page.getByRole(AriaRole.LINK, new GetByRoleOptions().setName("Commissions").setExact(true)).first().click();
        page.getByLabel("Search").fill(Demo.YOUTH_COMMISSION);
        page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("Apply filters")).click();
        assertThat(page.getByText("Led by " + Demo.COUNCIL)).isVisible();
        page.getByRole(AriaRole.LINK, new GetByRoleOptions().setName(Demo.YOUTH_COMMISSION)).click();
        assertThat(page.getByText("Move on to Planning")).hasCount(0);
        assertAccessible();
    }

    @Test
    void aProviderSeesItsOwnOrganisationOnly() {
        signIn(Demo.PROVIDER);
        assertThat(page.locator("h1")).hasText(Demo.RIVERSIDE);
        assertThat(page.getByRole(AriaRole.LINK, new GetByRoleOptions().setName("Commissions").setExact(true)))
                .hasCount(0);
        assertAccessible();
        page.navigate(demo.councilPath());
        assertThat(page.locator("h1")).hasText("Page not found");
        assertAccessible();
    }

    @Test
    void theAdministratorChecksTheAuditLog() {
        signIn(Demo.ADMIN);
        page.getByLabel("Menu").getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions()
                .setName("Audit log")).click();
        assertThat(page.locator("h1")).hasText("Audit log");
        assertAccessible();
        page.getByLabel("Action starts with").fill("commission");
        page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("Apply filters")).click();
        assertThat(page.locator("tbody")).containsText("Youth services 2027 to 2030");
        assertAccessible();
        page.getByRole(AriaRole.LINK, new GetByRoleOptions().setName("Check the log has not been tampered with")).click();
        assertThat(page.locator("h1")).hasText("The audit log is intact");
        assertAccessible();
    }
}
