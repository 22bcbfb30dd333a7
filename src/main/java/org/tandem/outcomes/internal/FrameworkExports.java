package org.tandem.outcomes.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.springframework.stereotype.Service;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import org.tandem.outcomes.FrameworkVersionView;
import org.tandem.outcomes.FrameworkView;
import org.tandem.outcomes.IndicatorDraft;
import org.tandem.outcomes.IndicatorView;
import org.tandem.outcomes.OutcomeView;
import org.tandem.platform.NotFoundException;
import org.tandem.platform.Organisations;
import org.tandem.platform.OrganisationSummary;
import org.tandem.platform.PdfDocuments;
import org.tandem.platform.Timestamps;
import org.tandem.platform.Worksheets;

import static org.tandem.platform.Worksheets.row;
import static org.tandem.platform.Worksheets.sheet;

/**
 * A version of a framework for a committee paper (Word and PDF) and for analysis (a workbook), and for the public
 * page. Text people typed goes into every format as text: escaped in the PDF's HTML, plain runs in Word, and guarded
 * against formulas in the workbook.
 */
@Service
public class FrameworkExports {

    private final FrameworkService frameworks;
    private final FrameworkReviews reviews;
    private final Organisations organisations;
    private final ITemplateEngine templates;
    private final Clock clock;

    FrameworkExports(FrameworkService frameworks, FrameworkReviews reviews, Organisations organisations,
                     ITemplateEngine templates, Clock clock) {
        this.frameworks = frameworks;
        this.reviews = reviews;
        this.organisations = organisations;
        this.templates = templates;
        this.clock = clock;
    }

    public FrameworkDocument document(UUID organisationId, UUID frameworkId, int number) {
        FrameworkView framework = frameworks.framework(organisationId, frameworkId);
        return document(framework, frameworks.version(framework, number));
    }

    /** The newest agreed version of a commission's framework, for the public; nothing else is ever public. */
    public FrameworkDocument published(UUID organisationId, UUID frameworkId) {
        FrameworkView framework = frameworks.framework(organisationId, frameworkId);
        if (framework.isTemplate()) {
            throw new NotFoundException("Framework");
        }
        return document(framework, framework.agreed().orElseThrow(() -> new NotFoundException("Framework")));
    }

    private FrameworkDocument document(FrameworkView framework, FrameworkVersionView version) {
        List<OutcomeView> outcomes = frameworks.outcomes(framework.organisationId(), version.id());
        return new FrameworkDocument(framework, version, frameworks.commissionOf(framework).orElse(null),
                organisations.find(framework.organisationId()).map(OrganisationSummary::name).orElse(""),
                outcomes, Balance.of(outcomes), reviews.reviews(framework.organisationId(), version.id()));
    }

    public byte[] pdf(FrameworkDocument document) {
        Context context = new Context(Locale.UK);
        context.setVariable("doc", document);
        context.setVariable("generatedAt", Timestamps.londonDateTime(clock.instant()));
        String html = templates.process("outcomes/document", context);
        return PdfDocuments.fromHtml(html);
    }

