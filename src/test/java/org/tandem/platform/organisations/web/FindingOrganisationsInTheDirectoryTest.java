package org.tandem.platform.organisations.web;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.tandem.platform.OrganisationKind;
import org.tandem.support.Demo;
import org.tandem.support.TenantTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class FindingOrganisationsInTheDirectoryTest extends TenantTest {

    @Test
    void anyoneSignedInSeesOrganisationsWithTheirPublicDetails() throws Exception {
        String page = directory(Demo.CITIZEN, "q", "Riverside");

        assertThat(page).contains("Riverside Youth Trust", "Provider", "Charity 1190001", "Children and young people",
                "href=\"https://riversideyouth.example\"", "rel=\"noopener noreferrer\"");
    }

    @Test
    void linksToAnOrganisationsOwnPagesOnlyForItsMembers() throws Exception {
        UUID riverside = demo.organisation(Demo.RIVERSIDE);
        UUID council = demo.council();

        String asDan = directory(Demo.PROVIDER, "q", "Millbrook Borough");
        assertThat(asDan).contains(Demo.COUNCIL).doesNotContain("href=\"/o/" + council + "\"");

        assertThat(directory(Demo.PROVIDER, "q", "Riverside")).contains("href=\"/o/" + riverside + "\"",
                "You are a member");
        assertThat(directory(Demo.COMMISSIONER, "q", "Millbrook Borough")).contains("href=\"/o/" + council + "\"");
    }

    @Test
    void searchesByNameAndFiltersByKind() throws Exception {
        String token = unique("Lantern");
        newOrganisation(OrganisationKind.PROVIDER, token + " Befrienders");
        newOrganisation(OrganisationKind.COMMISSIONING_BODY, token + " District Council");

        assertThat(directory(Demo.ADMIN, "q", token))
                .contains(token + " Befrienders", token + " District Council", "of 2 organisations");
        assertThat(directory(Demo.ADMIN, "kind", "provider", "q", token.toUpperCase()))
                .contains(token + " Befrienders").doesNotContain("District Council");
    }

    @Test
    void showsTwentyFiveOrganisationsAPage() throws Exception {
        String token = unique("Paged");
        for (int i = 1; i <= 27; i++) {
            newOrganisation(OrganisationKind.PROVIDER, token + " provider " + (100 + i));
        }
        String first = directory(Demo.ADMIN, "q", token);
        assertThat(first).contains("Showing 1 to 25 of 27 organisations", "provider 125")
                .doesNotContain("provider 126");
        assertThat(first).contains("page=2");

        assertThat(directory(Demo.ADMIN, "q", token, "page", "2")).contains("Showing 26 to 27 of 27 organisations",
                "provider 126", "provider 127").doesNotContain("provider 101");
    }

    @Test
    void hostileSearchesFindNothingAndBreakNothing() throws Exception {
        assertThat(directory(Demo.ADMIN, "q", "%' or '1'='1")).contains("No organisations match");
        String token = unique("Wildcards");
        newOrganisation(OrganisationKind.PROVIDER, token + " 100% Youth");
        assertThat(directory(Demo.ADMIN, "q", token + " 100%")).contains(token + " 100% Youth");
        assertThat(directory(Demo.ADMIN, "q", token + " 1_0%")).contains("No organisations match");
        assertThat(directory(Demo.ADMIN, "q", "\u0000Riverside")).contains("Riverside Youth Trust");
        assertThat(directory(Demo.ADMIN, "q", "x".repeat(5000))).contains("No organisations match");
        assertThat(directory(Demo.ADMIN, "q", "<script>alert(1)</script>"))
                .doesNotContain("<script>alert(1)").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        assertThat(directory(Demo.ADMIN, "kind", "PROVIDER' OR 1=1--", "q", "Millbrook Borough"))
                .contains(Demo.COUNCIL);
        assertThat(directory(Demo.ADMIN, "page", "-3", "q", "Riverside")).contains("Riverside Youth Trust");
    }

    @Test
    void needsSigningIn() throws Exception {
        mvc.perform(get("/organisations")).andExpect(status().is3xxRedirection());
    }

    /** The directory page as this person sees it, with these query parameters (name, value, name, value...). */
    private String directory(String who, String... parameters) throws Exception {
        var request = get("/organisations").with(as(who));
        for (int i = 0; i < parameters.length; i += 2) {
            request.param(parameters[i], parameters[i + 1]);
        }
        return mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }
}
