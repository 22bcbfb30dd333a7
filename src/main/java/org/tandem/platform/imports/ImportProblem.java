package org.tandem.platform.imports;

/**
 * One thing wrong with an imported file. Rows count as people see them in a spreadsheet: the header is row 1.
 * {@code column} is null for a problem with a whole row or the whole file.
 */
public record ImportProblem(long row, String column, String message) {

    public String describe() {
        String where = row > 0 ? "Row " + row : "The file";
        return where + (column != null ? ", column '" + column + "'" : "") + ": " + message;
    }
}
