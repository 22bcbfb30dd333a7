package org.tandem.journeys;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.tandem.support.BrowserTest;
import org.tandem.support.Demo;

import static com.microsoft.playwright.Page.GetByRoleOptions;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Jordan Reid, a young assessor from Young Voices, records the autumn review's visit to the street sport sessions on
 * his phone: 375 pixels wide, nothing wider than the screen. He misses an area the first time, and the error summary
 * takes him to it.
 */
class AssessorVisitJourneyTest extends BrowserTest {

    private static final String[] LETTERS = {"G", "A", "G", "A", null, "G", "R", "A", "G"};

    @Test
    void aYoungAssessorCompletesAVisitOnAPhone() {
        page.setViewportSize(375, 812);
        signIn(Demo.CITIZEN);
        assertFits();
        assertAccessible();

        openMenuIfFolded();
        page.locator("nav[aria-label='Menu']").getByRole(AriaRole.LINK,
                new Locator.GetByRoleOptions().setName("Quality visits").setExact(true)).click();
        assertThat(page.locator("h1")).hasText("Your quality visits");
        assertFits();
        assertAccessible();

        page.getByRole(AriaRole.LINK, new GetByRoleOptions().setName(Pattern.compile("^Street sport sessions")))
                .click();
        assertThat(page.locator("h1")).hasText("Visit to Street sport sessions");
        assertThat(page.getByText("Staff say hello, learn our names")).isVisible();
        assertFits();
        assertAccessible();

        for (int i = 0; i < LETTERS.length; i++) {
            if (LETTERS[i] != null) {
                rate(i, LETTERS[i]);
            }
        }
        field(6, "evidence").fill("Nine in ten who came were boys. Nobody has asked girls on the estate what "
                + "they would like.");
        field(6, "quotes").fill("It's not for girls, is it?");
        page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("Submit the visit")).click();

        Locator summary = page.locator(".govuk-error-summary");
        assertThat(summary).containsText("Choose red, amber or green for Things we enjoy doing");
        assertThat(page).hasTitle(Pattern.compile("^Error: "));
        assertThat(page.locator("[id='areas[0].rating']")).isChecked();
        assertThat(field(6, "evidence")).hasValue(Pattern.compile("^Nine in ten"));
        assertFits();
        assertAccessible();

        summary.getByRole(AriaRole.LINK).first().click();
        rate(4, "G");
        page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("Submit the visit")).click();

        assertThat(page.locator(".govuk-notification-banner"))
                .containsText("The visit to Street sport sessions has been submitted");
        assertThat(page.getByText("This visit has been submitted and is locked.")).isVisible();
        assertThat(page.getByText("It's not for girls, is it?")).isVisible();
        assertThat(page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("Submit the visit"))).hasCount(0);
        assertFits();
        assertAccessible();

        assertThat(pagesChecked()).isEqualTo(5);
    }

    /** Taps the rating's label: the whole label is the touch target. */
    private void rate(int area, String letter) {
        String suffix = switch (letter) {
            case "G" -> "";
            case "A" -> "-2";
            default -> "-3";
        };
        page.locator("label[for='areas[" + area + "].rating" + suffix + "']").click();
    }

    private Locator field(int area, String name) {
        return page.locator("[id='areas[" + area + "]." + name + "']");
    }

    /** On a phone the service navigation folds behind a Menu button. */
    private void openMenuIfFolded() {
        Locator menu = page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("Menu"));
        if (menu.count() > 0 && menu.first().isVisible()) {
            menu.first().click();
        }
    }

    private void assertFits() {
        Object fits = page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth");
        assertThat(fits).as("no horizontal scrolling at 375px on " + page.url()).isEqualTo(true);
    }
}
