package org.tandem.insight.assets;

import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.tandem.insight.wards.Ward;
import org.tandem.insight.wards.WardRepository;
import org.tandem.support.Demo;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Wards: listed for every member, added and renamed by commissioners and officers, imported from CSV. */
class WardsTest extends AssetSteps {

    @Autowired
    private WardRepository wardRepository;

    private final JsonMapper json = JsonMapper.builder().build();

    private static String wards(Place place) {
        return "/o/" + place.organisationId() + "/wards";
    }

    private List<String> wardsOf(Place place) {
        return wardRepository.wardsOf(place.organisationId()).stream().map(w -> w.code() + " " + w.name()).toList();
    }

    private MockMultipartHttpServletRequestBuilder upload(Place place, byte[] file) {
        return MockMvcRequestBuilders.multipart(wards(place) + "/import")
                .file(new MockMultipartFile("file", "wards.csv", "text/csv", file)).with(csrf());
    }

    @Test
    void anOfficerAddsAndRenamesWardsAndEveryMemberSeesThem() throws Exception {
        Place place = newPlace();
        mvc.perform(post(wards(place)).with(csrf()).with(as(place.officer())).param("code", " tb01 ")
                        .param("name", "Abbey"))
                .andExpect(status().is3xxRedirection());
        Ward abbey = wardRepository.findByCode(place.organisationId(), "TB01").orElseThrow();
        assertThat(abbey.code()).isEqualTo("TB01");
        mvc.perform(get(wards(place)).with(as(place.citizen())))
                .andExpect(content().string(containsString("Showing 1 to 3 of 3 wards")))
                .andExpect(content().string(containsString("Abbey")));
        mvc.perform(get(wards(place)).param("q", "north").with(as(place.citizen())))
                .andExpect(content().string(containsString("Showing 1 to 1 of 1 wards")));
        mvc.perform(post(wards(place) + "/" + abbey.id()).with(csrf()).with(as(place.officer()))
                        .param("code", "TB01").param("name", "Abbey and Priory").param("version", "0"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(wards(place) + "/" + abbey.id()).with(csrf()).with(as(place.commissioner()))
                        .param("code", "TB01").param("name", "Old Abbey").param("version", "0"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Someone else changed this ward")));
        assertThat(wardsOf(place)).contains("TB01 Abbey and Priory");
        assertThat(auditEvents(place.organisationId(), "ward.created")).isEqualTo(1);
        assertThat(auditEvents(place.organisationId(), "ward.renamed")).isEqualTo(1);
    }

    @Test
    void codesAndNamesAreUniqueAndChecked() throws Exception {
        Place place = newPlace();
        mvc.perform(post(wards(place)).with(csrf()).with(as(place.officer())).param("code", "tb05")
                        .param("name", "Somewhere"))
                .andExpect(content().string(containsString("Another ward already has the code TB05")));
        mvc.perform(post(wards(place)).with(csrf()).with(as(place.officer())).param("code", "TB99")
                        .param("name", "EASTFIELD"))
                .andExpect(content().string(containsString("Another ward is already called Eastfield")));
        mvc.perform(post(wards(place)).with(csrf()).with(as(place.officer())).param("code", "TB 9;--")
                        .param("name", "x".repeat(101)))
                .andExpect(content().string(containsString("Code must be letters, numbers and hyphens only")))
                .andExpect(content().string(containsString("Name must be 100 characters or fewer")));
        mvc.perform(post(wards(place)).with(csrf()).with(as(place.officer())).param("code", "").param("name", ""))
                .andExpect(content().string(containsString("Enter the ward&#39;s code, like MB01")))
                .andExpect(content().string(containsString("Enter the ward&#39;s name")));
        assertThat(wardsOf(place)).hasSize(2);
    }

    @Test
    void onlyCommissionersAndOfficersChangeWardsAndOtherOrganisationsWardsAreNotFound() throws Exception {
        Place place = newPlace();
        Place elsewhere = newPlace();
        mvc.perform(post(wards(place)).with(csrf()).with(as(place.citizen())).param("code", "X1").param("name", "X"))
                .andExpect(status().isForbidden());
        mvc.perform(get(wards(place) + "/import").with(as(place.citizen()))).andExpect(status().isForbidden());
        mvc.perform(get(wards(place)).with(as(elsewhere.officer()))).andExpect(status().isNotFound());
        mvc.perform(get(wards(place) + "/" + elsewhere.eastfield() + "/edit").with(as(place.officer())))
                .andExpect(status().isNotFound());
        mvc.perform(post(wards(place) + "/" + elsewhere.eastfield()).with(csrf()).with(as(place.officer()))
                .param("code", "TB05").param("name", "Taken").param("version", "0")).andExpect(status().isNotFound());
        assertThat(wardsOf(elsewhere)).contains("TB05 Eastfield");
    }

    @Test
    void aCsvFileAddsNewWardsAndRenamesKnownOnes() throws Exception {
        Place place = newPlace();
        String csv = "\uFEFFName,Code\nEastfield East,tb05\nNorthgate,TB08\nRiverside,TB09\n\nWestmoor,TB10\n";
        mvc.perform(upload(place, csv.getBytes(StandardCharsets.UTF_8)).with(as(place.officer())))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flash", "Imported 4 rows: 2 added, 1 renamed, 1 unchanged"));
        assertThat(wardsOf(place)).containsExactly("TB05 Eastfield East", "TB08 Northgate", "TB09 Riverside",
                "TB10 Westmoor");
        assertThat(auditEvents(place.organisationId(), "ward.imported")).isEqualTo(1);
    }

    @Test
    void aFileWithAnyProblemIsRefusedWholeWithEveryProblemByRowAndColumn() throws Exception {
        Place place = newPlace();
        String csv = "code,name\nTB01,Abbey\nTB 02,Brookside\nTB03,\nTB01,Abbey again\nTB04,Northgate\n";
        mvc.perform(upload(place, csv.getBytes(StandardCharsets.UTF_8)).with(as(place.officer())))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("<title>Error: Import wards")))
                .andExpect(content().string(containsString("nothing in it has been kept")))
                .andExpect(content().string(containsString("Row 3, column &#39;code&#39;: must be letters, numbers "
                        + "and hyphens only")))
                .andExpect(content().string(containsString("Row 4, column &#39;name&#39;: is empty; enter the "
                        + "ward&#39;s name")))
                .andExpect(content().string(containsString("Row 5, column &#39;code&#39;: &#39;TB01&#39; appears "
                        + "more than once in the file")))
                .andExpect(content().string(containsString("Row 6, column &#39;name&#39;: &#39;Northgate&#39; is "
                        + "already the name of ward TB08")));
        assertThat(wardsOf(place)).as("the good first row was not kept either")
                .containsExactly("TB05 Eastfield", "TB08 Northgate");
        mvc.perform(upload(place, "ward,title\nTB01,Abbey\n".getBytes(StandardCharsets.UTF_8)).with(as(place.officer())))
                .andExpect(content().string(containsString("Row 1, column &#39;code&#39;: is missing")));
        mvc.perform(upload(place, "code,name\nTB01,<script>alert(1)</script>\n".getBytes(StandardCharsets.UTF_8))
                        .with(as(place.officer())))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(wards(place)).with(as(place.officer())))
                .andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt;")));
    }

