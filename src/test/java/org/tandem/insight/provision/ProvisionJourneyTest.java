package org.tandem.insight.provision;

import com.microsoft.playwright.Page.GetByRoleOptions;
import com.microsoft.playwright.options.AriaRole;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tandem.support.BrowserTest;
import org.tandem.support.Demo;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Tom Okafor maps current provision for the youth-services commission: he finds what runs in Market, adds a
 * service, looks at the totals and the commission's gap analysis, and Dr Ruth Green of the NHS board reads the
 * gap analysis on her phone. Every page is checked with axe-core.
 */
class ProvisionJourneyTest extends BrowserTest {

    @Autowired
    FundedServiceRepository services;

    private final String added = "Family cooking club " + UUID.randomUUID().toString().substring(0, 6);

    @AfterEach
    void removeWhatWasAdded() {
        services.servicesOf(demo.council()).stream().filter(s -> s.name().equals(added))
                .forEach(s -> services.delete(demo.council(), s.id(), s.version()));
    }

    @Test
    void anOfficerMapsCurrentProvisionAndSeesTheGaps() {
        signIn(Demo.OFFICER);
        page.getByRole(AriaRole.LINK, new GetByRoleOptions().setName("Current provision").setExact(true)).first()
                .click();
        assertThat(page.locator("h1")).hasText("Current provision");
        assertAccessible();

        page.getByLabel("Ward").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Market"));
        page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("Apply filters")).click();
        assertThat(page.getByRole(AriaRole.LINK, new GetByRoleOptions().setName("Street sport sessions")))
                .isVisible();
        assertThat(page.getByRole(AriaRole.LINK, new GetByRoleOptions().setName("Millbrook youth centres")))
                .hasCount(0);
        page.getByRole(AriaRole.LINK, new GetByRoleOptions().setName("Street sport sessions")).click();
        assertThat(page.getByText("Public health grant: £20,000.00")).isVisible();
        assertAccessible();

        visit(demo.councilPath() + "/provision/services/new");
        page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("Add the service")).click();
        assertThat(page.locator(".govuk-error-summary")).containsText("Enter the name of the service");
        assertThat(page.locator(".govuk-error-summary")).containsText("Enter at least one source of funding");
        assertAccessible();
        page.getByLabel("Name of the service").fill(added);
        page.getByLabel("Name of a provider not on Tandem").fill("Eastfield Community Kitchen");
        page.getByLabel("Who the service is for").selectOption("FAMILIES");
        page.getByLabel("Borough-wide", new com.microsoft.playwright.Page.GetByLabelOptions().setExact(true)).check();
        page.getByLabel("Source 1").selectOption("NATIONAL_LOTTERY");
        page.getByLabel("Amount a year 1, in pounds").fill("12,000");
        page.locator("#endsDay").fill("31");
        page.locator("#endsMonth").fill("8");
        page.locator("#endsYear").fill("2027");
        page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("Add the service")).click();
        assertThat(page.locator(".govuk-notification-banner")).containsText("has been added to the baseline");
        assertThat(page.locator("h1")).hasText(added);
        assertAccessible();

        visit(demo.councilPath() + "/provision/totals");
        assertThat(page.getByText("counted once, under Borough-wide").first()).isVisible();
        visit(demo.councilPath() + "/provision/import");
        page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("Import the file")).click();
        assertThat(page.locator(".govuk-error-summary")).containsText("Select an Open Referral UK file");
        assertAccessible();

        visit(demo.councilPath() + "/commissions/" + demo.youthCommission());
        page.getByRole(AriaRole.LINK, new GetByRoleOptions().setName("Gap analysis")).click();
        assertThat(page.locator("h2").first()).hasText("Girls aged 11 to 16 are less physically active");
        assertAccessible();
    }

    @Test
    void aPartnerReadsTheGapAnalysisAndTheCommissionerTheBaselineOnAPhone() {
        page.setViewportSize(375, 812);
        signIn(Demo.PARTNER);
        visit("/o/" + demo.organisation(Demo.ICB) + "/commissions/" + demo.youthCommission() + "/gap-analysis");
        assertThat(page.getByText("No service addressing it in: Market.")).isVisible();
        assertNoSidewaysScrolling();
        signOut();
        signIn(Demo.COMMISSIONER);
        visit(demo.councilPath() + "/provision/services");
        assertNoSidewaysScrolling();
        visit(demo.councilPath() + "/provision/totals");
        assertNoSidewaysScrolling();
        UUID sport = services.servicesOf(demo.council()).stream()
                .filter(s -> s.name().equals("Street sport sessions")).findFirst().orElseThrow().id();
        visit(demo.councilPath() + "/provision/services/" + sport + "/remove");
        assertThat(page.locator("h1")).hasText("Remove Street sport sessions from the baseline?");
        assertNoSidewaysScrolling();
    }

    private void assertNoSidewaysScrolling() {
        org.assertj.core.api.Assertions.assertThat(page.evaluate(
                "document.documentElement.scrollWidth <= window.innerWidth")).as("no sideways scrolling on " + path())
                .isEqualTo(true);
    }
}
