package org.tandem.insight.quality;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The round report, read back as its readers would: the PDF's text and structure, the workbook's cells. */
class RoundReportTest extends QualityTest {

    private static final String SCRIPT = "<script>alert('report')</script> =HYPERLINK(\"http://evil.example\")";

    @Test
    void thePdfGivesEachServicesRatingsEvidenceRecommendationAndDecisionAsATaggedDocument() throws Exception {
        World w = world();
        Staged s = sharedWithEvidence(w);
        MvcResult result = mvc.perform(get(w.roundPath(s.round()) + "/report.pdf").with(as(w.officer().email())))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.matchesPattern(
                        "attachment; filename=\"review-[a-z0-9]+-report\\.pdf\"")))
                .andReturn();
        try (PDDocument pdf = Loader.loadPDF(result.getResponse().getContentAsByteArray())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains(s.round().title())
                    .contains("Any red area makes the service red")
                    .contains(name(w.clubs())).contains(name(w.sport())).contains(name(w.centres()))
                    .contains("Recommendation: Red, decommission")
                    .contains("Decision: Amber, must show progress by a date by")
                    .contains("overriding the recommendation")
                    .contains("One red area, on a visit in the rain")
                    .contains("Feeling welcome")
                    .contains(SCRIPT.replaceAll("\\s+", " "))
                    .contains("Not decided");
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo(s.round().title() + ": round report");
            assertThat(pdf.getDocumentCatalog().getMarkInfo().isMarked()).as("tagged PDF").isTrue();
            assertThat(pdf.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("en-GB");
            assertThat(fonts(pdf)).isNotEmpty().allMatch(PDFont::isEmbedded);
        }
    }

    @Test
    void theWorkbookHasAServiceRowEachAndEveryRatingWithItsEvidenceAsPlainText() throws Exception {
        World w = world();
        Staged s = sharedWithEvidence(w);
        byte[] xlsx = mvc.perform(get(w.roundPath(s.round()) + "/report.xlsx").with(as(w.commissioner().email())))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            List<List<String>> services = rows(workbook.getSheet("Services"));
            assertThat(services.getFirst()).startsWith("Service", "Provider", "Visits submitted");
            assertThat(services).hasSize(4);
            assertThat(services).anySatisfy(row -> assertThat(row).startsWith(name(w.sport()))
                    .contains("Red", "Amber", "Yes", "One red area, on a visit in the rain"));
            assertThat(services).anySatisfy(row -> assertThat(row).startsWith(name(w.centres()))
                    .contains("Amber", "Not decided"));
            List<List<String>> ratings = rows(workbook.getSheet("Ratings"));
            assertThat(ratings).hasSize(1 + 27);
            assertThat(ratings).anySatisfy(row -> assertThat(row).contains(SCRIPT));
            var cell = workbook.getSheet("Ratings").getRow(1).getCell(4);
            assertThat(cell.getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING);
            assertThat(rows(workbook.getSheet("Areas"))).hasSize(10);
            assertThat(rows(workbook.getSheet("About"))).anySatisfy(row -> assertThat(row)
                    .contains("How ratings become a recommendation"));
        }
    }

    @Test
    void onlyTheRoundsManagersDownloadItAndOtherOrganisationsFindNothing() throws Exception {
        World w = world();
        Staged s = shared(w);
        for (String who : List.of(w.youngAssessor().email(), w.finance().email())) {
            mvc.perform(get(w.roundPath(s.round()) + "/report.pdf").with(as(who))).andExpect(status().isForbidden());
            mvc.perform(get(w.roundPath(s.round()) + "/report.xlsx").with(as(who))).andExpect(status().isForbidden());
        }
        World elsewhere = world();
        mvc.perform(get(elsewhere.roundsPath() + "/" + s.round().id() + "/report.pdf")
                .with(as(elsewhere.officer().email()))).andExpect(status().isNotFound());
    }

    /** The shared round, with a hostile piece of evidence on the clubs' visit, reopened and submitted again. */
    private Staged sharedWithEvidence(World w) {
        Staged s = visiting(w);
        List<AreaRating> clubs = new ArrayList<>(ratings(s.areas(), "GGGGGGGGG"));
        clubs.set(0, new AreaRating(s.areas().getFirst().id(), Rating.GREEN, SCRIPT, "We love it here"));
        int version = visits.sheet(w.youngAssessor().viewer(), w.commission(), s.round().id(), s.clubsVisit())
                .visit().version();
        visits.submit(w.youngAssessor().viewer(), w.commission(), s.round().id(), s.clubsVisit(), version, clubs);
        submit(w.otherYoungAssessor(), s, s.sportVisit(), "GGRGGGGGG");
        submit(w.panel(), s, s.centresVisit(), "AAAAAGGGG");
        QualityRound moderation = rounds.take(w.officer().viewer(), w.commission(), s.round().id(),
                s.round().version(), RoundTransition.START_MODERATION);
        results.decide(w.commissioner().viewer(), w.commission(), s.round().id(), w.sport(),
                new DecisionDraft(Rating.AMBER, "One red area, on a visit in the rain", java.time.LocalDate.now()
                        .plusMonths(3)));
        QualityRound shared = rounds.take(w.commissioner().viewer(), w.commission(), s.round().id(),
                moderation.version(), RoundTransition.SHARE_RESULTS);
        return new Staged(shared, s.areas(), s.clubsVisit(), s.sportVisit(), s.centresVisit());
    }

    private String name(java.util.UUID service) {
        return jdbc.sql("select name from funded_service where id = ?").param(service).query(String.class).single();
    }

    private static List<PDFont> fonts(PDDocument pdf) throws java.io.IOException {
        List<PDFont> fonts = new ArrayList<>();
        for (PDPage page : pdf.getPages()) {
            for (COSName name : page.getResources().getFontNames()) {
                fonts.add(page.getResources().getFont(name));
            }
        }
        return fonts;
    }

    private static List<List<String>> rows(Sheet sheet) {
        DataFormatter format = new DataFormatter();
        List<List<String>> rows = new ArrayList<>();
        for (Row row : sheet) {
            List<String> cells = new ArrayList<>();
            row.forEach(cell -> cells.add(format.formatCellValue(cell)));
            rows.add(cells);
        }
        return rows;
    }
}