    @Test
    void garbageHugeAndEmptyFilesGetAClearRefusal() throws Exception {
        Place place = newPlace();
        byte[] junk = new byte[3 * 1024 * 1024];
        new Random(4).nextBytes(junk);
        String refusal = mvc.perform(upload(place, junk).with(as(place.officer())))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(refusal).containsAnyOf("is not UTF-8 text", "does not look like a CSV file", "larger than 1 MB");
        byte[] huge = ("code,name\nTB99,Somewhere\n" + " \n".repeat(600_000)).getBytes(StandardCharsets.UTF_8);
        mvc.perform(upload(place, huge).with(as(place.officer())))
                .andExpect(content().string(containsString("is larger than 1 MB, the most Tandem accepts")));
        mvc.perform(upload(place, new byte[0]).with(as(place.officer())))
                .andExpect(content().string(containsString("Choose a CSV file to import")));
        mvc.perform(upload(place, "code,name\n".getBytes(StandardCharsets.UTF_8)).with(as(place.officer())))
                .andExpect(content().string(containsString("has a header but no rows of data")));
        mvc.perform(upload(place, new byte[] {'c', 'o', 'd', 'e', ',', 'n', 'a', 'm', 'e', '\n', 'T', '1', ',',
                        (byte) 0xC3, (byte) 0x28, '\n'}).with(as(place.officer())))
                .andExpect(content().string(containsString("is not UTF-8 text")));
        assertThat(wardsOf(place)).hasSize(2);
    }

