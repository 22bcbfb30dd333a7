package org.tandem.insight.provision.web;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.tandem.insight.provision.FundedService;
import org.tandem.insight.provision.NeedAddressed;
import org.tandem.insight.provision.ProvisionTotals;
import org.tandem.insight.wards.Ward;

/**
 * The baseline as a spreadsheet: one sheet of services, one of totals. Money and dates are real numbers and dates
 * in the cells (formatted as £ and as days), so people can sort and add them up. Streamed with POI's SXSSF, which
 * keeps only a window of rows in memory however long the baseline.
 */
final class BaselineWorkbook {

    static final String SERVICES = "Services";
    static final String TOTALS = "Totals";
    private static final List<String> HEADINGS = List.of("Service", "Provider", "Provider on Tandem", "Client group",
            "Where", "Funding", "Total a year (£)", "Contract ends", "People reached a year", "Outcomes claimed",
            "Needs addressed", "Overlaps and gaps", "Description");

    private BaselineWorkbook() {
    }

    static void write(List<FundedService> services, ProvisionTotals totals, OutputStream out) {
        try (SXSSFWorkbook book = new SXSSFWorkbook(100)) {
            Styles styles = new Styles(book);
            SXSSFSheet sheet = book.createSheet(SERVICES);
            sheet.trackAllColumnsForAutoSizing();
            heading(sheet.createRow(0), HEADINGS, styles);
            int r = 1;
            for (FundedService s : services) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(s.name());
                row.createCell(1).setCellValue(s.providerName());
                row.createCell(2).setCellValue(s.providerOrganisationId() != null ? "Yes" : "No");
                row.createCell(3).setCellValue(s.clientGroup().label());
                row.createCell(4).setCellValue(s.boroughWide() ? "Borough-wide"
                        : s.wards().stream().map(Ward::name).collect(Collectors.joining(", ")));
                row.createCell(5).setCellValue(s.fundingLines().stream()
                        .map(l -> l.source().label() + " " + l.annualAmount().formatted())
                        .collect(Collectors.joining("; ")));
                money(row, 6, s.annualTotal().amount().doubleValue(), styles);
                if (s.contractEndsOn() != null) {
                    row.createCell(7).setCellValue(s.contractEndsOn());
                    row.getCell(7).setCellStyle(styles.date);
                }
                if (s.peopleReachedPerYear() != null) {
                    row.createCell(8).setCellValue(s.peopleReachedPerYear());
                }
                row.createCell(9).setCellValue(String.join("; ", s.outcomesClaimed()));
                row.createCell(10).setCellValue(s.needsAddressed().stream().map(NeedAddressed::title)
                        .collect(Collectors.joining("; ")));
                row.createCell(11).setCellValue(s.overlapsAndGaps() == null ? "" : s.overlapsAndGaps());
                row.createCell(12).setCellValue(s.description() == null ? "" : s.description());
            }
            sheet.createFreezePane(1, 1);
            for (int c = 0; c < 9; c++) {
                sheet.autoSizeColumn(c);
            }
            totals(book.createSheet(TOTALS), totals, styles);
            book.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void totals(Sheet sheet, ProvisionTotals totals, Styles styles) {
        int r = 0;
        Row first = sheet.createRow(r++);
        first.createCell(0).setCellValue("All services");
        first.createCell(1).setCellValue(totals.services());
        money(first, 2, totals.total().amount().doubleValue(), styles);
        r = section(sheet, r + 1, "Client group", totals.byClientGroup(), styles);
        List<ProvisionTotals.Row> wards = new java.util.ArrayList<>(totals.byWard());
        wards.add(totals.boroughWide());
        r = section(sheet, r + 1, "Ward (a borough-wide service is counted once, as Borough-wide)", wards, styles);
        r = section(sheet, r + 1, "Funding source", totals.bySource(), styles);
        r++;
        heading(sheet.createRow(r++), List.of("Contracts ending", "Services", "£ a year"), styles);
        for (var ending : List.of(totals.within12Months(), totals.within24Months())) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue("By " + org.tandem.platform.Timestamps.longDate(ending.by()));
            row.createCell(1).setCellValue(ending.services());
            money(row, 2, ending.value().amount().doubleValue(), styles);
        }
        sheet.setColumnWidth(0, 60 * 256);
        sheet.setColumnWidth(2, 16 * 256);
    }

    private static int section(Sheet sheet, int r, String title, List<ProvisionTotals.Row> rows, Styles styles) {
        heading(sheet.createRow(r++), List.of(title, "Services", "£ a year"), styles);
        for (ProvisionTotals.Row line : rows) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(line.label());
            row.createCell(1).setCellValue(line.services());
            money(row, 2, line.value().amount().doubleValue(), styles);
        }
        return r;
    }

    private static void heading(Row row, List<String> headings, Styles styles) {
        for (int c = 0; c < headings.size(); c++) {
            row.createCell(c).setCellValue(headings.get(c));
            row.getCell(c).setCellStyle(styles.heading);
        }
    }

    /** A spreadsheet cell holds a double; pounds and pence of a public budget fit in one exactly enough to show. */
    private static void money(Row row, int column, double pounds, Styles styles) {
        row.createCell(column).setCellValue(pounds);
        row.getCell(column).setCellStyle(styles.money);
    }

    private static final class Styles {
        final CellStyle heading;
        final CellStyle money;
        final CellStyle date;

        Styles(SXSSFWorkbook book) {
            Font bold = book.createFont();
            bold.setBold(true);
            heading = book.createCellStyle();
            heading.setFont(bold);
            money = book.createCellStyle();
            money.setDataFormat(book.createDataFormat().getFormat("£#,##0.00"));
            date = book.createCellStyle();
            date.setDataFormat(book.createDataFormat().getFormat("d mmmm yyyy"));
        }
    }
}
