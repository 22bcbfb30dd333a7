package org.tandem.journeys;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.tandem.support.BrowserTest;
import org.tandem.support.Demo;

import static com.microsoft.playwright.Page.GetByRoleOptions;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A Millbrook resident on a phone, not signed in, finds something near them in the community directory and offers
 * something of their own; then Tom, the commissioning officer, finds the offer waiting. Every page is checked with
 * axe-core, and none may be wider than the phone.
 */
class ResidentUsesTheDirectoryJourneyTest extends BrowserTest {

    private void fitsThePhone() {
        Object fits = page.evaluate("document.documentElement.scrollWidth <= window.innerWidth");
        org.assertj.core.api.Assertions.assertThat(fits).as("no sideways scrolling on " + path()).isEqualTo(true);
    }

    private void check() {
        assertAccessible();
        fitsThePhone();
    }

    @Test
    void aResidentSearchesTheDirectoryOnAPhoneAndOffersSomething() {
        page.setViewportSize(375, 812);
        visit("/public/o/" + demo.council() + "/assets");
        fitsThePhone();
        assertThat(page.locator("h1")).hasText("Community directory");

        page.getByLabel("Ward").selectOption(new SelectOption().setLabel("Northgate"));
        page.getByLabel("Can help with").selectOption(
                new SelectOption().setLabel("Young people not in education, employment or training after 16"));
        page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("Search")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Showing 1 to 1 of 1 results");
        check();

        page.getByRole(AriaRole.LINK, new GetByRoleOptions().setName("Northgate Boxing Club")).click();
        assertThat(page.locator("h1")).hasText("Northgate Boxing Club");
        assertThat(page.getByText("Young people not in education, employment or training after 16")).isVisible();
        assertThat(page.getByRole(AriaRole.LINK, new GetByRoleOptions().setName("07700 900 214")))
                .hasAttribute("href", "tel:07700900214");
        check();

        page.getByRole(AriaRole.LINK, new GetByRoleOptions().setName("Search the directory")).click();
        page.getByRole(AriaRole.LINK, new GetByRoleOptions().setName("Browse by ward")).click();
        assertThat(page.locator("caption")).hasText("Listings by ward");
        check();
        page.getByRole(AriaRole.LINK, new GetByRoleOptions().setName("Back")).click();

        page.getByRole(AriaRole.LINK, new GetByRoleOptions().setName("Offer something yourself")).click();
        assertThat(page.locator("h1")).hasText("Offer something to your community");
        check();

        // Sent without agreeing to be contacted: refused, with what was typed kept.
        page.getByLabel("People's skills and knowledge").check();
        page.getByLabel("A short name for it").fill("Homework help in Hilltop");
        page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("Send your offer")).click();
        assertThat(page).hasTitle(java.util.regex.Pattern.compile("^Error: "));
        assertThat(page.locator(".govuk-error-summary")).containsText("Agree that we may contact you");
        assertThat(page.getByLabel("A short name for it")).hasValue("Homework help in Hilltop");
        check();

        String name = "Homework help " + UUID.randomUUID().toString().substring(0, 6);
        page.getByLabel("A short name for it").fill(name);
        page.getByLabel("What you offer").fill("I am a retired maths teacher and can help with homework.");
        page.getByLabel("Ward (optional)").selectOption(new SelectOption().setLabel("Hilltop"));
        page.getByLabel("When (optional)").fill("Tuesday and Thursday after school");
        page.getByLabel("Your name").fill("Margaret Osei");
        page.getByLabel("Email address", new Page.GetByLabelOptions().setExact(true)).fill("margaret@example.com");
        page.getByLabel("Millbrook Borough Council may contact me about my offer").check();
        page.getByLabel("Millbrook Borough Council may list my offer").check();
        page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("Send your offer")).click();
        assertThat(page.locator("h1")).hasText("Thank you for your offer");
        check();

        // Not in the directory until it has been checked.
        page.navigate("/public/o/" + demo.council() + "/assets?q=" + name.replace(" ", "+"));
        assertThat(page.getByText("No results match your search")).isVisible();

        page.setViewportSize(1280, 900);
        signIn(Demo.OFFICER);
        page.navigate(demo.councilPath() + "/assets");
        assertThat(page.locator("h1")).hasText("Asset map");
        assertAccessible();
        page.getByRole(AriaRole.LINK, new GetByRoleOptions().setName("Pledges from residents").setExact(true))
                .first().click();
        assertAccessible();
        page.getByRole(AriaRole.LINK, new GetByRoleOptions().setName(name)).click();
        assertThat(page.getByText("Millbrook Borough Council may list my offer in its public directory")).isVisible();
        page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("Save the decision")).click();
        assertThat(page.locator(".govuk-error-summary")).containsText("Select what to do with the pledge");
        assertAccessible();
        page.getByLabel("Publish it in the public directory").check();
        page.getByLabel("Note (optional unless you decline it)").fill("Checked with Margaret by email");
        page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("Save the decision")).click();
        assertThat(page.locator(".govuk-notification-banner")).containsText("published in the directory");
        assertAccessible();
        page.getByRole(AriaRole.LINK, new GetByRoleOptions().setName(name)).click();
        assertThat(page.locator("h1")).hasText(name);
        assertThat(page.getByText("Offered by a resident through the public directory")).isVisible();
        assertAccessible();
    }

    @Test
    void theAssetMapsOtherPagesAreAccessible() {
        signIn(Demo.OFFICER);
        visit(demo.councilPath() + "/assets?type=PHYSICAL&sort=WARD");
        page.getByRole(AriaRole.LINK, new GetByRoleOptions().setName("St Mark's church hall")).click();
        assertThat(page.getByText("Not published").first()).isVisible();
        assertAccessible();
        page.getByRole(AriaRole.LINK, new GetByRoleOptions().setName("Change the asset")).click();
        page.getByLabel("Monday").fill("mornings");
        page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("Save changes")).click();
        assertThat(page.locator(".govuk-error-summary")).containsText("Monday must be times like 9am to 12pm");
        assertAccessible();
        page.getByRole(AriaRole.LINK, new GetByRoleOptions().setName("Cancel")).click();
        page.getByRole(AriaRole.LINK, new GetByRoleOptions().setName("Remove it from the map")).click();
        assertThat(page.locator("h1")).hasText("Remove St Mark's church hall from the asset map?");
        assertAccessible();
        visit(demo.councilPath() + "/assets/new");
        visit(demo.councilPath() + "/assets/wards");
        visit(demo.councilPath() + "/wards");
        visit(demo.councilPath() + "/wards/new");
        visit(demo.councilPath() + "/wards/import");
        page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("Import")).click();
        assertThat(page.locator(".govuk-error-summary")).containsText("Choose a CSV file to import");
        assertAccessible();
    }
}