    /**
     * Over real HTTP, a file well past the ward import's 1 MB limit gets through the servlet container (whose upload
     * limit is set high, so that every import can refuse a big file in words) and is refused in plain words.
     * MockMvc does not apply the container's limit, so this test uses the network.
     */
    @Test
    void aFileTooBigToImportIsRefusedInPlainWords() throws Exception {
        // HTTP/1.1: the client's default HTTP/2 upgrade attempt on a large POST can leave it waiting for minutes
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        String signIn = baseUrl() + "/sign-in";
        client.send(HttpRequest.newBuilder(URI.create(signIn)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("email=" + Demo.OFFICER.replace("@", "%40") + "&password="
                        + Demo.PASSWORD + "&_csrf=" + csrfOn(client, signIn))).build(), HttpResponse.BodyHandlers.ofString());
        String importPage = baseUrl() + demo.councilPath() + "/wards/import";
        String boundary = "tandem-" + UUID.randomUUID();
        StringBuilder csv = new StringBuilder("code,name\n");
        for (int row = 0; csv.length() < 5 * 1024 * 1024; row++) {
            csv.append("W").append(row).append(",Ward number ").append(row).append('\n');
        }
        byte[] junk = csv.toString().getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n"
                + csrfOn(client, importPage) + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; "
                + "name=\"file\"; filename=\"wards.csv\"\r\nContent-Type: text/csv\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.write(junk);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> refused = client.send(HttpRequest.newBuilder(URI.create(importPage))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary).header("Accept", "text/html")
                .timeout(Duration.ofSeconds(60)).POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("is larger than 1 MB, the most Tandem accepts")
                .doesNotContain("Exception");
    }

    private static String csrfOn(HttpClient client, String page) throws Exception {
        String html = client.send(HttpRequest.newBuilder(URI.create(page)).header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(html);
        assertThat(token.find()).as("a CSRF token on " + page).isTrue();
        return token.group(1);
    }

    @Test
    void wardsAreListedAddedAndRenamedThroughTheApi() throws Exception {
        Place place = newPlace();
        String api = "/api/v1/organisations/" + place.organisationId() + "/wards";
        mvc.perform(get(api).with(as(place.citizen())))
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.items[0].code").value("TB05"));
        String created = mvc.perform(post(api).with(csrf()).with(as(place.officer())).contentType("application/json")
                        .content(json.writeValueAsString(Map.of("code", "TB11", "name", "Hilltop"))))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getHeader("Location");
        mvc.perform(get(created).with(as(place.citizen()))).andExpect(jsonPath("$.name").value("Hilltop"));
        mvc.perform(put(created).with(csrf()).with(as(place.officer())).contentType("application/json")
                        .content(json.writeValueAsString(Map.of("code", "TB11", "name", "Hilltop and Vale",
                                "version", 0))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(1));
        mvc.perform(put(created).with(csrf()).with(as(place.officer())).contentType("application/json")
                        .content(json.writeValueAsString(Map.of("code", "TB11", "name", "Stale", "version", 0))))
                .andExpect(status().isConflict());
        mvc.perform(post(api).with(csrf()).with(as(place.officer())).contentType("application/json")
                        .content(json.writeValueAsString(Map.of("code", "", "name", "Eastfield"))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("code"));
        mvc.perform(get(api + "/" + UUID.randomUUID()).with(as(place.citizen()))).andExpect(status().isNotFound());
    }
}
