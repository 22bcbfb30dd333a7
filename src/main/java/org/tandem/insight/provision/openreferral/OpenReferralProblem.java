package org.tandem.insight.provision.openreferral;

/**
 * One thing wrong with an Open Referral import, placed where the person can find it: a JSON pointer into a JSON
 * file (such as {@code /3/funding/0/source}), or a file, row and column of the CSV form.
 */
public record OpenReferralProblem(String file, long row, String column, String pointer, String message) {

    public static OpenReferralProblem at(String pointer, String message) {
        return new OpenReferralProblem(null, 0, null, pointer.isEmpty() ? "/" : pointer, message);
    }

    public static OpenReferralProblem inFile(String message) {
        return new OpenReferralProblem(null, 0, null, null, message);
    }

    /** The same problem placed in a CSV file instead of at a pointer. */
    public OpenReferralProblem inTable(String table, long rowNumber, String columnName) {
        return new OpenReferralProblem(table, rowNumber, columnName, null, message);
    }

    public String describe() {
        if (file != null) {
            return file + (row > 0 ? ", row " + row : "") + (column != null ? ", column '" + column + "'" : "")
                    + ": " + message;
        }
        return pointer != null ? "At " + pointer + ": " + message : "The file " + message;
    }
}
