package org.tandem.outcomes;

import java.io.ByteArrayInputStream;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;
import org.tandem.coproduction.ParticipantKind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A version downloaded for a committee paper (Word, PDF) and for analysis (a workbook), read back with POI and
 * PDFBox; text people typed arrives as text, never as markup or a formula. And the public page: only agreed versions.
 */
class ExportingFrameworksTest extends OutcomesTest {

    private static final String SCRIPT = "<script>alert('x')</script> I feel safe";
    private static final String FORMULA = "=HYPERLINK(\"http://evil.example\",\"click\")";

    private FrameworkView framework;
    private String base;

    @BeforeEach
    void framework() {
        newCouncilAndCommission();
        framework = start();
        UUID version = framework.latest().id();
        OutcomeView safe = editing.add(actor(commissioner), council, version, new OutcomeDraft(SCRIPT,
                "Young people feel safe", OutcomeLevel.SERVICE, ValueType.USER, WellbeingElement.RELATEDNESS,
                Set.of(WayToWellbeing.CONNECT), Set.of(BottomLine.SOCIAL), PreventionLevel.MIDSTREAM,
                InterventionPathway.PREVENTION, Set.of(ParticipantKind.PERSON_USING_SERVICES)));
        editing.addIndicator(council, version, safe.id(), indicator(FORMULA, IndicatorKind.OUTCOME));
        editing.addIndicator(council, version, safe.id(), indicator("Sessions run", IndicatorKind.OUTPUT));
        editing.add(actor(commissioner), council, version, outcome("I am learning new things"));
        base = "/o/" + council + "/outcomes/" + framework.id() + "/versions/1";
    }

    @Test
    void theWordDocumentHasTheOutcomesAsHeadingsAndTheIndicatorsAsTables() throws Exception {
        byte[] docx = download(base + "/framework.docx", "wordprocessingml");
        try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(docx))) {
            assertThat(word.getParagraphs()).filteredOn(p -> "Title".equals(p.getStyle()))
                    .extracting(XWPFParagraph::getText).containsExactly(framework.title());
            assertThat(word.getParagraphs()).filteredOn(p -> "Heading2".equals(p.getStyle()))
                    .extracting(XWPFParagraph::getText).containsExactly("1. " + SCRIPT, "2. I am learning new things");
            assertThat(word.getStyles().getStyle("Heading2").getCTStyle().getPPr().getOutlineLvl().getVal())
                    .hasToString("1");
            String text = word.getParagraphs().stream().map(XWPFParagraph::getText)
                    .collect(Collectors.joining("\n"));
            assertThat(text).contains("Version 1, draft (not yet agreed)")
                    .contains("Well-being element: Functionings: relatedness")
                    .contains("Five ways to well-being: Connect").contains("Shaped by: People using services")
                    .contains("Gaps in the balance:").contains("Five ways to well-being: nothing under Give");
            assertThat(word.getTables()).as("one for the outcome with indicators").hasSize(1);
            assertThat(word.getTables().getFirst().getRow(0).getCell(0).getText()).isEqualTo("Indicator");
            assertThat(word.getTables().getFirst().getRow(1).getCell(0).getText()).isEqualTo(FORMULA);
            assertThat(word.getTables().getFirst().getRow(1).getCell(2).getText())
                    .isEqualTo("40 to 60 % (increase)");
        }
    }

    @Test
    void thePdfReadsAsTheFrameworkWithTheTextAsTyped() throws Exception {
        byte[] pdf = download(base + "/framework.pdf", "application/pdf");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains(framework.title()).contains("1. <script>alert('x')</script> I feel safe")
                    .contains("2. I am learning new things").contains("Sessions run").contains("40 to 60 % (increase)")
                    .contains("Five ways to well-being: nothing under Give");
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo(framework.title());
            assertThat(document.getDocumentCatalog().getStructureTreeRoot()).as("tagged for screen readers")
                    .isNotNull();
        }
    }

    @Test
    void theWorkbookHasASheetOfOutcomesOneOfIndicatorsAndTheBalance() throws Exception {
        byte[] xlsx = download(base + "/framework.xlsx", "spreadsheetml");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet outcomes = workbook.getSheet("Outcomes");
            assertThat(outcomes.getRow(0).getCell(1).getStringCellValue()).isEqualTo("In people's own words");
            assertThat(outcomes.getRow(1).getCell(1).getStringCellValue()).isEqualTo(SCRIPT);
            assertThat(outcomes.getRow(1).getCell(5).getStringCellValue()).isEqualTo("Functionings: relatedness");
            assertThat(outcomes.getRow(1).getCell(11).getNumericCellValue()).isEqualTo(2);
            Sheet indicators = workbook.getSheet("Indicators");
            assertThat(indicators.getRow(1).getCell(2).getStringCellValue()).isEqualTo("'" + FORMULA);
            assertThat(indicators.getRow(1).getCell(2).getCellType()).hasToString("STRING");
            assertThat(indicators.getRow(1).getCell(6).getNumericCellValue()).isEqualTo(40);
            assertThat(indicators.getRow(2).getCell(4).getStringCellValue()).isEqualTo("Output");
            Sheet balance = workbook.getSheet("Balance");
            assertThat(balance.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Dynamic model of well-being");
            assertThat(workbook.getSheet("About").getRow(0).getCell(1).getStringCellValue())
                    .isEqualTo(framework.title());
        }
    }

    @Test
    void thePublicPageShowsOnlyAnAgreedVersionAndEscapesWhatWasTyped() throws Exception {
        String address = "/public/o/" + council + "/outcomes/" + framework.id();
        mvc.perform(get(address)).andExpect(status().isNotFound());
        var group = group();
        reviews.send(actor(commissioner), council, framework.id(), 1, group.id());
        mvc.perform(get(address)).andExpect(status().isNotFound());
        reviews.decide(actor(citizen), council, framework.id(), 1, ReviewDecision.AGREE, null);
        reviews.decide(actor(panel), council, framework.id(), 1, ReviewDecision.AGREE, null);

        String page = mvc.perform(get(address)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("1. &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; I feel safe")
                .doesNotContain("<script>alert").contains("Version 1, agreed by");
        frameworks.newDraft(actor(commissioner), council, framework.id(), null);
        editing.add(actor(commissioner), council, framework(framework.id()).latest().id(),
                outcome("A draft outcome nobody has agreed"));
        assertThat(mvc.perform(get(address)).andReturn().getResponse().getContentAsString())
                .doesNotContain("A draft outcome nobody has agreed");
        mvc.perform(get("/public/o/" + council + "/outcomes/not-an-id")).andExpect(status().isNotFound());
        mvc.perform(get("/public/o/" + UUID.randomUUID() + "/outcomes/" + framework.id()))
                .andExpect(status().isNotFound());
    }

    private byte[] download(String path, String type) throws Exception {
        MvcResult result = mvc.perform(get(path).with(as(panel))).andExpect(status().isOk()).andReturn();
        assertThat(result.getResponse().getContentType()).contains(type);
        assertThat(result.getResponse().getHeader("Content-Disposition")).contains("attachment")
                .contains("version-1.");
        return result.getResponse().getContentAsByteArray();
    }
}
