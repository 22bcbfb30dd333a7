package org.tandem.insight.assets.web;


/**
 * Reads choices and ids sent by forms, links and API clients. Anything that is not one of the expected values reads
 * as nothing, so tampered input is treated like a field left empty and never reaches a query.
 */
final class Inputs {

    private Inputs() {
    }

    /**
     * Trimmed text, or null when nothing was typed. Control characters other than line breaks and tabs are dropped:
     * nobody types them, and PostgreSQL cannot store a NUL.
     */
    static String text(String value) {
        if (value == null) {
            return null;
        }
        String cleaned = value.replaceAll("[\\p{Cntrl}&&[^\\n\\r\\t]]", "").strip();
        return cleaned.isEmpty() ? null : cleaned;
    }

    /**
     * A page number from a link or a typed address: anything that is not a number reads as the first page, and a
     * number too big for an int as the last page there could be, so no page number is ever refused.
     */
    static Integer page(String value) {
        if (value == null || !value.strip().matches("-?\\d{1,100}")) {
            return null;
        }
        String digits = value.strip();
        if (digits.startsWith("-")) {
            return 1;
        }
        return digits.length() > 9 ? Integer.MAX_VALUE : Integer.valueOf(digits);
    }
}
