package org.tandem.insight.provision;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;
import org.tandem.insight.needs.NeedRepository;
import org.tandem.insight.needs.Priority;
import org.tandem.insight.provision.openreferral.OpenReferralSchemas;
import org.tandem.insight.wards.WardRepository;
import org.tandem.platform.AuditLog.Actor;
import org.tandem.platform.Money;
import org.tandem.platform.OrganisationKind;
import org.tandem.platform.Role;
import org.tandem.support.ApiTest;
import org.tandem.support.Demo;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Open Referral UK export and import: valid against the official schema, a faithful round trip, hostile files. */
class OpenReferralTest extends ApiTest {

    @Autowired
    OpenReferralSchemas schemas;
    @Autowired
    ProvisionService provision;
    @Autowired
    FundedServiceRepository services;
    @Autowired
    WardRepository wards;
    @Autowired
    NeedRepository needs;

    @Test
    void theDemoBaselineExportsAsValidOpenReferralJsonAndCsv() throws Exception {
        String exported = mvc.perform(get(api(demo.council()) + "/open-referral/services").with(as(Demo.CITIZEN)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(schemas.check(exported, "compiled/service_package.json")).isEmpty();
        JsonNode services = json.readTree(exported);
        JsonNode sport = services.valueStream().filter(s -> s.get("name").asString().equals("Street sport sessions"))
                .findFirst().orElseThrow();
        assertThat(sport.get("organization").get("name").asString()).isEqualTo(Demo.KICKSTART);
        assertThat(sport.get("organization").get("id").asString())
                .isEqualTo(demo.organisation(Demo.KICKSTART).toString());
        assertThat(sport.get("funding").valueStream().map(f -> f.get("source").asString()))
                .containsExactly("Council core budget: £60,000.00 a year", "Public health grant: £20,000.00 a year");
        assertThat(sport.get("service_areas").valueStream().map(a -> a.get("name").asString()))
                .containsExactlyInAnyOrder("Eastfield", "Market", "Northgate");

        Map<String, String> tables = unzip(mvc.perform(get(api(demo.council()) + "/open-referral/tables")
                .with(as(Demo.CITIZEN))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());
        assertThat(tables).containsKeys("services.csv", "organizations.csv", "service_areas.csv", "funding.csv",
                "attribute.csv", "taxonomy_terms.csv", "datapackage.json");
        assertThat(tables.get("services.csv").lines().findFirst().orElseThrow())
                .isEqualTo(String.join(",", schemas.table("service").columns()));
        assertThat(tables.get("attribute.csv").lines().findFirst().orElseThrow()).endsWith(",link_entity");
        assertThat(tables.get("funding.csv")).contains("\"Council core budget: £60,000.00 a year\"");
    }

    @Test
    void exportingAndImportingJsonGivesTheSameServicesAndReimportingReplacesThem() throws Exception {
        Baseline from = baseline();
        byte[] exported = mvc.perform(get(api(from.org) + "/open-referral/services").with(as(from.reader)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();

        Baseline to = baseline(false);
        mvc.perform(post(api(to.org) + "/open-referral/services").with(as(to.officer)).with(csrf())
                        .contentType(JSON).content(exported))
                .andExpect(status().isOk()).andExpect(jsonPath("$.added").value(3))
                .andExpect(jsonPath("$.replaced").value(0));
        assertThat(described(services.servicesOf(to.org))).isEqualTo(described(services.servicesOf(from.org)));

        mvc.perform(post(api(from.org) + "/open-referral/services").with(as(from.officer)).with(csrf())
                        .contentType(JSON).content(exported))
                .andExpect(status().isOk()).andExpect(jsonPath("$.added").value(0))
                .andExpect(jsonPath("$.replaced").value(3));
        assertThat(services.servicesOf(from.org)).hasSize(3);
        assertThat(auditEvents(from.org, "provision.imported")).isEqualTo(1);

        // The same services as a page of the Open Referral UK API, as another directory's /services answers.
        Baseline third = baseline(false);
        ObjectNode page = json.createObjectNode();
        page.put("total_items", 3);
        page.set("contents", json.readTree(exported));
        page.put("first_page", true);
        mvc.perform(post(api(third.org) + "/open-referral/services").with(as(third.officer)).with(csrf())
                        .contentType(JSON).content(write(page)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.added").value(3));
        assertThat(described(services.servicesOf(third.org))).isEqualTo(described(services.servicesOf(from.org)));
    }

    @Test
    void exportingAndImportingTheCsvTablesGivesTheSameServices() throws Exception {
        Baseline from = baseline();
        byte[] exported = mvc.perform(get(api(from.org) + "/open-referral/tables").with(as(from.reader)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        Baseline to = baseline(false);
        mvc.perform(multipart("/o/" + to.org + "/provision/import")
                        .file(new MockMultipartFile("file", "services.zip", "application/zip", exported))
                        .with(as(to.officer)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(described(services.servicesOf(to.org))).isEqualTo(described(services.servicesOf(from.org)));
    }

    @Test
    void aProblemInTheCsvTablesIsReportedAtItsFileRowAndColumn() throws Exception {
        Baseline from = baseline();
        Map<String, String> tables = unzip(mvc.perform(get(api(from.org) + "/open-referral/tables")
                .with(as(from.reader))).andReturn().getResponse().getContentAsByteArray());
        List<String> funding = new ArrayList<>(tables.get("funding.csv").lines().toList());
        funding.set(2, funding.get(2).replaceFirst("\"[^\"]*a year\"", "\"Pocket money: some\""));
        tables.put("funding.csv", String.join("\r\n", funding) + "\r\n");
        tables.put("services.csv", tables.get("services.csv").replaceFirst("\r\n[^,]+,", "\r\nnot-a-uuid,"));
        Baseline to = baseline(false);
        MvcResult refused = mvc.perform(post(api(to.org) + "/open-referral/tables").with(as(to.officer)).with(csrf())
                        .contentType("application/zip").content(zip(tables)))
                .andExpect(status().isUnprocessableContent()).andReturn();
        List<String> where = body(refused).get("errors").valueStream().map(p -> p.get("file").asString() + " "
                + p.get("row").asLong() + " " + p.get("column").asString()).toList();
        assertThat(where).contains("funding.csv 3 source", "services.csv 2 id");
        assertThat(services.servicesOf(to.org)).isEmpty();
    }

    @Test
    void badJsonIsRefusedWithWhereAndWhyAndNothingIsKept() throws Exception {
        Baseline to = baseline(false);
        assertRefused(to, "{\"name\": \"not a list\"}", "The file is not a list of services");
        assertRefused(to, "{\"contents\": [{\"name\": \"x\"}]}", "At /contents/0: 'id' is missing");
        assertRefused(to, "[{\"name\": ", "The file is not valid JSON near line 1");
        assertRefused(to, "", "The file is empty");
        assertRefused(to, "[1, \"two\"]", "At /0: must be a service");
        assertRefused(to, "[{\"id\": 5, \"name\": [\"x\"], \"status\": \"open\"}]",
                "At /0/id: must be text in quotes, not a number");
        JsonNode problems = refused(to, "[{\"id\": \"not-a-uuid\", \"name\": \"X\", \"status\": \"open\"}]");
        assertThat(problems.valueStream().map(p -> p.get("pointer").asString() + " " + p.get("message").asString()))
                .contains("/0/id is not a valid identifier: write a UUID like 3f7b145d-84af-42d7-8fae-eaca714b02b2",
                        "/0/status must be one of: active, inactive, defunct, temporarily closed");
    }

    @Test
    void anImportNamingUnknownWardsNeedsOrFundingIsRefusedAtEachPlace() throws Exception {
        Baseline from = baseline();
        ArrayNode exported = exported(from);
        ObjectNode first = (ObjectNode) exported.get(0);
        ((ObjectNode) first.get("service_areas").get(0)).put("name", "Atlantis");
        ((ObjectNode) first.get("funding").get(0)).put("source", "Money tree: lots");
        Baseline to = baseline(false);
        JsonNode problems = refused(to, write(exported));
        assertThat(problems.valueStream().map(p -> p.get("pointer").asString()))
                .contains("/0/service_areas/0/name", "/0/funding/0/source");
        assertThat(problems.toString()).contains("'Atlantis' is not one of your wards",
                "like 'Council core budget: £180,000.00 a year'");
        assertThat(services.servicesOf(to.org)).isEmpty();
    }

    @Test
    void aFiftyMegabyteFileOfGarbageIsRefusedClearly() throws Exception {
        Baseline to = baseline(false);
        byte[] garbage = new byte[50 * 1024 * 1024];
        new Random(4).nextBytes(garbage);
        assertThat(refused(to, garbage).get(0).get("message").asString()).startsWith("is not valid JSON");
        byte[] padded = new byte[50 * 1024 * 1024];
        Arrays.fill(padded, (byte) ' ');
        padded[0] = '[';
        assertThat(refused(to, padded).get(0).get("message").asString())
                .isEqualTo("is larger than 20 MB, the most Tandem accepts for an import");
        MvcResult zip = mvc.perform(post(api(to.org) + "/open-referral/tables").with(as(to.officer)).with(csrf())
                        .contentType("application/zip").content(garbage))
                .andExpect(status().isUnprocessableContent()).andReturn();
        assertThat(body(zip).get("errors").get(0).get("message").asString()).contains("has no services.csv");

        // A ZIP of a few kilobytes that unpacks to a million rows.
        String header = "id,organization_id,name,status\r\n";
        String bomb = header + (UUID.randomUUID() + ",,x,active\r\n").repeat(1_000_000);
        MvcResult unpacked = mvc.perform(post(api(to.org) + "/open-referral/tables").with(as(to.officer))
                        .with(csrf()).contentType("application/zip").content(zip(Map.of("services.csv", bomb))))
                .andExpect(status().isUnprocessableContent()).andReturn();
        assertThat(body(unpacked).get("errors").get(0).get("message").asString())
                .contains("takes the tables past 100000 rows");
        assertThat(services.servicesOf(to.org)).isEmpty();
    }

    @Test
    void scriptsAreStoredAsWrittenAndShownEscapedAndOtherOrganisationsIdsAreNeverReused() throws Exception {
        UUID councilService = services.servicesOf(demo.council()).getFirst().id();
        String councilName = services.servicesOf(demo.council()).getFirst().name();
        Baseline to = baseline(false);
        ArrayNode exported = exported(baseline());
        ObjectNode first = (ObjectNode) exported.get(0);
        first.put("id", councilService.toString());
        first.put("name", "<script>alert('owned')</script>");
        mvc.perform(post(api(to.org) + "/open-referral/services").with(as(to.officer)).with(csrf())
                .contentType(JSON).content(write(exported))).andExpect(status().isOk());
        assertThat(services.find(demo.council(), councilService).orElseThrow().name()).isEqualTo(councilName);
        FundedService imported = services.servicesOf(to.org).stream()
                .filter(s -> s.name().startsWith("<script>")).findFirst().orElseThrow();
        assertThat(imported.id()).isNotEqualTo(councilService);
        String page = mvc.perform(get("/o/" + to.org + "/provision/services/" + imported.id()).with(as(to.officer)))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("&lt;script&gt;alert(&#39;owned&#39;)&lt;/script&gt;")
                .doesNotContain("<script>alert");
    }

    @Test
    void onlyCommissionersAndOfficersImportAndOutsidersFindNothing() throws Exception {
        Baseline to = baseline(false);
        mvc.perform(post(api(to.org) + "/open-referral/services").with(as(to.reader)).with(csrf())
                .contentType(JSON).content("[]")).andExpect(status().isForbidden());
        mvc.perform(post(api(to.org) + "/open-referral/services").with(as(Demo.OFFICER)).with(csrf())
                .contentType(JSON).content("[]")).andExpect(status().isNotFound());
        mvc.perform(get(api(to.org) + "/open-referral/services").with(as(Demo.OFFICER)))
                .andExpect(status().isNotFound());
    }

    // -- a small baseline of its own, with every kind of fact in it

    record Baseline(UUID org, String officer, String reader) {
    }

    private Baseline baseline() {
        return baseline(true);
    }

    private Baseline baseline(boolean withServices) {
        UUID org = newOrganisation(OrganisationKind.COMMISSIONING_BODY);
        String officer = newPerson(org, Role.COMMISSIONING_OFFICER);
        String reader = newPerson(org, Role.SCRUTINY_MEMBER);
        UUID eastfield = wards.create(org, "MB05", "Eastfield", Instant.now()).id();
        UUID market = wards.create(org, "MB07", "Market", Instant.now()).id();
        UUID neet = needs.create(org, null, "Not in education or work", null, Priority.MEDIUM, List.of(market),
                Instant.now()).id();
        UUID lonely = needs.create(org, null, "Lonely after school", null, Priority.HIGH, List.of(eastfield),
                Instant.now()).id();
        if (withServices) {
            Actor actor = Actor.TANDEM;
            provision.createAs(actor, org, new ServiceDraft("Street sport", "Football on the courts", "",
                    demo.organisation(Demo.KICKSTART), ClientGroup.CHILDREN_AND_YOUNG_PEOPLE, false,
                    Set.of(eastfield, market), List.of(line(FundingSource.COUNCIL_CORE, "60000"),
                    line(FundingSource.PUBLIC_HEALTH_GRANT, "20000.50")), LocalDate.of(2027, 6, 30), 380,
                    List.of("More active", "Part of a team"), "Few girls come", Set.of(lonely)));
            provision.createAs(actor, org, new ServiceDraft("Counselling", null, "Open Door Counselling", null,
                    ClientGroup.MENTAL_HEALTH, true, Set.of(), List.of(line(FundingSource.NHS, "140000")), null,
                    null, List.of(), null, Set.of()));
            provision.createAs(actor, org, new ServiceDraft("Mentoring, \"into work\"", "Line one\nLine two",
                    "Northgate Futures", null, ClientGroup.CHILDREN_AND_YOUNG_PEOPLE, false, Set.of(market),
                    List.of(line(FundingSource.UK_SHARED_PROSPERITY_FUND, "50000")), LocalDate.of(2027, 12, 31), 60,
                    List.of("Into education, employment or training"), null, Set.of(neet, lonely)));
        }
        return new Baseline(org, officer, reader);
    }

    /** What a service says, without the ids that differ between organisations. */
    private static List<String> described(List<FundedService> list) {
        List<String> out = new ArrayList<>();
        list.stream().sorted(Comparator.comparing(FundedService::name)).forEach(s -> out.add(String.join(" | ",
                s.name(), String.valueOf(s.description()), s.providerName(),
                String.valueOf(s.providerOrganisationId()), s.clientGroup().name(), String.valueOf(s.boroughWide()),
                s.wards().stream().map(w -> w.code()).toList().toString(), s.fundingLines().toString(),
                s.annualTotal().plain(), String.valueOf(s.contractEndsOn()), String.valueOf(s.peopleReachedPerYear()),
                s.outcomesClaimed().toString(), String.valueOf(s.overlapsAndGaps()),
                s.needsAddressed().stream().map(NeedAddressed::title).sorted().toList().toString())));
        return out;
    }

    private ArrayNode exported(Baseline from) throws Exception {
        return (ArrayNode) json.readTree(mvc.perform(get(api(from.org) + "/open-referral/services")
                .with(as(from.reader))).andReturn().getResponse().getContentAsString());
    }

    private void assertRefused(Baseline to, String body, String described) throws Exception {
        JsonNode problems = refused(to, body);
        String first = problems.get(0).has("pointer") && !problems.get(0).get("pointer").isNull()
                ? "At " + problems.get(0).get("pointer").asString() + ": " + problems.get(0).get("message").asString()
                : "The file " + problems.get(0).get("message").asString();
        assertThat(first).startsWith(described);
    }

    private JsonNode refused(Baseline to, String body) throws Exception {
        return refused(to, body.getBytes(StandardCharsets.UTF_8));
    }

    private JsonNode refused(Baseline to, byte[] body) throws Exception {
        MvcResult result = mvc.perform(post(api(to.org) + "/open-referral/services").with(as(to.officer))
                        .with(csrf()).contentType(JSON).content(body))
                .andExpect(status().isUnprocessableContent()).andReturn();
        assertThat(result.getResponse().getContentType()).isEqualTo(PROBLEM_JSON);
        assertThat(services.servicesOf(to.org)).isEmpty();
        return body(result).get("errors");
    }

    private static Map<String, String> unzip(byte[] zip) throws Exception {
        Map<String, String> files = new java.util.HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                files.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    private static byte[] zip(Map<String, String> files) throws Exception {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out)) {
            for (Map.Entry<String, String> file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static String api(UUID org) {
        return "/api/v1/organisations/" + org + "/provision";
    }

    private long auditEvents(UUID org, String action) {
        return jdbc.sql("select count(*) from audit_event where organisation_id = ? and action = ?")
                .params(org, action).query(Long.class).single();
    }

    private static FundingLine line(FundingSource source, String pounds) {
        return new FundingLine(source, Money.pounds(pounds));
    }
}
