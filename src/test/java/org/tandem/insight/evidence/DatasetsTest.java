package org.tandem.insight.evidence;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.tandem.support.Demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Datasets on the pages: imported from CSV all or nothing, charted with their figures beside, exported, replaced. */
class DatasetsTest extends EvidenceTest {

    static final String GOOD = """
            indicator,area,period,value,unit
            NEET rate,MB08,2025,9.1,%
            NEET rate,Northgate,2026,8.4,%
            NEET rate,market,2025,7.9,%
            NEET rate,MB07,2026,7.2,%
            NEET rate,Whole area,2025,4.9,%
            NEET rate,Whole area,2026,4.6,%
            Young carers known,Eastfield,2026,"1,204",
            """;

    @Test
    void anOfficerImportsADatasetAndSeesAnIndicatorChartedWithItsFiguresBeside() throws Exception {
        UUID commission = newCommission(demo.council());
        String location = mvc.perform(upload(commission, "JSNA 2026 youth indicators", GOOD).with(as(Demo.OFFICER)))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        String page = mvc.perform(get(location).with(as(Demo.SCRUTINY)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("7 rows: 2 indicators over 2 periods")))
                .andExpect(content().string(containsString("<svg")))
                .andExpect(content().string(containsString("NEET rate (%) by area, 2025 to 2026")))
                .andExpect(content().string(containsString("Northgate (MB08)")))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("<th scope=\"row\" class=\"govuk-table__header\">Northgate</th>")
                .contains("<th scope=\"col\" class=\"govuk-table__header govuk-table__header--numeric\">2025</th>");
        assertThat(page).doesNotContain("Replace with a newer file");
        mvc.perform(get(location).param("indicator", "0").param("view", "AREAS").param("period", "2025")
                        .with(as(Demo.CITIZEN)))
                .andExpect(content().string(containsString("NEET rate (%) by area, 2025")))
                .andExpect(content().string(containsString("Bar chart of NEET rate (%) in 2025 for 3 areas")));
        mvc.perform(get(location).param("indicator", "1").with(as(Demo.CITIZEN)))
                .andExpect(content().string(containsString("1,204")))
                .andExpect(content().string(containsString("Eastfield (MB05)")));
        mvc.perform(get(location).param("indicator", "99").param("view", "NONSENSE").with(as(Demo.CITIZEN)))
                .andExpect(status().isOk());
        mvc.perform(get(commissionPath(commission) + "/evidence/datasets").param("q", "young carers")
                        .with(as(Demo.CITIZEN)))
                .andExpect(content().string(containsString("JSNA 2026 youth indicators")));
        assertThat(auditEvents("evidence.dataset-imported", idOf(location))).isEqualTo(1);
    }

