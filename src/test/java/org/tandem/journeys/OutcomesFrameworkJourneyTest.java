package org.tandem.journeys;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tandem.commissions.CommissioningLevel;
import org.tandem.commissions.internal.CommissionDraft;
import org.tandem.commissions.internal.CommissionService;
import org.tandem.platform.AuditLog.Actor;
import org.tandem.platform.Money;
import org.tandem.platform.ServiceArea;
import org.tandem.support.BrowserTest;
import org.tandem.support.Demo;

import static com.microsoft.playwright.Page.GetByRoleOptions;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Priya builds a commission's outcomes framework from the council's template, is told to reframe a deficit target,
 * adds an indicator and sends the framework to a review group; Jordan, on his phone, agrees it; the agreed framework
 * is locked and public.
 */
class OutcomesFrameworkJourneyTest extends BrowserTest {

    @Autowired
    CommissionService commissions;

    @Test
    void aCommissionerBuildsAFrameworkAndAYoungPersonAgreesItOnAPhone() {
        String title = "Holiday activities " + UUID.randomUUID().toString().substring(0, 6);
        UUID commission = commissions.createAs(Actor.TANDEM, demo.council(), new CommissionDraft(title, null,
                ServiceArea.CHILDREN_AND_YOUNG_PEOPLE, CommissioningLevel.OPERATIONAL, Money.pounds("350000.00"),
                LocalDate.of(2027, 6, 1), LocalDate.of(2029, 8, 31), Set.of())).id();
        String group = "Holiday reviewers " + UUID.randomUUID().toString().substring(0, 6);

        signIn(Demo.COMMISSIONER);
        visit(demo.councilPath() + "/commissions/" + commission);
        page.getByRole(AriaRole.LINK, new GetByRoleOptions().setName("Outcomes framework")).click();
        assertAccessible();
        page.getByLabel("From the template Children and young people: the dynamic model of well-being").check();
        page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("Start the outcomes framework")).click();
        assertThat(page.locator(".govuk-notification-banner")).containsText("The outcomes framework has been started");
        assertThat(page.locator("#outcomes")).hasText("Outcomes (6)");
        assertAccessible();

        page.getByRole(AriaRole.LINK, new GetByRoleOptions().setName("Add an outcome")).click();
        page.getByLabel("The outcome in the words of the people it is for").fill("Reduce antisocial behaviour");
        page.getByLabel("Community-level").check();
        page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("Add the outcome")).click();
        assertThat(page.getByText("\"Reduce antisocial behaviour\" starts with \"reduce\"").first()).isVisible();
        assertAccessible();

        page.getByRole(AriaRole.LINK, new GetByRoleOptions().setName("Change the outcome 7")).click();
        assertThat(page.locator(".govuk-warning-text")).containsText("starts with \"reduce\"");
        page.getByLabel("The outcome in the words of the people it is for")
                .fill("I have fun things to do in the holidays");
        page.getByLabel("Give", new com.microsoft.playwright.Page.GetByLabelOptions().setExact(true)).check();
        page.getByLabel("People using services").check();
        page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("Save the changes")).click();
        assertThat(page.getByText("starts with \"reduce\"")).hasCount(0);

        page.getByRole(AriaRole.LINK, new GetByRoleOptions().setName("Add an indicator to outcome 7")).click();
        page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("Add the indicator")).click();
        assertThat(page.locator(".govuk-error-summary")).containsText("Select whether the indicator measures");
        page.getByLabel("Name").fill("Young people who say the holidays were fun");
        page.getByLabel("Outcome", new com.microsoft.playwright.Page.GetByLabelOptions().setExact(true)).check();
        page.getByLabel("Increase").check();
        page.getByLabel("Baseline (optional)").fill("forty");
        page.getByLabel("Survey", new com.microsoft.playwright.Page.GetByLabelOptions().setExact(true)).check();
        page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("Add the indicator")).click();
        assertThat(page.locator(".govuk-error-summary")).containsText("Enter the baseline as a number");
        assertAccessible();
        page.getByLabel("Baseline (optional)").fill("40%");
        page.getByLabel("Target (optional)").fill("65");
        page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("Add the indicator")).click();
        assertThat(page.locator("table").last()).containsText("40 to 65");

        page.navigate(demo.councilPath() + "/outcomes/review-groups/new");
        page.getByLabel("Name").fill(group);
        page.getByLabel("Jordan Reid").check();
        page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("Set up the group")).click();
        assertThat(page.locator("#review-groups")).isVisible();
        page.navigate(demo.councilPath() + "/commissions/" + commission + "/outcomes");
        page.getByRole(AriaRole.LINK, new GetByRoleOptions().setName("Send for review")).click();
        page.getByLabel(group).check();
        page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("Send for review")).click();
        assertThat(page.locator(".govuk-notification-banner")).containsText("has been sent to " + group);
        assertThat(page.getByRole(AriaRole.LINK, new GetByRoleOptions().setName("Add an outcome"))).hasCount(0);
        assertAccessible();
        String framework = path();
        signOut();

        BrowserContext phone = context.browser().newContext(new Browser.NewContextOptions().setBaseURL(baseUrl())
                .setViewportSize(375, 812).setIsMobile(true).setHasTouch(true));
        try {
            page = phone.newPage();
            signIn(Demo.CITIZEN);
            visit(framework);
            assertThat(page.getByText("0 of 1 members have agreed")).isVisible();
            page.getByRole(AriaRole.LINK, new GetByRoleOptions().setName("Give your decision")).click();
            assertAccessible();
            page.getByLabel("Object").check();
            page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("Send your decision")).click();
            assertThat(page.locator(".govuk-error-summary")).containsText("Say why you object");
            assertAccessible();
            page.getByLabel("Agree").check();
            page.getByLabel("Your comment").fill("These are the things we said we wanted.");
            page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("Send your decision")).click();
            assertThat(page.locator(".govuk-notification-banner")).containsText("Everyone has now agreed");
            assertThat(page.locator("#locked")).containsText("is locked");
            Object wide = page.evaluate("document.documentElement.scrollWidth > window.innerWidth");
            org.assertj.core.api.Assertions.assertThat(wide).as("the page scrolls sideways on a phone")
                    .isEqualTo(false);
            assertAccessible();
        } finally {
            phone.close();
        }
        page = context.newPage();
        signIn(Demo.COMMISSIONER);
        visit(framework);
        assertThat(page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("Start a new draft")))
                .isVisible();
        page.getByRole(AriaRole.LINK, new GetByRoleOptions().setName("The public page of the agreed framework"))
                .click();
        assertThat(page.getByText("I have fun things to do in the holidays")).isVisible();
        assertAccessible();
    }
}
