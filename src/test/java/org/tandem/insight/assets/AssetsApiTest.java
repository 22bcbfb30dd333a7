package org.tandem.insight.assets;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;
import org.tandem.insight.needs.NeedRepository;
import org.tandem.insight.needs.Priority;
import org.tandem.insight.wards.WardRepository;
import org.tandem.platform.OrganisationKind;
import org.tandem.platform.Role;
import org.tandem.support.ApiTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The asset map in the API: the same rules as the pages, and every mistake named by its property. */
class AssetsApiTest extends ApiTest {

    @Autowired
    private WardRepository wards;
    @Autowired
    private NeedRepository needs;
    @Autowired
    private java.time.Clock clock;

    private record Council(UUID id, UUID ward, UUID need, String officerToken, String citizenToken) {
        String assets() {
            return "/api/v1/organisations/" + id + "/assets";
        }
    }

    private Council newCouncil() {
        UUID org = newOrganisation(OrganisationKind.COMMISSIONING_BODY);
        UUID ward = wards.create(org, "MB05", "Eastfield", clock.instant()).id();
        UUID need = needs.create(org, null, "Young people feel lonely", null, Priority.HIGH, List.of(ward),
                clock.instant()).id();
        return new Council(org, ward, need, tokenFor(newPerson(org, Role.COMMISSIONING_OFFICER)),
                tokenFor(newPerson(org, Role.CITIZEN_CO_PRODUCER)));
    }

    private Map<String, Object> hall(Council council) {
        return Map.of("type", "PHYSICAL", "name", "Eastfield Community Centre", "offers", "A hall for 120",
                "postcode", "mb5 2qt", "wardId", council.ward().toString(), "needIds", List.of(council.need().toString()),
                "openingTimes", List.of(Map.of("day", "FRIDAY", "opens", "18:00", "closes", "21:00"),
                        Map.of("day", "SATURDAY", "opens", "10:00", "closes", "24:00")),
                "latitude", "52.421460", "longitude", -1.49779, "website", "eastfieldcc.example");
    }

    private JsonNode add(Council council, Map<String, Object> asset) throws Exception {
        return body(mvc.perform(post(council.assets()).with(bearer(council.officerToken())).contentType(JSON)
                .content(write(asset))).andExpect(status().isCreated()).andReturn());
    }

