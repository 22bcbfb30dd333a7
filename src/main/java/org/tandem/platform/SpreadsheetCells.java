package org.tandem.platform;

/**
 * Text going into a CSV export that people will open in a spreadsheet. A cell starting with = + - @ (or a tab or a
 * carriage return) is run as a formula, so anyone who typed one into a title or a name could have it run on the
 * computer of whoever opens the export (OWASP, "CSV injection"). Such cells get a leading apostrophe.
 */
public final class SpreadsheetCells {

    private SpreadsheetCells() {
    }

    /** The text as it is safe to write to a cell; null stays null (written as an empty cell). */
    public static String safe(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        return "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }
}
