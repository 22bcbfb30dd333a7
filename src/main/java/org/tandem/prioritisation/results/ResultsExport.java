package org.tandem.prioritisation.results;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.tandem.platform.SpreadsheetCells;
import org.tandem.platform.Worksheets;

/**
 * A count's results as a spreadsheet: one row per project with what the count decided and why, and what the other
 * rule would have decided. The CSV and the XLSX hold the same columns; the XLSX adds the totals of both rules.
 */
public final class ResultsExport {

    static final String[] COLUMNS = {"Proposal", "Title", "Area", "Cost (£)", "Supporters", "Points",
        "Result", "Order funded", "Price per supporter (£)", "Why", "Greedy by support", "Equal shares",
        "Place by support"};

    private ResultsExport() {
    }

    public static byte[] csv(PbCount count) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
             CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180)) {
            csv.printRecord((Object[]) COLUMNS);
            for (List<Object> row : rows(count)) {
                csv.printRecord(row.stream().map(v -> v instanceof String s ? SpreadsheetCells.safe(s) : v).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    public static byte[] xlsx(PbCount count) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
            CellStyle bold = Worksheets.bold(workbook);
            Sheet projects = Worksheets.sheet(workbook, "Results", bold, COLUMNS);
            for (List<Object> row : rows(count)) {
                Worksheets.row(projects, row.toArray());
            }
            Sheet totals = Worksheets.sheet(workbook, "Greedy and equal shares", bold, "", "Greedy by support",
                    "Method of Equal Shares");
            RuleResult greedy = count.findings().greedy();
            RuleResult mes = count.findings().equalShares();
            Worksheets.row(totals, "Method", greedy.label(), mes.label());
            Worksheets.row(totals, "Voters", greedy.voters(), mes.voters());
            Worksheets.row(totals, "Voters with a funded project they supported", greedy.votersWithAWinner(),
                    mes.votersWithAWinner());
            Worksheets.row(totals, "Budget (£)", greedy.budget(), mes.budget());
            Worksheets.row(totals, "Budget used (£)", greedy.budgetUsed(), mes.budgetUsed());
            Worksheets.row(totals, "Projects funded", greedy.winners().size(), mes.winners().size());
            if (count.findings().byArea()) {
                areas(workbook, bold, count.findings());
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            workbook.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** For a process counted area by area: each area's budget, ballots and what each rule funded in it. */
    private static void areas(SXSSFWorkbook workbook, CellStyle bold, CountFindings findings) {
        Sheet areas = Worksheets.sheet(workbook, "Areas", bold, "Area", "Budget (£)", "Ballots",
                "Budget used (£)", "Projects funded", "Greedy: budget used (£)", "Greedy: projects funded",
                "Equal shares: budget used (£)", "Equal shares: projects funded", "Ballots file SHA-256");
        for (CountFindings.AreaFindings a : findings.areas()) {
            RuleResult counted = a.counted(findings.countedBy());
            Worksheets.row(areas, a.name(), a.budget(), a.voters(), counted.budgetUsed(),
                    counted.winners().size(), a.greedy().budgetUsed(), a.greedy().winners().size(),
                    a.equalShares().budgetUsed(), a.equalShares().winners().size(), a.ballotsSha256());
        }
    }

    private static List<List<Object>> rows(PbCount count) {
        CountFindings findings = count.findings();
        List<List<Object>> rows = new ArrayList<>();
        for (ProjectResult p : findings.counted().projects()) {
            ProjectResult greedy = findings.greedy().project(p.number());
            ProjectResult mes = findings.equalShares().project(p.number());
            List<Object> row = new ArrayList<>();
            row.add(p.number());
            row.add(p.title());
            row.add(p.district() == null ? "" : p.district());
            row.add(p.cost());
            row.add(p.supporters());
            row.add(p.score());
            row.add(p.funded() ? "Funded" : "Not funded");
            row.add(p.funded() ? (Object) p.fundedOrder() : "");
            row.add(p.pricePerSupporter() == null ? "" : Amounts.pounds(p.pricePerSupporter()).replace("£", ""));
            row.add(p.explanation());
            row.add(greedy.funded() ? "Funded" : "Not funded");
            row.add(mes.funded() ? "Funded" : "Not funded");
            row.add(p.placeBySupport());
            rows.add(row);
        }
        return rows;
    }
}