    @Test
    void anAssetIsAddedReadChangedPublishedAndRemoved() throws Exception {
        Council council = newCouncil();
        MvcResult created = mvc.perform(post(council.assets()).with(bearer(council.officerToken())).contentType(JSON)
                        .content(write(hall(council))))
                .andExpect(status().isCreated())
                .andExpect(header().exists("Location"))
                .andExpect(jsonPath("$.postcode").value("MB5 2QT"))
                .andExpect(jsonPath("$.ward.code").value("MB05"))
                .andExpect(jsonPath("$.needs[0].title").value("Young people feel lonely"))
                .andExpect(jsonPath("$.openingTimes[1].closes").value("24:00"))
                .andExpect(jsonPath("$.website").value("https://eastfieldcc.example"))
                .andExpect(jsonPath("$.outcomeIds").isEmpty())
                .andExpect(jsonPath("$.published").value(false))
                .andReturn();
        String location = created.getResponse().getHeader("Location");
        JsonNode asset = body(mvc.perform(get(location).with(bearer(council.citizenToken())))
                .andExpect(status().isOk()).andReturn());
        assertThat(asset.get("latitude").decimalValue()).isEqualByComparingTo("52.421460");

        Map<String, Object> changed = new java.util.HashMap<>(hall(council));
        changed.put("name", "Eastfield Centre");
        changed.put("version", asset.get("version").asInt());
        mvc.perform(put(location).with(bearer(council.officerToken())).contentType(JSON).content(write(changed)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Eastfield Centre"))
                .andExpect(jsonPath("$.version").value(1));
        mvc.perform(put(location).with(bearer(council.officerToken())).contentType(JSON).content(write(changed)))
                .andExpect(status().isConflict())
                .andExpect(content().contentType(PROBLEM_JSON));
        mvc.perform(put(location + "/publication").with(bearer(council.officerToken())).contentType(JSON)
                        .content(write(Map.of("published", true, "version", 1))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.published").value(true));
        String id = asset.get("id").asString();
        mvc.perform(get("/public/api/v1/organisations/" + council.id() + "/assets/" + id)).andExpect(status().isOk());
        mvc.perform(delete(location).with(bearer(council.officerToken()))).andExpect(status().isNoContent());
        mvc.perform(get(location).with(bearer(council.officerToken()))).andExpect(status().isNotFound());
        assertThat(auditEvents("asset.removed", id)).isEqualTo(1);
    }

    @Test
    void everyMistakeIsNamedByItsProperty() throws Exception {
        Council council = newCouncil();
        JsonNode problem = body(mvc.perform(post(council.assets()).with(bearer(council.officerToken()))
                        .contentType(JSON).content(write(Map.of("type", "CASTLE", "offers", "x".repeat(4001),
                                "postcode", "nowhere", "email", "@", "latitude", "52", "wardId", "Eastfield",
                                "openingTimes", List.of(Map.of("day", "FUNDAY", "opens", "9am", "closes", "5pm"))))))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(PROBLEM_JSON)).andReturn());
        List<String> fields = problem.get("errors").valueStream().map(e -> e.get("field").asString()).toList();
        assertThat(fields).contains("type", "name", "offers", "postcode", "email", "longitude", "wardId",
                "openingTimes");
        Council other = newCouncil();
        mvc.perform(post(council.assets()).with(bearer(council.officerToken())).contentType(JSON)
                        .content(write(Map.of("type", "PHYSICAL", "name", "Hall", "offers", "A hall",
                                "wardId", other.ward().toString()))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("wardId"));
        mvc.perform(post(council.assets()).with(bearer(council.officerToken())).contentType(JSON)
                        .content(write(Map.of("type", "PHYSICAL", "name", "Hall", "offers", "A hall",
                                "openingTimes", List.of(Map.of("day", "MONDAY", "opens", "10:00", "closes", "12:00"),
                                        Map.of("day", "MONDAY", "opens", "11:00", "closes", "13:00"))))))
                .andExpect(jsonPath("$.errors[0].field").value("openingTimes"))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("overlap")));
        mvc.perform(get(council.assets()).param("type", "CASTLE").with(bearer(council.citizenToken())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("type"));
    }

    @Test
    void theListFiltersLikeThePage() throws Exception {
        Council council = newCouncil();
        add(council, hall(council));
        add(council, Map.of("type", "CULTURAL", "name", "Castle Museum", "offers", "Local history"));
        mvc.perform(get(council.assets()).param("wardId", council.ward().toString()).with(bearer(council.citizenToken())))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].name").value("Eastfield Community Centre"));
        mvc.perform(get(council.assets()).param("openOn", "SATURDAY").param("needId", council.need().toString())
                        .with(bearer(council.citizenToken())))
                .andExpect(jsonPath("$.total").value(1));
        mvc.perform(get(council.assets()).param("q", "museum history").param("published", "false")
                        .with(bearer(council.citizenToken())))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].type").value("CULTURAL"));
        mvc.perform(get(council.assets()).param("sort", "TYPE").with(bearer(council.citizenToken())))
                .andExpect(jsonPath("$.items[0].type").value("CULTURAL"));
    }

    @Test
    void wrongRolesAreRefusedAndOtherOrganisationsIdsAreNotFound() throws Exception {
        Council council = newCouncil();
        Council other = newCouncil();
        String theirs = add(other, hall(other)).get("id").asString();
        mvc.perform(post(council.assets()).with(bearer(council.citizenToken())).contentType(JSON)
                .content(write(hall(council)))).andExpect(status().isForbidden());
        mvc.perform(get(council.assets() + "/pledges").with(bearer(council.citizenToken())))
                .andExpect(status().isForbidden());
        mvc.perform(get(council.assets()).with(bearer(other.officerToken()))).andExpect(status().isNotFound());
        for (String path : new String[] {"/" + theirs, "/pledges/" + UUID.randomUUID(), "/not-an-id"}) {
            mvc.perform(get(council.assets() + path).with(bearer(council.officerToken())))
                    .andExpect(status().isNotFound())
                    .andExpect(content().contentType(PROBLEM_JSON));
        }
        mvc.perform(put(council.assets() + "/" + theirs + "/publication").with(bearer(council.officerToken()))
                        .contentType(JSON).content(write(Map.of("published", true, "version", 0))))
                .andExpect(status().isNotFound());
        mvc.perform(delete(council.assets() + "/" + theirs).with(bearer(council.officerToken())))
                .andExpect(status().isNotFound());
        mvc.perform(get(other.assets() + "/" + theirs).with(bearer(other.citizenToken()))).andExpect(status().isOk());
    }

    @Test
    void pledgesAreListedAndReviewedThroughTheApi() throws Exception {
        Council council = newCouncil();
        mvc.perform(post("/public/o/" + council.id() + "/assets/pledge").with(csrf())
                .param("type", "PEOPLE").param("name", "Guitar lessons").param("offers", "Beginners' guitar")
                .param("yourName", "Leon").param("email", "leon@example.com")
                .param("agreements", "CONTACT", "LISTING"));
        JsonNode waiting = body(mvc.perform(get(council.assets() + "/pledges").param("status", "WAITING")
                        .with(bearer(council.officerToken())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].consent.listing").value(true))
                .andExpect(jsonPath("$.items[0].consent.wording.length()").value(2))
                .andReturn()).get("items").get(0);
        String id = waiting.get("id").asString();
        mvc.perform(post(council.assets() + "/pledges/" + id + "/review").with(bearer(council.officerToken()))
                        .contentType(JSON).content(write(Map.of("decision", "MAYBE", "version", 0))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("decision"));
        JsonNode reviewed = body(mvc.perform(post(council.assets() + "/pledges/" + id + "/review")
                        .with(bearer(council.officerToken())).contentType(JSON)
                        .content(write(Map.of("decision", "PUBLISH", "version", 0))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("PUBLISHED")).andReturn());
        mvc.perform(get("/public/api/v1/organisations/" + council.id() + "/assets/" + reviewed.get("assetId").asString()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Guitar lessons"));
        mvc.perform(post(council.assets() + "/pledges/" + id + "/review").with(bearer(council.officerToken()))
                        .contentType(JSON).content(write(Map.of("decision", "DECLINE", "note", "No", "version", 1))))
                .andExpect(status().isConflict());
    }
}
