package org.tandem.platform.api;

import org.junit.jupiter.api.Test;
import org.tandem.platform.OrganisationKind;
import org.tandem.support.ApiTest;
import org.tandem.support.Demo;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class MeAndDirectoryApiTest extends ApiTest {

    @Test
    void meListsEveryOrganisationWithTheRolesHeldThere() throws Exception {
        JsonNode me = body(mvc.perform(get("/api/v1/me").with(as(Demo.PARTNER)))
                .andExpect(status().isOk()).andExpect(content().contentType(JSON)).andReturn());
        assertThat(me.get("email").asString()).isEqualTo(Demo.PARTNER);
        assertThat(me.get("personId").asString()).isEqualTo(demo.person(Demo.PARTNER).toString());
        JsonNode icb = me.get("memberships").valueStream()
                .filter(m -> m.get("organisationId").asString().equals(demo.organisation(Demo.ICB).toString()))
                .findFirst().orElseThrow();
        assertThat(icb.get("name").asString()).isEqualTo(Demo.ICB);
        assertThat(icb.get("kind").asString()).isEqualTo("COMMISSIONING_BODY");
        assertThat(icb.get("roles").valueStream().map(JsonNode::asString))
                .containsExactly("ADMINISTRATOR", "COMMISSIONER");
        assertThat(me.get("memberships").valueStream().map(m -> m.get("name").asString()))
                .contains(Demo.PARTNERSHIP);
    }

    @Test
    void theDirectoryFindsOrganisationsByNameAndKind() throws Exception {
        JsonNode found = body(mvc.perform(get("/api/v1/organisations").param("q", "riverside")
                .with(as(Demo.CITIZEN))).andExpect(status().isOk()).andReturn());
        assertThat(found.get("items").valueStream().map(o -> o.get("name").asString())).contains(Demo.RIVERSIDE);
        assertThat(found.get("items").valueStream().map(o -> o.get("name").asString())).doesNotContain(Demo.COUNCIL);

        JsonNode providers = body(mvc.perform(get("/api/v1/organisations").param("kind", "PROVIDER")
                .param("size", "100").with(as(Demo.CITIZEN))).andExpect(status().isOk()).andReturn());
        assertThat(providers.get("items").valueStream().map(o -> o.get("kind").asString())).containsOnly("PROVIDER");
        JsonNode riverside = providers.get("items").valueStream()
                .filter(o -> o.get("name").asString().equals(Demo.RIVERSIDE)).findFirst().orElseThrow();
        assertThat(riverside.get("charityNumber").asString()).isEqualTo("1190001");
        assertThat(riverside.get("areasOfWork").valueStream().map(JsonNode::asString))
                .contains("CHILDREN_AND_YOUNG_PEOPLE");
    }

    @Test
    void theDirectoryComesOnePageAtATime() throws Exception {
        newOrganisation(OrganisationKind.PROVIDER);
        newOrganisation(OrganisationKind.PROVIDER);
        mvc.perform(get("/api/v1/organisations").param("size", "1").param("page", "2").with(as(Demo.CITIZEN)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.page").value(2))
                .andExpect(jsonPath("$.size").value(1))
                .andExpect(jsonPath("$.total").value(greaterThanOrEqualTo(7)))
                .andExpect(jsonPath("$.pageCount").value(greaterThanOrEqualTo(7)));
        mvc.perform(get("/api/v1/organisations").param("size", "100000").with(as(Demo.CITIZEN)))
                .andExpect(jsonPath("$.size").value(100));
        for (String page : new String[] {"999999", "2147483647", "30000000", "-3"}) {
            mvc.perform(get("/api/v1/organisations").param("page", page).param("size", "100")
                    .with(as(Demo.CITIZEN))).andExpect(status().isOk());
            mvc.perform(get("/api/v1/organisations/" + demo.council() + "/invitations").param("page", page)
                    .param("size", "100").with(as(Demo.ADMIN))).andExpect(status().isOk());
        }
        mvc.perform(get("/api/v1/organisations").param("page", "999999").with(as(Demo.CITIZEN)))
                .andExpect(jsonPath("$.items.length()").value(0));
    }

    @Test
    void wrongFiltersAreExplained() throws Exception {
        mvc.perform(get("/api/v1/organisations").param("kind", "CHARITY").with(as(Demo.CITIZEN)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("kind"))
                .andExpect(jsonPath("$.errors[0].message").value(
                        containsString("COMMISSIONING_BODY, PROVIDER, PARTNERSHIP")));
        mvc.perform(get("/api/v1/organisations").param("page", "two").with(as(Demo.CITIZEN)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("page"));
    }

    @Test
    void searchTextIsOnlyEverText() throws Exception {
        for (String q : new String[] {"%", "_", "' or '1'='1", "x'); drop table organisation; --", "\\"}) {
            mvc.perform(get("/api/v1/organisations").param("q", q).with(as(Demo.CITIZEN)))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.total").value(0));
        }
    }

    @Test
    void nobodySignedInGets401() throws Exception {
        mvc.perform(get("/api/v1/organisations"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentType(PROBLEM_JSON));
    }
}