    public void docx(FrameworkDocument document, OutputStream out) {
        try (XWPFDocument word = new XWPFDocument()) {
            word.getProperties().getCoreProperties().setTitle(document.framework().title());
            word.getProperties().getCoreProperties().setCreator(document.organisationName());
            headingStyles(word);
            heading(word, document.framework().title(), "Title");
            text(word, about(document));
            if (document.framework().purpose() != null) {
                text(word, document.framework().purpose());
            }
            heading(word, "Balance", "Heading1");
            List<String> gaps = document.gaps();
            text(word, gaps.isEmpty() ? "Every element of the dynamic model of well-being, each of the five ways, the "
                    + "triple bottom line and each prevention level has at least one outcome."
                    : "Gaps in the balance: " + String.join("; ", gaps) + ".");
            heading(word, "Outcomes", "Heading1");
            int n = 1;
            for (OutcomeView outcome : document.outcomes()) {
                heading(word, n++ + ". " + outcome.ownWords(), "Heading2");
                if (outcome.details().professionalWording() != null) {
                    text(word, "Professional wording: " + outcome.details().professionalWording());
                }
                for (Labels.Line line : Labels.classification(outcome.details())) {
                    text(word, line.label() + ": " + (line.isOpen() ? "not yet decided" : line.value()));
                }
                if (!outcome.indicators().isEmpty()) {
                    indicatorTable(word, outcome.indicators());
                }
            }
            if (!document.reviews().isEmpty()) {
                heading(word, "Review by " + document.version().reviewGroupName(), "Heading1");
                for (Review review : document.reviews()) {
                    text(word, review.name() + ": " + decision(review)
                            + (review.comment() == null ? "" : ". " + review.comment()));
                }
            }
            word.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void xlsx(FrameworkDocument document, OutputStream out) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
            CellStyle bold = Worksheets.bold(workbook);
            Sheet outcomes = sheet(workbook, "Outcomes", bold, "Number", "In people's own words",
                    "Professional wording", "Level", "Value type", "Well-being element", "Five ways to well-being",
                    "Triple bottom line", "Prevention level", "Intervention pathway", "Shaped by", "Indicators");
            Sheet indicators = sheet(workbook, "Indicators", bold, "Outcome number", "Outcome", "Indicator",
                    "Definition", "Outcome, output or proxy", "Direction", "Baseline", "Target", "Unit",
                    "How it is measured", "Data source", "Frequency");
            int n = 1;
            for (OutcomeView outcome : document.outcomes()) {
                List<String> lines = Labels.classification(outcome.details()).stream().map(Labels.Line::value)
                        .toList();
                Object[] cells = new Object[12];
                cells[0] = n;
                cells[1] = outcome.ownWords();
                cells[2] = outcome.details().professionalWording();
                for (int i = 0; i < lines.size(); i++) {
                    cells[3 + i] = lines.get(i);
                }
                cells[11] = outcome.indicators().size();
                row(outcomes, cells);
                for (IndicatorView indicator : outcome.indicators()) {
                    IndicatorDraft d = indicator.details();
                    row(indicators, n, outcome.ownWords(), d.name(), d.definition(), d.kind().label(),
                            d.direction().label(), d.baseline(), d.target(), d.unit(), d.method().label(),
                            d.dataSource(), Labels.of(d.frequency()));
                }
                n++;
            }
            Sheet balance = sheet(workbook, "Balance", bold, "Axis", "Category", "Outcomes");
            document.balance().axes().forEach(a -> a.columns().forEach(c -> row(balance, a.axis().label(),
                    c.category().label(), c.count())));
            Sheet about = sheet(workbook, "About", bold, "Framework", document.framework().title());
            row(about, "Organisation", document.organisationName());
            row(about, "Commission", document.commission() == null ? "Template" : document.commission().title());
            row(about, "Version", document.status());
            row(about, "Produced", Timestamps.londonDateTime(clock.instant()));
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A short file name made only of letters, digits and hyphens, whatever the framework is called. */
    public static String fileName(FrameworkDocument document, String extension) {
        String slug = document.framework().title().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        String name = slug.substring(0, Math.min(slug.length(), 60)).replaceAll("(^-+|-+$)", "");
        return (name.isEmpty() ? "outcomes-framework" : name) + "-version-" + document.version().number() + "."
                + extension;
    }

    private String about(FrameworkDocument document) {
        return (document.commission() == null ? "Template" : document.commission().title()) + ". "
                + document.organisationName() + ". " + document.status() + ". Produced "
                + Timestamps.londonDateTime(clock.instant()) + ".";
    }

    /** "agrees", "objects" or "not yet decided". */
    private static String decision(Review review) {
        return review.decision() == null ? "not yet decided"
                : review.decision().label().toLowerCase(Locale.ROOT) + "s";
    }

    /**
     * Title and heading styles with outline levels, so Word's navigation pane and screen readers see the headings
     * (a blank document has no styles, and a paragraph naming a missing style reads as body text).
     */
    private static void headingStyles(XWPFDocument word) {
        XWPFStyles styles = word.createStyles();
        String[][] defined = {{"Title", "Title", "0"}, {"Heading1", "heading 1", "0"}, {"Heading2", "heading 2", "1"}};
        for (String[] style : defined) {
            CTStyle ct = CTStyle.Factory.newInstance();
            ct.setStyleId(style[0]);
            ct.setType(STStyleType.PARAGRAPH);
            ct.addNewName().setVal(style[1]);
            ct.addNewQFormat();
            ct.addNewPPr().addNewOutlineLvl().setVal(java.math.BigInteger.valueOf(Long.parseLong(style[2])));
            styles.addStyle(new XWPFStyle(ct, styles));
        }
    }

    private static void heading(XWPFDocument word, String text, String style) {
        XWPFParagraph paragraph = word.createParagraph();
        paragraph.setStyle(style);
        XWPFRun run = paragraph.createRun();
        run.setBold(true);
        run.setFontSize("Title".equals(style) ? 20 : "Heading1".equals(style) ? 15 : 12);
        run.setText(text);
    }

    private static void text(XWPFDocument word, String text) {
        XWPFParagraph paragraph = word.createParagraph();
        paragraph.setAlignment(ParagraphAlignment.LEFT);
        paragraph.createRun().setText(text);
    }

    private static void indicatorTable(XWPFDocument word, List<IndicatorView> indicators) {
        XWPFTable table = word.createTable(indicators.size() + 1, 5);
        String[] headings = {"Indicator", "Measures", "Baseline to target", "How it is measured", "Data source"};
        XWPFTableRow header = table.getRow(0);
        header.setRepeatHeader(true);
        for (int i = 0; i < headings.length; i++) {
            header.getCell(i).setText(headings[i]);
        }
        for (int r = 0; r < indicators.size(); r++) {
            IndicatorDraft d = indicators.get(r).details();
            XWPFTableRow row = table.getRow(r + 1);
            row.getCell(0).setText(d.name());
            row.getCell(1).setText(d.kind().label());
            row.getCell(2).setText(range(d));
            row.getCell(3).setText(d.method().label() + (d.frequency() == null ? ""
                    : ", " + d.frequency().label().toLowerCase(Locale.ROOT)));
            row.getCell(4).setText(d.dataSource() == null ? "" : d.dataSource());
        }
        word.createParagraph();
    }

    /** "40 to 60 % (increase)", with "not known" and "not set" for a missing baseline or target. */
    public static String range(IndicatorDraft d) {
        return (d.baseline() == null ? "not known" : d.baseline().toPlainString()) + " to "
                + (d.target() == null ? "not set" : d.target().toPlainString())
                + (d.unit() == null ? "" : " " + d.unit()) + " (" + d.direction().label().toLowerCase(Locale.ROOT)
                + ")";
    }
}
