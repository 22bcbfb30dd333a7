package org.tandem.platform;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The plain tables of an XLSX export: a sheet with a bold, frozen heading row, then one row per record, numbers as
 * numbers and text as text (guarded by {@link SpreadsheetCells#safe}, since exports are often saved on as CSV).
 */
public final class Worksheets {

    private Worksheets() {
    }

    /** A bold style for headings, made once per workbook. */
    public static CellStyle bold(SXSSFWorkbook workbook) {
        CellStyle bold = workbook.createCellStyle();
        Font font = workbook.createFont();
        font.setBold(true);
        bold.setFont(font);
        return bold;
    }

    public static Sheet sheet(SXSSFWorkbook workbook, String name, CellStyle bold, String... headings) {
        SXSSFSheet sheet = workbook.createSheet(name);
        sheet.setDefaultColumnWidth(28);
        Row row = sheet.createRow(0);
        for (int i = 0; i < headings.length; i++) {
            row.createCell(i).setCellValue(headings[i]);
            row.getCell(i).setCellStyle(bold);
        }
        sheet.createFreezePane(0, 1);
        return sheet;
    }

    /** Appends a row after the sheet's last one; null is an empty cell. */
    public static void row(Sheet sheet, Object... values) {
        Row row = sheet.createRow(sheet.getLastRowNum() + 1);
        for (int i = 0; i < values.length; i++) {
            Object value = values[i];
            if (value instanceof Number number) {
                row.createCell(i).setCellValue(number.doubleValue());
            } else {
                row.createCell(i).setCellValue(value == null ? "" : SpreadsheetCells.safe(value.toString()));
            }
        }
    }
}
