package org.tandem.insight.provision;

import java.io.ByteArrayInputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MvcResult;
import org.tandem.platform.OrganisationKind;
import org.tandem.platform.Role;
import org.tandem.support.ApiTest;
import org.tandem.support.Demo;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class ProvisionApiTest extends ApiTest {

    @Test
    void anOfficerAddsChangesAndACommissionerRemovesAServiceWithAnApiToken() throws Exception {
        UUID org = newOrganisation(OrganisationKind.COMMISSIONING_BODY);
        String officer = tokenFor(newPerson(org, Role.COMMISSIONING_OFFICER));
        String commissioner = tokenFor(newPerson(org, Role.COMMISSIONER));
        Map<String, Object> details = details("Holiday club");
        details.put("providerOrganisationId", demo.organisation(Demo.KICKSTART).toString());
        MvcResult added = mvc.perform(post(services(org)).with(bearer(officer)).contentType(JSON)
                        .content(write(details)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.provider.name").value(Demo.KICKSTART))
                .andExpect(jsonPath("$.annualTotal").value("45000.50"))
                .andExpect(jsonPath("$.funding[1].source").value("NATIONAL_LOTTERY"))
                .andExpect(jsonPath("$.contractEndsOn").value("2027-09-30"))
                .andExpect(jsonPath("$.version").value(0))
                .andReturn();
        String location = added.getResponse().getHeader(HttpHeaders.LOCATION);
        String id = body(added).get("id").asString();
        assertThat(location).endsWith(services(org) + "/" + id);

        details.put("name", "Holiday club, renamed");
        details.put("version", 0);
        mvc.perform(put(location).with(bearer(officer)).contentType(JSON).content(write(details)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.version").value(1));
        mvc.perform(put(location).with(bearer(officer)).contentType(JSON).content(write(details)))
                .andExpect(status().isConflict()).andExpect(content().contentType(PROBLEM_JSON));
        mvc.perform(delete(location).param("version", "1").with(bearer(officer))).andExpect(status().isForbidden());
        mvc.perform(delete(location).param("version", "0").with(bearer(commissioner)))
                .andExpect(status().isConflict());
        mvc.perform(delete(location).param("version", "1").with(bearer(commissioner)))
                .andExpect(status().isNoContent());
        mvc.perform(get(location).with(bearer(officer))).andExpect(status().isNotFound());
        assertThat(auditEvents("provision.service-removed", id)).isEqualTo(1);
    }

    @Test
    void wrongDetailsAreListedPropertyByPropertyAndNothingIsAdded() throws Exception {
        UUID org = newOrganisation(OrganisationKind.COMMISSIONING_BODY);
        String officer = newPerson(org, Role.COMMISSIONING_OFFICER);
        JsonNode empty = body(mvc.perform(post(services(org)).with(as(officer)).with(csrf()).contentType(JSON)
                .content("{}")).andExpect(status().isBadRequest()).andReturn());
        assertThat(empty.get("errors").valueStream().map(e -> e.get("field").asString()))
                .containsExactlyInAnyOrder("name", "providerName", "clientGroup", "boroughWide", "funding");
        Object[][] cases = {
                {"clientGroup", "ALIENS", "clientGroup"},
                {"boroughWide", false, "wardIds"},
                {"wardIds", List.of(UUID.randomUUID().toString()), "wardIds"},
                {"needIds", List.of("not-an-id"), "needIds"},
                {"providerOrganisationId", demo.council().toString(), "providerOrganisationId"},
                {"funding", List.of(Map.of("source", "NHS", "annualAmount", "-5")), "funding"},
                {"funding", List.of(Map.of("source", "MAGIC", "annualAmount", "5")), "funding"},
                {"contractEndsOn", "31/03/2027", "contractEndsOn"},
                {"peopleReachedPerYear", -3, "peopleReachedPerYear"},
                {"peopleReachedPerYear", "lots", "peopleReachedPerYear"},
                {"name", "n".repeat(5000), "name"}};
        for (Object[] c : cases) {
            Map<String, Object> details = details("Refused");
            details.put((String) c[0], c[1]);
            JsonNode problem = body(mvc.perform(post(services(org)).with(as(officer)).with(csrf()).contentType(JSON)
                    .content(write(details))).andExpect(status().isBadRequest()).andReturn());
            assertThat(problem.get("errors").get(0).get("field").asString()).as(c[0] + " = " + c[1])
                    .isEqualTo(c[2]);
        }
        mvc.perform(get(services(org)).with(as(officer))).andExpect(jsonPath("$.total").value(0));
    }

    @Test
    void theListFiltersAndSortsAndEveryMemberReadsIt() throws Exception {
        String base = services(demo.council());
        assertThat(names(mvc.perform(get(base).param("source", "NHS").param("size", "100").with(as(Demo.CITIZEN)))
                .andExpect(status().isOk()).andReturn())).contains("Open Door young people's counselling")
                .doesNotContain("Street sport sessions");
        assertThat(names(mvc.perform(get(base).param("boroughWide", "true").param("size", "100")
                .with(as(Demo.SCRUTINY))).andReturn())).contains("Young carers' breaks")
                .doesNotContain("Millbrook youth centres");
        JsonNode byValue = body(mvc.perform(get(base).param("sort", "VALUE").param("size", "100")
                .with(as(Demo.CITIZEN))).andReturn());
        List<Double> values = byValue.get("items").valueStream()
                .map(s -> Double.parseDouble(s.get("annualTotal").asString())).toList();
        assertThat(values).isSortedAccordingTo((a, b) -> Double.compare(b, a));
        for (String[] wrong : new String[][] {{"clientGroup", "ALIENS"}, {"sort", "RANDOM"}, {"source", "MAGIC"},
                {"endingWithinMonths", "0"}, {"boroughWide", "perhaps"}}) {
            mvc.perform(get(base).param(wrong[0], wrong[1]).with(as(Demo.CITIZEN)))
                    .andExpect(status().isBadRequest()).andExpect(content().contentType(PROBLEM_JSON))
                    .andExpect(jsonPath("$.errors[0].field").value(wrong[0]));
        }
        mvc.perform(get(base).param("q", "%' or 1=1 --").with(as(Demo.CITIZEN)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(0));
    }

    @Test
    void totalsAndTheGapAnalysisAreThereForTheCommissionAndItsPartners() throws Exception {
        JsonNode totals = body(mvc.perform(get("/api/v1/organisations/" + demo.council() + "/provision/totals")
                .with(as(Demo.FINANCE))).andExpect(status().isOk()).andReturn());
        assertThat(totals.get("boroughWide").get("label").asString()).isEqualTo("Borough-wide");
        assertThat(totals.get("byWard").size()).isEqualTo(10);

        String path = "/commissions/" + demo.youthCommission() + "/gap-analysis";
        JsonNode gaps = body(mvc.perform(get("/api/v1/organisations/" + demo.organisation(Demo.ICB) + path)
                .with(as(Demo.PARTNER))).andExpect(status().isOk()).andReturn());
        assertThat(gaps.get("baselineOf").asString()).isEqualTo(demo.council().toString());
        assertThat(gaps.get("needs").get(0).get("title").asString())
                .isEqualTo("Girls aged 11 to 16 are less physically active");
        assertThat(gaps.get("needs").get(0).get("coverage").asString()).isEqualTo("GAP");
        mvc.perform(get("/api/v1/organisations/" + demo.organisation(Demo.RIVERSIDE) + path)
                .with(as(Demo.PROVIDER))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/organisations/" + demo.council() + "/commissions/" + UUID.randomUUID()
                + "/gap-analysis").with(as(Demo.CITIZEN))).andExpect(status().isNotFound());
    }

    @Test
    void theSpreadsheetHasEveryServiceAndTheTotalsAsRealNumbersAndDates() throws Exception {
        MvcResult result = mvc.perform(get("/o/" + demo.council() + "/provision/export/baseline.xlsx")
                .with(as(Demo.SCRUTINY))).andExpect(status().isOk()).andReturn();
        assertThat(result.getResponse().getHeader(HttpHeaders.CONTENT_DISPOSITION))
                .contains("current-provision.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(result.getResponse()
                .getContentAsByteArray()))) {
            Sheet services = book.getSheet("Services");
            assertThat(services.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Service");
            Row sport = null;
            for (Row row : services) {
                if (row.getCell(0).getStringCellValue().equals("Street sport sessions")) {
                    sport = row;
                }
            }
            assertThat(sport).isNotNull();
            assertThat(sport.getCell(6).getNumericCellValue()).isEqualTo(80000.0);
            assertThat(new DataFormatter().formatCellValue(sport.getCell(6))).isEqualTo("£80,000.00");
            assertThat(sport.getCell(7).getLocalDateTimeCellValue().toLocalDate())
                    .isEqualTo(java.time.LocalDate.of(2027, 6, 30));
            assertThat(sport.getCell(4).getStringCellValue()).isEqualTo("Eastfield, Market, Northgate");
            Sheet totals = book.getSheet("Totals");
            boolean boroughWide = false;
            for (Row row : totals) {
                if (row.getCell(0) != null && row.getCell(0).getStringCellValue().equals("Borough-wide")) {
                    boroughWide = row.getCell(1).getNumericCellValue() >= 2;
                }
            }
            assertThat(boroughWide).isTrue();
        }
        mvc.perform(get("/o/" + demo.council() + "/provision/export/baseline.xlsx").with(as(Demo.PROVIDER)))
                .andExpect(status().isNotFound());
    }

    private Map<String, Object> details(String name) {
        Map<String, Object> details = new HashMap<>();
        details.put("name", unique(name));
        details.put("providerName", "Vale Carers Centre");
        details.put("clientGroup", "YOUNG_CARERS");
        details.put("boroughWide", true);
        details.put("funding", List.of(Map.of("source", "COUNCIL_CORE", "annualAmount", "35000"),
                Map.of("source", "NATIONAL_LOTTERY", "annualAmount", "10000.50")));
        details.put("contractEndsOn", "2027-09-30");
        details.put("peopleReachedPerYear", 85);
        details.put("outcomesClaimed", List.of("Time for themselves"));
        return details;
    }

    private List<String> names(MvcResult result) throws Exception {
        return body(result).get("items").valueStream().map(s -> s.get("name").asString()).toList();
    }

    private static String services(UUID org) {
        return "/api/v1/organisations/" + org + "/provision/services";
    }
}
