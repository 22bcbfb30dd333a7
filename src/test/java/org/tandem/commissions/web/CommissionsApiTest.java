package org.tandem.commissions.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MvcResult;
import org.tandem.commissions.ChecklistItem;
import org.tandem.support.ApiTest;
import org.tandem.support.Demo;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class CommissionsApiTest extends ApiTest {

    @Test
    void leadAndPartnerOrganisationsListTheCommission() throws Exception {
        String youth = demo.youthCommission().toString();
        assertThat(ids(mvc.perform(get(commissions(demo.council())).with(as(Demo.CITIZEN)))
                .andExpect(status().isOk()).andReturn())).contains(youth);
        assertThat(ids(mvc.perform(get(commissions(demo.organisation(Demo.ICB))).with(as(Demo.PARTNER)))
                .andExpect(status().isOk()).andReturn())).contains(youth);
        assertThat(ids(mvc.perform(get(commissions(demo.organisation(Demo.RIVERSIDE))).with(as(Demo.PROVIDER)))
                .andExpect(status().isOk()).andReturn())).doesNotContain(youth);
    }

    @Test
    void theListFiltersAndSorts() throws Exception {
        String youth = demo.youthCommission().toString();
        String base = commissions(demo.council());
        assertThat(ids(mvc.perform(get(base).param("phase", "INSIGHT").param("level", "OPERATIONAL")
                .param("q", "YOUTH SERVICES").param("size", "100").with(as(Demo.CITIZEN))).andReturn()))
                .contains(youth);
        assertThat(ids(mvc.perform(get(base).param("phase", "REVIEW").param("size", "100").with(as(Demo.CITIZEN)))
                .andReturn())).doesNotContain(youth);
        assertThat(ids(mvc.perform(get(base).param("level", "STRATEGIC").param("size", "100").with(as(Demo.CITIZEN)))
                .andReturn())).doesNotContain(youth);
        JsonNode byBudget = body(mvc.perform(get(base).param("sort", "BUDGET").param("size", "100")
                .with(as(Demo.CITIZEN))).andExpect(status().isOk()).andReturn());
        List<Double> budgets = byBudget.get("items").valueStream()
                .map(c -> Double.parseDouble(c.get("budget").asString())).toList();
        assertThat(budgets).isSortedAccordingTo((a, b) -> Double.compare(b, a));
        for (String[] wrong : new String[][] {{"phase", "LAUNCH"}, {"level", "COSMIC"}, {"sort", "RANDOM"},
                {"size", "lots"}}) {
            mvc.perform(get(base).param(wrong[0], wrong[1]).with(as(Demo.CITIZEN)))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentType(PROBLEM_JSON))
                    .andExpect(jsonPath("$.errors[0].field").value(wrong[0]));
        }
        mvc.perform(get(base).param("q", "%' or 1=1 --").with(as(Demo.CITIZEN)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(0));
    }

    @Test
    void outsidersFindNothing() throws Exception {
        UUID youth = demo.youthCommission();
        mvc.perform(get(commissions(demo.council())).with(as(Demo.PROVIDER)))
                .andExpect(status().isNotFound())
                .andExpect(content().contentType(PROBLEM_JSON));
        UUID riverside = demo.organisation(Demo.RIVERSIDE);
        for (String path : new String[] {commissions(riverside) + "/" + youth,
                commissions(riverside) + "/" + youth + "/checklist",
                commissions(riverside) + "/" + youth + "/phase-changes",
                commissions(demo.council()) + "/" + UUID.randomUUID(),
                commissions(demo.council()) + "/not-an-id"}) {
            mvc.perform(get(path).with(as(path.contains(riverside.toString()) ? Demo.PROVIDER : Demo.CITIZEN)))
                    .andExpect(status().isNotFound())
                    .andExpect(content().contentType(PROBLEM_JSON));
        }
    }

    @Test
    void aCommissionerStartsACommission() throws Exception {
        Map<String, Object> details = details(unique("Carers' breaks"));
        details.put("partnerIds", List.of(demo.organisation(Demo.ICB).toString()));
        MvcResult created = mvc.perform(post(commissions(demo.council())).with(as(Demo.COMMISSIONER)).with(csrf())
                        .contentType(JSON).content(write(details)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.title").value(details.get("title")))
                .andExpect(jsonPath("$.phase").value("INSIGHT"))
                .andExpect(jsonPath("$.budget").value("250000.50"))
                .andExpect(jsonPath("$.startsOn").value("2027-04-01"))
                .andExpect(jsonPath("$.lead.id").value(demo.council().toString()))
                .andExpect(jsonPath("$.partners[0].name").value(Demo.ICB))
                .andExpect(jsonPath("$.version").value(0))
                .andReturn();
        String id = body(created).get("id").asString();
        String location = created.getResponse().getHeader(HttpHeaders.LOCATION);
        assertThat(location).endsWith(commissions(demo.council()) + "/" + id);
        mvc.perform(get(location).with(as(Demo.SCRUTINY)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.title").value(details.get("title")));
        mvc.perform(get(location + "/phase-changes").with(as(Demo.SCRUTINY)))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].to").value("INSIGHT"))
                .andExpect(jsonPath("$.items[0].by").value("Priya Shah"));
        assertThat(auditEvents("commission.created", id)).isEqualTo(1);
    }

    @Test
    void onlyCommissionersStartCommissions() throws Exception {
        Map<String, Object> details = details(unique("Not allowed"));
        mvc.perform(post(commissions(demo.council())).with(as(Demo.OFFICER)).with(csrf())
                        .contentType(JSON).content(write(details)))
                .andExpect(status().isForbidden())
                .andExpect(content().contentType(PROBLEM_JSON));
        mvc.perform(post(commissions(demo.council())).with(as(Demo.COMMISSIONER))
                        .contentType(JSON).content(write(details)))
                .andExpect(status().isForbidden());
        assertThat(titled((String) details.get("title"))).isZero();
    }

    @Test
    void invalidDetailsAreListedFieldByFieldAndNothingIsStarted() throws Exception {
        JsonNode empty = body(mvc.perform(post(commissions(demo.council())).with(as(Demo.COMMISSIONER)).with(csrf())
                .contentType(JSON).content("{}")).andExpect(status().isBadRequest()).andReturn());
        assertThat(fields(empty)).containsExactlyInAnyOrder("title", "serviceArea", "level", "budget", "startsOn",
                "endsOn");

        String title = unique("Refused");
        Object[][] cases = {
                {"title", "t".repeat(10_000), "title"},
                {"summary", "s".repeat(10_000), "summary"},
                {"budget", "lots", "budget"},
                {"budget", "-1", "budget"},
                {"budget", "1e9", "budget"},
                {"budget", "9".repeat(10_000), "budget"},
                {"serviceArea", "SPACE_TRAVEL", "serviceArea"},
                {"level", "COSMIC", "level"},
                {"startsOn", "01/04/2027", "startsOn"},
                {"startsOn", "2027-02-30", "startsOn"},
                {"endsOn", "2026-01-01", "endsOn"},
                {"partnerIds", List.of("not-an-id"), "partnerIds"},
                {"partnerIds", List.of(demo.organisation(Demo.RIVERSIDE).toString()), "partnerIds"},
                {"partnerIds", List.of(demo.council().toString()), "partnerIds"},
                {"partnerIds", "not a list", "partnerIds"},
                {"title", Map.of("nested", "object"), "title"}};
        for (Object[] c : cases) {
            Map<String, Object> details = details(c[0].equals("title") ? null : title);
            details.put((String) c[0], c[1]);
            JsonNode problem = body(mvc.perform(post(commissions(demo.council())).with(as(Demo.COMMISSIONER))
                            .with(csrf()).contentType(JSON).content(write(details)))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentType(PROBLEM_JSON))
                    .andReturn());
            assertThat(fields(problem)).as("%s = %s", c[0], c[1]).containsExactly((String) c[2]);
        }
        mvc.perform(post(commissions(demo.council())).with(as(Demo.COMMISSIONER)).with(csrf())
                        .contentType(JSON).content("{\"title\": \"Broken"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(PROBLEM_JSON));
        assertThat(titled(title)).isZero();
    }

    @Test
    void markupAndSqlAreStoredAndReturnedAsPlainText() throws Exception {
        String title = "<img src=x onerror=alert(1)> '); drop table commission; -- " + UUID.randomUUID();
        mvc.perform(post(commissions(demo.council())).with(as(Demo.COMMISSIONER)).with(csrf())
                        .contentType(JSON).content(write(details(title))))
                .andExpect(status().isCreated())
                .andExpect(content().contentType(JSON))
                .andExpect(jsonPath("$.title").value(title));
        assertThat(titled(title)).isEqualTo(1);
    }

    @Test
    void officersChangeTheDetailsWithTheVersionTheyRead() throws Exception {
        UUID id = newCommission(demo.council());
        String path = commissions(demo.council()) + "/" + id;
        String title = unique("Carers' breaks, changed");
        Map<String, Object> details = details(title);
        details.put("version", 0);
        mvc.perform(put(path).with(as(Demo.OFFICER)).with(csrf()).contentType(JSON).content(write(details)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.title").value(title))
                .andExpect(jsonPath("$.version").value(1));
        assertThat(auditEvents("commission.updated", id)).isEqualTo(1);

        details.put("title", unique("Overwritten"));
        mvc.perform(put(path).with(as(Demo.OFFICER)).with(csrf()).contentType(JSON).content(write(details)))
                .andExpect(status().isConflict())
                .andExpect(content().contentType(PROBLEM_JSON));
        details.remove("version");
        mvc.perform(put(path).with(as(Demo.OFFICER)).with(csrf()).contentType(JSON).content(write(details)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("version"));
        details.put("version", 1);
        mvc.perform(put(path).with(as(Demo.FINANCE)).with(csrf()).contentType(JSON).content(write(details)))
                .andExpect(status().isForbidden());
        assertThat(titleOf(id)).isEqualTo(title);
    }

    @Test
    void partnersSeeButDoNotChange() throws Exception {
        UUID id = demo.youthCommission();
        String path = commissions(demo.organisation(Demo.ICB)) + "/" + id;
        mvc.perform(get(path).with(as(Demo.PARTNER))).andExpect(status().isOk())
                .andExpect(jsonPath("$.lead.name").value(Demo.COUNCIL));
        mvc.perform(get(path + "/checklist").with(as(Demo.PARTNER))).andExpect(status().isOk());
        mvc.perform(get(path + "/phase-changes").with(as(Demo.PARTNER))).andExpect(status().isOk());
        Map<String, Object> details = details(unique("Taken over"));
        details.put("version", 0);
        mvc.perform(put(path).with(as(Demo.PARTNER)).with(csrf()).contentType(JSON).content(write(details)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(containsString("leads this commission")));
        mvc.perform(post(path + "/phase-changes").with(as(Demo.PARTNER)).with(csrf()).contentType(JSON)
                        .content(write(Map.of("to", "PLANNING", "version", 0))))
                .andExpect(status().isForbidden());
        mvc.perform(put(path + "/checklist/outreach").with(as(Demo.PARTNER)).with(csrf()).contentType(JSON)
                        .content(write(Map.of("done", true))))
                .andExpect(status().isForbidden());
        assertThat(titleOf(id)).isEqualTo(Demo.YOUTH_COMMISSION);
    }

    @Test
    void aCommissionMovesOnePhaseAtATimeAndBackOnlyWithACommissionersReason() throws Exception {
        UUID id = newCommission(demo.council());
        String path = commissions(demo.council()) + "/" + id + "/phase-changes";
        MvcResult moved = mvc.perform(post(path).with(as(Demo.OFFICER)).with(csrf()).contentType(JSON)
                        .content(write(Map.of("to", "PLANNING", "version", 0))))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.phase").value("PLANNING"))
                .andExpect(jsonPath("$.version").value(1))
                .andReturn();
        assertThat(moved.getResponse().getHeader(HttpHeaders.LOCATION))
                .endsWith(commissions(demo.council()) + "/" + id);

        refused(path, Demo.OFFICER, Map.of("to", "INSIGHT", "reason", "Need more insight", "version", 1), 400, "to");
        refused(path, Demo.COMMISSIONER, Map.of("to", "INSIGHT", "version", 1), 400, "reason");
        refused(path, Demo.COMMISSIONER, Map.of("to", "INSIGHT", "reason", "r".repeat(10_000), "version", 1), 400,
                "reason");
        refused(path, Demo.COMMISSIONER, Map.of("to", "REVIEW", "version", 1), 400, "to");
        refused(path, Demo.COMMISSIONER, Map.of("to", "PLANNING", "version", 1), 400, "to");
        refused(path, Demo.COMMISSIONER, Map.of("to", "LAUNCH", "version", 1), 400, "to");
        refused(path, Demo.COMMISSIONER, Map.of("to", "DELIVERY"), 400, "version");
        refused(path, Demo.COMMISSIONER, Map.of("to", "DELIVERY", "version", 0), 409, null);
        refused(path, Demo.FINANCE, Map.of("to", "DELIVERY", "version", 1), 403, null);
        assertThat(phaseOf(id)).isEqualTo("PLANNING");

        String reason = "<b>Young people</b> asked for more";
        mvc.perform(post(path).with(as(Demo.COMMISSIONER)).with(csrf()).contentType(JSON)
                        .content(write(Map.of("to", "INSIGHT", "reason", reason, "version", 1))))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.phase").value("INSIGHT"));
        JsonNode history = body(mvc.perform(get(path).with(as(Demo.CITIZEN))).andExpect(status().isOk()).andReturn());
        assertThat(history.get("total").asInt()).isEqualTo(3);
        JsonNode back = history.get("items").get(2);
        assertThat(back.get("from").asString()).isEqualTo("PLANNING");
        assertThat(back.get("to").asString()).isEqualTo("INSIGHT");
        assertThat(back.get("reason").asString()).isEqualTo(reason);
        assertThat(back.get("by").asString()).isEqualTo("Priya Shah");
        assertThat(history.get("items").get(0).get("from").isNull()).isTrue();
        assertThat(auditEvents("commission.phase-changed", id)).isEqualTo(2);
    }

    @Test
    void theChecklistIsTickedAndUnticked() throws Exception {
        UUID id = newCommission(demo.council());
        String path = commissions(demo.council()) + "/" + id + "/checklist";
        JsonNode checklist = body(mvc.perform(get(path).with(as(Demo.CITIZEN))).andExpect(status().isOk()).andReturn());
        assertThat(checklist.get("total").asInt()).isEqualTo(ChecklistItem.values().length);
        JsonNode first = checklist.get("items").get(0);
        assertThat(first.get("item").asString()).isEqualTo("needs-assessment");
        assertThat(first.get("phase").asString()).isEqualTo("INSIGHT");
        assertThat(first.get("source").asString()).isEqualTo("TABLE_4");
        assertThat(first.get("done").asBoolean()).isFalse();

        mvc.perform(put(path + "/asset-mapping").with(as(Demo.OFFICER)).with(csrf()).contentType(JSON)
                        .content(write(Map.of("done", true, "note", "Mapped with <i>Young Voices</i>"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.item").value("asset-mapping"))
                .andExpect(jsonPath("$.done").value(true))
                .andExpect(jsonPath("$.note").value("Mapped with <i>Young Voices</i>"))
                .andExpect(jsonPath("$.by").value("Tom Okafor"))
                .andExpect(jsonPath("$.at").isString());
        assertThat(auditEvents("commission.checklist-ticked", id)).isEqualTo(1);

        refused(path + "/asset-mapping", Demo.OFFICER, Map.of("done", false, "note", "n".repeat(10_000)), 400, "note",
                true);
        refused(path + "/asset-mapping", Demo.OFFICER, Map.of("note", "no done"), 400, "done", true);
        refused(path + "/asset-mapping", Demo.OFFICER, Map.of("done", "perhaps"), 400, "done", true);
        refused(path + "/asset-mapping", Demo.FINANCE, Map.of("done", false), 403, null, true);
        refused(path + "/no-such-item", Demo.OFFICER, Map.of("done", true), 404, null, true);
        assertThat(ticked(id, "asset-mapping")).isTrue();

        mvc.perform(put(path + "/asset-mapping").with(as(Demo.COMMISSIONER)).with(csrf()).contentType(JSON)
                        .content(write(Map.of("done", false))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.done").value(false))
                .andExpect(jsonPath("$.by").isEmpty());
        assertThat(ticked(id, "asset-mapping")).isFalse();
    }

    private void refused(String path, String who, Map<String, ?> request, int status, String field) throws Exception {
        refused(path, who, request, status, field, false);
    }

    private void refused(String path, String who, Map<String, ?> request, int status, String field, boolean put)
            throws Exception {
        var builder = (put ? put(path) : post(path)).with(as(who)).with(csrf()).contentType(JSON)
                .content(write(request));
        var result = mvc.perform(builder)
                .andExpect(status().is(status))
                .andExpect(content().contentType(PROBLEM_JSON));
        if (field != null) {
            result.andExpect(jsonPath("$.errors[0].field").value(field));
        }
    }

    private static Map<String, Object> details(String title) {
        Map<String, Object> details = new HashMap<>();
        details.put("title", title);
        details.put("summary", "Short breaks for young carers");
        details.put("serviceArea", "CARERS");
        details.put("level", "OPERATIONAL");
        details.put("budget", "250000.50");
        details.put("startsOn", "2027-04-01");
        details.put("endsOn", "2029-03-31");
        return details;
    }

    private List<String> ids(MvcResult result) throws Exception {
        return body(result).get("items").valueStream().map(c -> c.get("id").asString()).toList();
    }

    private static List<String> fields(JsonNode problem) {
        return problem.get("errors").valueStream().map(e -> e.get("field").asString()).toList();
    }

    private long titled(String title) {
        return jdbc.sql("select count(*) from commission where title = ?").param(title).query(Long.class).single();
    }

    private String titleOf(UUID id) {
        return jdbc.sql("select title from commission where id = ?").param(id).query(String.class).single();
    }

    private String phaseOf(UUID id) {
        return jdbc.sql("select phase from commission where id = ?").param(id).query(String.class).single();
    }

    private boolean ticked(UUID id, String item) {
        return jdbc.sql("select count(*) from commission_checklist_tick where commission_id = ? and item_key = ?")
                .params(id, item).query(Long.class).single() == 1;
    }

    private static String commissions(UUID organisation) {
        return "/api/v1/organisations/" + organisation + "/commissions";
    }
}
