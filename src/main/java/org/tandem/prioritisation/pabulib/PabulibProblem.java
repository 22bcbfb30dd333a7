package org.tandem.prioritisation.pabulib;

/**
 * One thing wrong with a {@code .pb} file: the line it is on (1 for the first line), the field (a column name such
 * as {@code cost}, or a META key; null when the whole line is wrong) and what is wrong.
 */
public record PabulibProblem(int line, String field, String message) {

    @Override
    public String toString() {
        return "line " + line + (field == null ? "" : ", field " + field) + ": " + message;
    }
}
