package org.tandem.platform.imports;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Stops a file from being read past a size limit, or a line past a length limit, so a huge upload or a file with no
 * line breaks (binary junk) is refused with a clear message instead of filling the memory.
 */
final class BoundedReader extends FilterReader {

    /** Thrown when a limit is passed; turned into an {@link ImportProblem}. */
    static final class LimitPassed extends IOException {
        LimitPassed(String message) {
            super(message);
        }
    }

    private final long maxChars;
    private final int maxLine;
    private long read;
    private int lineLength;

    BoundedReader(Reader in, long maxChars, int maxLine) {
        super(in);
        this.maxChars = maxChars;
        this.maxLine = maxLine;
    }

    @Override
    public int read() throws IOException {
        int c = super.read();
        if (c >= 0) {
            count((char) c);
        }
        return c;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        for (int i = 0; i < n; i++) {
            count(buffer[offset + i]);
        }
        return n;
    }

    static String tooBig(long limit) {
        return "is larger than " + (limit / (1024 * 1024)) + " MB, the most Tandem accepts";
    }

    private void count(char c) throws LimitPassed {
        if (++read > maxChars) {
            throw new LimitPassed(tooBig(maxChars));
        }
        lineLength = c == '\n' ? 0 : lineLength + 1;
        if (lineLength > maxLine) {
            throw new LimitPassed("has a line longer than " + maxLine + " characters: it does not look like a CSV file");
        }
    }
}
