package org.tandem.insight.assets;

import java.time.DayOfWeek;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.tandem.platform.OrganisationKind;
import org.tandem.support.Demo;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The public directory: no sign-in, and nothing that is not published ever shows, by any route. */
class PublicDirectoryTest extends AssetSteps {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void anyoneCanSearchTheDemoDirectoryWithoutSigningIn() throws Exception {
        String directory = "/public/o/" + demo.council() + "/assets";
        mvc.perform(get(directory))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Community directory")))
                .andExpect(content().string(containsString("Northgate Boxing Club")))
                .andExpect(content().string(containsString("Saturday bike repairs")))
                .andExpect(content().string(not(containsString("St Mark&#39;s church hall"))))
                .andExpect(content().string(not(containsString("Guitar for beginners"))));
    }

    @Test
    void nothingUnpublishedShowsInTheListThePageTheJsonOrTheGeoJson() throws Exception {
        Place place = newPlace();
        CommunityAsset shown = asset(place, "Published boxing club", AssetType.ASSOCIATIONS, place.northgate(), true,
                DayOfWeek.MONDAY, Set.of(place.needId()));
        CommunityAsset hidden = asset(place, "Unpublished boxing gym", AssetType.ASSOCIATIONS, place.northgate(),
                false, DayOfWeek.MONDAY, Set.of(place.needId()));
        for (String query : new String[] {"", "?q=boxing", "?ward=" + place.northgate(), "?type=ASSOCIATIONS",
                "?need=" + place.needId(), "?day=MONDAY", "?published=no", "?published=yes&q=unpublished"}) {
            String page = mvc.perform(get(place.directory() + query)).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString();
            assertThat(page).as(query).doesNotContain("Unpublished boxing gym");
        }
        mvc.perform(get(place.directory() + "/" + hidden.id())).andExpect(status().isNotFound());
        mvc.perform(get(place.openData() + "/assets/" + hidden.id())).andExpect(status().isNotFound())
                .andExpect(content().contentType("application/problem+json"));
        String list = mvc.perform(get(place.openData() + "/assets").param("q", "boxing"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(list).contains(shown.id().toString()).doesNotContain(hidden.id().toString());
        String geo = mvc.perform(get(place.openData() + "/assets.geojson")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(geo).contains(shown.id().toString()).doesNotContain(hidden.id().toString());
        String wards = mvc.perform(get(place.directory() + "/wards")).andReturn().getResponse().getContentAsString();
        assertThat(wards).contains("1 associations and groups").doesNotContain("2 associations and groups");
        mvc.perform(get(place.directory() + "/" + shown.id())).andExpect(status().isOk())
                .andExpect(content().string(containsString("Published boxing club")))
                .andExpect(content().string(containsString("Few safe places to meet in the evening")))
                .andExpect(content().string(containsString("6pm to 9pm")));
    }

    @Test
    void unknownOrganisationsAssetsAndMangledIdsAreNotFound() throws Exception {
        Place place = newPlace();
        Place elsewhere = newPlace();
        CommunityAsset theirs = asset(elsewhere, "Their published hall", AssetType.PHYSICAL, null, true, null, Set.of());
        UUID provider = newOrganisation(OrganisationKind.PROVIDER);
        for (String path : new String[] {
                "/public/o/" + UUID.randomUUID() + "/assets",
                "/public/o/not-an-id/assets",
                "/public/o/" + provider + "/assets",
                place.directory() + "/" + theirs.id(),
                place.directory() + "/" + UUID.randomUUID(),
                place.openData() + "/assets/" + theirs.id(),
                "/public/api/v1/organisations/nonsense/assets.geojson"}) {
            mvc.perform(get(path)).andExpect(status().isNotFound());
        }
        mvc.perform(get("/public/o/{id}/assets/pledge", "' or 1=1 --")).andExpect(status().isNotFound());
        mvc.perform(get(place.directory() + "/{id}", "<script>")).andExpect(status().isNotFound());
    }

    @Test
    void searchesAndFiltersWorkForResidentsAndHostileInputIsHarmless() throws Exception {
        Place place = newPlace();
        asset(place, "Northgate Boxing Club", AssetType.ASSOCIATIONS, place.northgate(), true, DayOfWeek.MONDAY,
                Set.of(place.needId()));
        asset(place, "Eastfield allotments", AssetType.PHYSICAL, place.eastfield(), true, DayOfWeek.SUNDAY, Set.of());
        mvc.perform(get(place.directory()).param("ward", place.eastfield().toString()))
                .andExpect(content().string(containsString("Showing 1 to 1 of 1 results")))
                .andExpect(content().string(containsString("Eastfield allotments")));
        mvc.perform(get(place.directory()).param("need", place.needId().toString()).param("day", "monday"))
                .andExpect(content().string(containsString("Northgate Boxing Club")))
                .andExpect(content().string(containsString("Showing 1 to 1 of 1 results")));
        String script = "<script>alert('search')</script>";
        mvc.perform(get(place.directory()).param("q", script))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("<script>alert"))))
                .andExpect(content().string(containsString("&lt;script&gt;alert")))
                .andExpect(content().string(containsString("No results match your search")));
        mvc.perform(get(place.directory()).param("q", "' or '1'='1").param("page", "99999999999"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("No results match your search")));
        mvc.perform(get(place.directory()).param("q", "x".repeat(100_000)).param("type", "' ; drop table ward"))
                .andExpect(status().isOk());
    }

    @Test
    void theOpenDataApiPagesAndFiltersPublishedAssets() throws Exception {
        Place place = newPlace();
        for (int i = 0; i < 3; i++) {
            asset(place, "Club " + i, AssetType.ASSOCIATIONS, place.northgate(), true, null, Set.of(place.needId()));
        }
        asset(place, "Museum", AssetType.CULTURAL, place.eastfield(), true, null, Set.of());
        JsonNode page = json.readTree(mvc.perform(get(place.openData() + "/assets")
                        .param("wardId", place.northgate().toString()).param("size", "2"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(page.get("total").asLong()).isEqualTo(3);
        assertThat(page.get("pageCount").asInt()).isEqualTo(2);
        assertThat(page.get("items").get(0).get("ward").get("code").asString()).isEqualTo("TB08");
        assertThat(page.get("items").get(0).get("needs").get(0).get("title").asString())
                .isEqualTo("Few safe places to meet in the evening");
        mvc.perform(get(place.openData() + "/assets").param("type", "CULTURAL"))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].name").value("Museum"));
        mvc.perform(get(place.openData() + "/assets").param("type", "SPACESHIP"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("type"));
        mvc.perform(get(place.openData() + "/asset-filters"))
                .andExpect(jsonPath("$.types.length()").value(6))
                .andExpect(jsonPath("$.wards[0].name").value("Eastfield"))
                .andExpect(jsonPath("$.needs[0].title").value("Few safe places to meet in the evening"));
    }

    @Test
    void theDirectoryIsListedInTheApiDescriptionAsOpenToEveryone() throws Exception {
        JsonNode api = json.readTree(mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString());
        JsonNode search = api.get("paths").get("/public/api/v1/organisations/{organisationId}/assets").get("get");
        assertThat(search.get("security").isEmpty()).as("no sign-in needed").isTrue();
        assertThat(search.get("responses").has("401")).isFalse();
        mvc.perform(get("/public/o/" + demo.council() + "/assets").with(as(Demo.PROVIDER)))
                .andExpect(status().isOk());
    }
}
