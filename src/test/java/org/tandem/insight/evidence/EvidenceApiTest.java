package org.tandem.insight.evidence;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MvcResult;
import org.tandem.platform.Role;
import org.tandem.platform.files.SampleFiles;
import org.tandem.support.Demo;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The needs evidence API: the same rules as the pages, answered as JSON, with problem+json for every refusal. */
class EvidenceApiTest extends EvidenceTest {

    @Test
    void anIntegrationImportsADatasetReadsItsRowsExportsReplacesAndDeletesIt() throws Exception {
        UUID commission = newCommission(demo.council());
        String token = tokenFor(Demo.OFFICER);
        MvcResult created = mvc.perform(post(apiPath(commission) + "/datasets").with(bearer(token))
                        .param("title", "JSNA extract").param("source", "Millbrook JSNA 2026")
                        .param("fileName", "jsna.csv").contentType("text/csv").content(DatasetsTest.GOOD))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.rowCount").value(7))
                .andExpect(jsonPath("$.indicators[0].name").value("NEET rate"))
                .andExpect(jsonPath("$.indicators[0].unit").value("%"))
                .andExpect(jsonPath("$.indicators[1].number").value(1))
                .andExpect(jsonPath("$.periods[1]").value("2026"))
                .andReturn();
        String location = created.getResponse().getHeader(HttpHeaders.LOCATION);
        String id = body(created).get("id").asString();
        assertThat(location).endsWith("/evidence/datasets/" + id);
        mvc.perform(get(location + "/rows").param("indicator", "0").param("period", "2026").with(bearer(token)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(3))
                .andExpect(jsonPath("$.items[0].row").value(3))
                .andExpect(jsonPath("$.items[0].area").value("Northgate"))
                .andExpect(jsonPath("$.items[0].wardCode").value("MB08"))
                .andExpect(jsonPath("$.items[0].value").value("8.4"));
        mvc.perform(get(location + "/rows").param("indicator", "7").with(bearer(token)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("indicator"));
        mvc.perform(get(location + "/export").with(bearer(token)))
                .andExpect(status().isOk())
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(content().string(containsString("NEET rate,Northgate,MB08,2026,8.4,%")));
        mvc.perform(put(location).param("title", "JSNA extract").param("source", "Millbrook JSNA 2027")
                        .param("version", "0").with(bearer(token)).contentType("text/csv")
                        .content("indicator,area,period,value\nNEET rate,Whole area,2027,4.1\n"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rowCount").value(1))
                .andExpect(jsonPath("$.version").value(1));
        mvc.perform(put(location).param("title", "Stale").param("source", "Old").param("version", "0")
                        .with(bearer(token)).contentType("text/csv")
                        .content("indicator,area,period,value\nNEET rate,Whole area,2027,4.1\n"))
                .andExpect(status().isConflict());
        mvc.perform(delete(location).with(bearer(token))).andExpect(status().isNoContent());
        mvc.perform(get(location).with(bearer(token))).andExpect(status().isNotFound())
                .andExpect(content().contentType(PROBLEM_JSON));
        assertThat(auditEvents("evidence.dataset-deleted", id)).isEqualTo(1);
    }

    @Test
    void aRefusedFileListsEveryProblemWithItsRowAndColumnAndKeepsNothing() throws Exception {
        UUID commission = newCommission(demo.council());
        JsonNode problem = body(mvc.perform(post(apiPath(commission) + "/datasets")
                        .with(bearer(tokenFor(Demo.OFFICER))).param("title", "Bad").param("source", "Nowhere")
                        .contentType("text/csv")
                        .content("indicator,area,period,value\nNEET rate,MB01,2025,1\nNEET rate,Atlantis,2025,x\n"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(containsString("nothing in it was kept")))
                .andReturn());
        assertThat(problem.get("errors").valueStream().map(e -> e.get("row").asInt() + " " + e.get("column")
                .asString())).containsExactly("3 area", "3 value");
        mvc.perform(post(apiPath(commission) + "/datasets").with(bearer(tokenFor(Demo.OFFICER)))
                        .param("source", "Nowhere").contentType("text/csv").content(DatasetsTest.GOOD))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("title"));
        assertThat(jdbc.sql("select count(*) from evidence_dataset where commission_id = ?").param(commission)
                .query(Long.class).single()).isZero();
    }

    @Test
    void evidenceItemsAreCreatedWithQuotesChangedAndGivenFiles() throws Exception {
        UUID commission = newCommission(demo.council());
        String token = tokenFor(Demo.OFFICER);
        Map<String, Object> item = item("Young carers' peer research");
        item.put("gathererIds", List.of(demo.person(Demo.CITIZEN).toString()));
        MvcResult created = mvc.perform(post(apiPath(commission) + "/items").with(bearer(token))
                        .contentType(JSON).content(write(item)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.gatherers[0].name").value("Jordan Reid"))
                .andExpect(jsonPath("$.gatherers[1].name").value("Young Voices peer researchers"))
                .andExpect(jsonPath("$.quotes[0].attribution").value("young carer, 15"))
                .andExpect(jsonPath("$.tags[0]").value("time for me"))
                .andExpect(jsonPath("$.quotesPublishable").value(true))
                .andReturn();
        String location = created.getResponse().getHeader(HttpHeaders.LOCATION);
        item.put("quotes", List.of(Map.of("text", "We want a say.")));
        item.put("version", 0);
        mvc.perform(put(location).with(bearer(token)).contentType(JSON).content(write(item)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.quotes.length()").value(1))
                .andExpect(jsonPath("$.quotes[0].text").value("We want a say."))
                .andExpect(jsonPath("$.version").value(1));
        MvcResult file = mvc.perform(post(location + "/attachments").param("fileName", "notes.docx")
                        .with(bearer(token)).contentType("application/octet-stream").content(SampleFiles.docx()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.contentType")
                        .value("application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
                .andReturn();
        String download = file.getResponse().getHeader(HttpHeaders.LOCATION);
        mvc.perform(get(download).with(bearer(tokenFor(Demo.SCRUTINY))))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("attachment; filename=\"notes.docx\"")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"));
        mvc.perform(post(location + "/attachments").param("fileName", "notes.docx").with(bearer(token))
                        .contentType("application/octet-stream").content("<html><script>".getBytes(StandardCharsets.UTF_8)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("file"))
                .andExpect(jsonPath("$.detail").value(containsString("is a plain text but its name ends in .docx")));
        mvc.perform(delete(download).with(bearer(token))).andExpect(status().isNoContent());
        mvc.perform(get(download).with(bearer(token))).andExpect(status().isNotFound());
        mvc.perform(delete(location).with(bearer(token))).andExpect(status().isNoContent());
    }

    @Test
    void invalidItemsAreExplainedPropertyByProperty() throws Exception {
        UUID commission = newCommission(demo.council());
        Map<String, Object> item = new HashMap<>(Map.of("title", "", "method", "GUESSWORK", "gatheredOn", "2026-02-30",
                "consent", "NOT_RECORDED", "quotesPublishable", true, "tags", List.of("t".repeat(41)),
                "quotes", List.of(Map.of("text", ""))));
        JsonNode problem = body(mvc.perform(post(apiPath(commission) + "/items").with(bearer(tokenFor(Demo.OFFICER)))
                .contentType(JSON).content(write(item))).andExpect(status().isBadRequest()).andReturn());
        assertThat(problem.get("errors").valueStream().map(e -> e.get("field").asString())).contains("title",
                "method", "gatheredOn", "summary", "quotesPublishable", "gathererIds", "tags", "quotes");
        Map<String, Object> elsewhere = item("Tagged to another commission's need");
        elsewhere.put("needIds", List.of(jdbc.sql("select id from need where commission_id = ? limit 1")
                .param(demo.youthCommission()).query(String.class).single()));
        mvc.perform(post(apiPath(commission) + "/items").with(bearer(tokenFor(Demo.OFFICER))).contentType(JSON)
                        .content(write(elsewhere)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("needIds"));
    }

    @Test
    void citizenCoProducersChangeOnlyTheItemsTheyAdded() throws Exception {
        UUID commission = newCommission(demo.council());
        String jordan = tokenFor(Demo.CITIZEN);
        String location = mvc.perform(post(apiPath(commission) + "/items").with(bearer(jordan)).contentType(JSON)
                        .content(write(item("Jordan's interviews"))))
                .andExpect(status().isCreated()).andReturn().getResponse().getHeader(HttpHeaders.LOCATION);
        String other = newPerson(demo.council(), Role.CITIZEN_CO_PRODUCER);
        Map<String, Object> change = item("Someone else's change");
        change.put("version", 0);
        mvc.perform(put(location).with(bearer(tokenFor(other))).contentType(JSON).content(write(change)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(containsString("added this")));
        mvc.perform(put(location).with(bearer(jordan)).contentType(JSON).content(write(change)))
                .andExpect(status().isOk());
        mvc.perform(post(apiPath(commission) + "/risks").with(bearer(jordan)).contentType(JSON)
                        .content(write(risk("ACCEPTED", "OPEN"))))
                .andExpect(status().isForbidden());
    }

    @Test
    void risksAreKeptThroughTheApiAndTakenOnlyOnceCitizensAccept() throws Exception {
        UUID commission = newCommission(demo.council());
        String token = tokenFor(Demo.COMMISSIONER);
        mvc.perform(post(apiPath(commission) + "/risks").with(bearer(token)).contentType(JSON)
                        .content(write(risk("DIVIDED", "TAKEN"))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("status"));
        String location = mvc.perform(post(apiPath(commission) + "/risks").with(bearer(token)).contentType(JSON)
                        .content(write(risk("ACCEPTED", "TAKEN"))))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.score").value(8))
                .andExpect(jsonPath("$.rating").value("MEDIUM"))
                .andExpect(jsonPath("$.bearers[0]").value("PEOPLE_USING_SERVICES"))
                .andReturn().getResponse().getHeader(HttpHeaders.LOCATION);
        Map<String, Object> change = risk("ACCEPTED", "CLOSED");
        change.put("version", 0);
        mvc.perform(put(location).with(bearer(token)).contentType(JSON).content(write(change)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("CLOSED"));
        mvc.perform(get(apiPath(commission) + "/risks").param("status", "CLOSED").with(bearer(token)))
                .andExpect(jsonPath("$.total").value(1));
        mvc.perform(get(apiPath(commission) + "/risks").param("rating", "EXTREME").with(bearer(token)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("rating"));
        mvc.perform(delete(location).with(bearer(token))).andExpect(status().isNoContent());
    }

    @Test
    void searchAndNeedsAreReadThroughTheApiByPartnersToo() throws Exception {
        UUID icb = demo.organisation(Demo.ICB);
        String base = "/api/v1/organisations/" + icb + "/commissions/" + demo.youthCommission();
        mvc.perform(get(base + "/evidence/search").param("q", "young carers").with(as(Demo.PARTNER)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.counts.DATASET").value(1))
                .andExpect(jsonPath("$.items[0].matches[0]").exists());
        mvc.perform(get(base + "/evidence/search").param("q", "%").with(as(Demo.PARTNER)))
                .andExpect(jsonPath("$.total").value(0));
        mvc.perform(get(base + "/needs").param("priority", "HIGH").with(as(Demo.PARTNER)))
                .andExpect(jsonPath("$.total").value(3));
        mvc.perform(get(base + "/evidence/datasets").with(as(Demo.PROVIDER))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/organisations/" + demo.council() + "/evidence/search").param("q", "carers")
                        .param("kind", "RISK").with(as(Demo.SCRUTINY)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].kind").value("RISK"));
    }

    private Map<String, Object> item(String title) {
        Map<String, Object> item = new HashMap<>();
        item.put("title", title);
        item.put("method", "PEER_RESEARCH");
        item.put("gatheredOn", "2026-11-06");
        item.put("participants", 12);
        item.put("summary", "Young carers rarely get time for themselves.");
        item.put("consent", "WRITTEN_WITH_PARENT");
        item.put("quotesPublishable", true);
        item.put("gathererNames", List.of("Young Voices peer researchers"));
        item.put("tags", List.of("Time for me", "young carers"));
        item.put("quotes", List.of(Map.of("text", "I don't get to just be 15.", "attribution", "young carer, 15")));
        return item;
    }

    private Map<String, Object> risk(String acceptance, String status) {
        Map<String, Object> risk = new HashMap<>();
        risk.put("title", "Young assessors' safety");
        risk.put("bearers", List.of("PEOPLE_USING_SERVICES", "CARERS_AND_FAMILIES"));
        risk.put("benefits", "Young assessors see what adults miss.");
        risk.put("disbenefits", "They could meet an unsafe situation.");
        risk.put("acceptance", acceptance);
        risk.put("acceptanceReasoning", "Always in teams of three.");
        risk.put("acceptanceFoundBy", "Young Voices planning meeting");
        risk.put("likelihood", "UNLIKELY");
        risk.put("impact", "MAJOR");
        risk.put("status", status);
        return risk;
    }
}
