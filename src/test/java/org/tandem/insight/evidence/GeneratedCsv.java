package org.tandem.insight.evidence;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Dataset files made on the fly, a row at a time, so a test can send hundreds of megabytes without holding them:
 * the values are deterministic, and every (indicator, area, period) is different.
 */
final class GeneratedCsv extends InputStream {

    static final String[] AREAS = {"MB01", "MB02", "MB03", "MB04", "MB05", "MB06", "MB07", "MB08", "MB09", "MB10",
            "Whole area"};
    static final int INDICATORS = 200;

    private final long rows;
    private final String padding;
    private byte[] current = "indicator,area,period,value,unit,note\n".getBytes(StandardCharsets.UTF_8);
    private int at;
    private long row;

    /** {@code rows} rows of data, each with a note column of {@code noteLength} characters (ignored on import). */
    GeneratedCsv(long rows, int noteLength) {
        this.rows = rows;
        this.padding = "x".repeat(noteLength);
    }

    @Override
    public int read() {
        if (at == current.length && !next()) {
            return -1;
        }
        return current[at++] & 0xff;
    }

    @Override
    public int read(byte[] into, int offset, int length) {
        if (length == 0) {
            return 0;
        }
        if (at == current.length && !next()) {
            return -1;
        }
        int n = Math.min(length, current.length - at);
        System.arraycopy(current, at, into, offset, n);
        at += n;
        return n;
    }

    private boolean next() {
        if (row == rows) {
            return false;
        }
        long combination = row++;
        long indicator = combination % INDICATORS;
        long area = (combination / INDICATORS) % AREAS.length;
        long period = combination / ((long) INDICATORS * AREAS.length);
        current = ("Indicator " + indicator + "," + AREAS[(int) area] + "," + (2000 + period) + ","
                + (combination % 997) + "." + (combination % 10) + ",per 1000," + padding + "\n")
                .getBytes(StandardCharsets.UTF_8);
        at = 0;
        return true;
    }
}