    @Test
    void everyProblemIsListedWithItsRowAndColumnAndNothingIsKept() throws Exception {
        UUID commission = newCommission(demo.council());
        String bad = """
                indicator,area,period,value,unit
                NEET rate,MB08,2025,lots,%
                NEET rate,Oldtown,2025,3,%
                NEET rate,MB08,2025,4,%
                NEET rate,MB07,2025,4,per 1000
                ,MB07,2026,4,%
                NEET rate,MB01,2026,,%
                """;
        mvc.perform(upload(commission, "Bad figures", bad).with(as(Demo.COMMISSIONER)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<title>Error: Import a dataset")))
                .andExpect(content().string(containsString(escaped("Row 2, column 'value': 'lots' is not a number"))))
                .andExpect(content().string(containsString(escaped(
                        "Row 3, column 'area': 'Oldtown' is not one of Millbrook Borough Council's wards"))))
                .andExpect(content().string(containsString(escaped(
                        "Row 5, column 'unit': 'per 1000' differs from '%'"))))
                .andExpect(content().string(containsString(escaped("Row 6, column 'indicator': is empty"))))
                .andExpect(content().string(containsString(escaped("Row 7, column 'value': is empty"))))
                .andExpect(content().string(containsString("nothing in it was kept")));
        String duplicate = "indicator,area,period,value\nNEET rate,MB08,2025,1\nNEET rate,Northgate,2025,2\n";
        mvc.perform(upload(commission, "Twice", duplicate).with(as(Demo.COMMISSIONER)))
                .andExpect(content().string(containsString("Row 3, column &#39;period&#39;: repeats row 2")));
        mvc.perform(upload(commission, "Missing column", "indicator,area,value\nNEET rate,MB08,1\n")
                        .with(as(Demo.COMMISSIONER)))
                .andExpect(content().string(containsString("Row 1, column &#39;period&#39;: is missing")));
        byte[] latin1 = "indicator,area,period,value\nS\u00e9ance,MB08,2025,1\n".getBytes(StandardCharsets.ISO_8859_1);
        mvc.perform(upload(commission, "Latin-1", latin1).with(as(Demo.COMMISSIONER)))
                .andExpect(content().string(containsString("is not UTF-8 text")));
        mvc.perform(upload(commission, "", "").with(as(Demo.COMMISSIONER)))
                .andExpect(content().string(containsString("Enter a title for the dataset")))
                .andExpect(content().string(containsString("Choose a CSV file to upload")));
        assertThat(datasetsOf(commission)).isZero();
        assertThat(jdbc.sql("select count(*) from evidence_dataset_row r join evidence_dataset d on d.id = r.dataset_id"
                + " where d.commission_id = ?").param(commission).query(Long.class).single()).isZero();
    }

    @Test
    void aNewerFileReplacesTheFiguresAndABadOneChangesNothing() throws Exception {
        UUID commission = newCommission(demo.council());
        String location = mvc.perform(upload(commission, "Referrals", GOOD).with(as(Demo.OFFICER)))
                .andReturn().getResponse().getRedirectedUrl();
        String form = mvc.perform(get(location + "/replace").with(as(Demo.OFFICER)))
                .andExpect(content().string(containsString("The 7 rows now in Referrals are replaced")))
                .andReturn().getResponse().getContentAsString();
        String version = versionIn(form);
        mvc.perform(replace(location, "Referrals",
                        "indicator,area,period,value\nNEET rate,MB01,2027,2\nNEET rate,Oops,2027,2\n", version)
                        .with(as(Demo.OFFICER)))
                .andExpect(content().string(containsString("Row 3, column &#39;area&#39;")));
        assertThat(rowsOf(idOf(location))).isEqualTo(7);
        mvc.perform(replace(location, "Referrals 2027", "indicator,area,period,value\nNEET rate,MB01,2027,2\n", version)
                        .with(as(Demo.OFFICER)))
                .andExpect(status().is3xxRedirection());
        assertThat(rowsOf(idOf(location))).isEqualTo(1);
        mvc.perform(replace(location, "Stale", "indicator,area,period,value\nNEET rate,MB01,2028,2\n", version)
                        .with(as(Demo.OFFICER)))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Someone else replaced or changed this dataset")));
        mvc.perform(get(location).with(as(Demo.OFFICER)))
                .andExpect(content().string(containsString("Referrals 2027")))
                .andExpect(content().string(containsString("1 rows: 1 indicators over 1 periods")));
        assertThat(auditEvents("evidence.dataset-replaced", idOf(location))).isEqualTo(1);
    }

    @Test
    void theExportIsACsvDownloadThatImportsAgainAndCannotRunFormulas() throws Exception {
        UUID commission = newCommission(demo.council());
        String csv = "indicator,area,period,value\n=HYPERLINK(\"http://evil\"),MB05,2026,3.50\nReferrals,MB05,2026,12\n";
        String location = mvc.perform(upload(commission, "Formulas", csv).with(as(Demo.OFFICER)))
                .andReturn().getResponse().getRedirectedUrl();
        MvcResult export = mvc.perform(get(location + "/rows.csv").with(as(Demo.PANEL)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("text/csv")))
                .andExpect(header().string("Content-Disposition", containsString("attachment; filename=\"Formulas.csv\"")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andReturn();
        String body = export.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).startsWith("\uFEFFindicator,area,area code,period,value,unit\r\n")
                .contains("\"'=HYPERLINK(\"\"http://evil\"\")\",Eastfield,MB05,2026,3.5,\r\n")
                .contains("Referrals,Eastfield,MB05,2026,12,\r\n");
        UUID again = newCommission(demo.council());
        mvc.perform(upload(again, "Round trip", body).with(as(Demo.OFFICER)))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void hostileTitlesAreShownEscapedAndDeletingIsAudited() throws Exception {
        UUID commission = newCommission(demo.council());
        String location = mvc.perform(upload(commission, "<script>alert('data')</script>", GOOD)
                        .with(as(Demo.COMMISSIONER)))
                .andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get(location).with(as(Demo.COMMISSIONER)))
                .andExpect(content().string(not(containsString("<script>alert"))))
                .andExpect(content().string(containsString("&lt;script&gt;alert")));
        mvc.perform(get(location + "/delete").with(as(Demo.COMMISSIONER)))
                .andExpect(content().string(containsString("Its 7 rows will be deleted")));
        mvc.perform(post(location + "/delete").with(csrf()).with(as(Demo.COMMISSIONER)))
                .andExpect(status().is3xxRedirection());
        assertThat(datasetsOf(commission)).isZero();
        assertThat(auditEvents("evidence.dataset-deleted", idOf(location))).isEqualTo(1);
        mvc.perform(get(location).with(as(Demo.COMMISSIONER))).andExpect(status().isNotFound());
    }

    @Test
    void partnersReadButOnlyTheLeadsCommissionersAndOfficersImport() throws Exception {
        UUID commission = newCommission(demo.council());
        String location = mvc.perform(upload(commission, "Shared figures", GOOD).with(as(Demo.OFFICER)))
                .andReturn().getResponse().getRedirectedUrl();
        mvc.perform(upload(commission, "Citizen's", GOOD).with(as(Demo.CITIZEN))).andExpect(status().isForbidden());
        mvc.perform(upload(commission, "Outsider's", GOOD).with(as(Demo.PROVIDER))).andExpect(status().isNotFound());
        mvc.perform(get(location).with(as(Demo.PROVIDER))).andExpect(status().isNotFound());
        UUID youth = demo.youthCommission();
        UUID icb = demo.organisation(Demo.ICB);
        String demoDataset = jdbc.sql("select id from evidence_dataset where commission_id = ?").param(youth)
                .query(String.class).single();
        mvc.perform(get("/o/" + icb + "/commissions/" + youth + "/evidence/datasets/" + demoDataset)
                        .with(as(Demo.PARTNER)))
                .andExpect(status().isOk());
        mvc.perform(post("/o/" + icb + "/commissions/" + youth + "/evidence/datasets/" + demoDataset + "/delete")
                        .with(csrf()).with(as(Demo.PARTNER)))
                .andExpect(status().isForbidden());
        mvc.perform(get(commissionPath(commission) + "/evidence/datasets/" + demoDataset).with(as(Demo.OFFICER)))
                .andExpect(status().isNotFound());
        assertThat(datasetsOf(commission)).isEqualTo(1);
    }

    private MockMultipartHttpServletRequestBuilder upload(UUID commission, String title, String csv) {
        return upload(commission, title, csv.getBytes(StandardCharsets.UTF_8));
    }

    private MockMultipartHttpServletRequestBuilder upload(UUID commission, String title, byte[] csv) {
        return (MockMultipartHttpServletRequestBuilder) multipart(commissionPath(commission) + "/evidence/datasets")
                .file(new MockMultipartFile("file", "figures.csv", "text/csv", csv))
                .param("title", title).param("source", "Millbrook JSNA 2026").param("description", "")
                .with(csrf());
    }

    private MockMultipartHttpServletRequestBuilder replace(String location, String title, String csv, String version) {
        return (MockMultipartHttpServletRequestBuilder) multipart(location + "/replace")
                .file(new MockMultipartFile("file", "newer.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                .param("title", title).param("source", "Millbrook JSNA 2027").param("version", version)
                .with(csrf());
    }

    private long datasetsOf(UUID commission) {
        return jdbc.sql("select count(*) from evidence_dataset where commission_id = ?").param(commission)
                .query(Long.class).single();
    }

    private long rowsOf(UUID dataset) {
        return jdbc.sql("select count(*) from evidence_dataset_row where dataset_id = ?").param(dataset)
                .query(Long.class).single();
    }

    /** Text as Thymeleaf writes it into a page: apostrophes escaped. */
    private static String escaped(String text) {
        return text.replace("'", "&#39;");
    }

    private static UUID idOf(String location) {
        return UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
    }

    private static String versionIn(String page) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("name=\"version\" value=\"(\\d+)\"").matcher(page);
        assertThat(m.find()).as("a version field").isTrue();
        return m.group(1);
    }
}
