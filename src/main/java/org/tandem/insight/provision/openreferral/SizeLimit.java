package org.tandem.insight.provision.openreferral;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Stops reading an upload past a size limit, so a huge file is refused with a clear message instead of filling the
 * memory. {@link #close} does not close the stream underneath when it is shielded (a ZIP entry read by a CSV
 * reader that closes what it reads).
 */
final class SizeLimit extends FilterInputStream {

    /** Thrown when the limit is passed. */
    static final class TooLarge extends IOException {
        TooLarge(long limit) {
            super("is larger than " + (limit / (1024 * 1024)) + " MB, the most Tandem accepts for an import");
        }
    }

    private final long limit;
    private final boolean shielded;
    private long read;

    private SizeLimit(InputStream in, long limit, boolean shielded) {
        super(in);
        this.limit = limit;
        this.shielded = shielded;
    }

    static SizeLimit of(InputStream in, long limit) {
        return new SizeLimit(in, limit, false);
    }

    /** For one entry of a ZIP: the limit applies to the entry as unpacked, and closing leaves the ZIP open. */
    static SizeLimit entry(InputStream zip, long limit) {
        return new SizeLimit(zip, limit, true);
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            count(n);
        }
        return n;
    }

    @Override
    public void close() throws IOException {
        if (!shielded) {
            super.close();
        }
    }

    private void count(int n) throws TooLarge {
        read += n;
        if (read > limit) {
            throw new TooLarge(limit);
        }
    }
}
