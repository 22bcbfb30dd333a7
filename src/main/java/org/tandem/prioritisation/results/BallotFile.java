package org.tandem.prioritisation.results;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.tandem.prioritisation.pabulib.PabulibException;
import org.tandem.prioritisation.pabulib.PabulibFile;
import org.tandem.prioritisation.pabulib.PabulibReader;
import org.tandem.prioritisation.pabulib.PabulibValidator;

/**
 * A Pabulib {@code .pb} file of ballots, byte for byte as it was given: what is counted, stored and offered for
 * download is exactly this, so anyone's recount starts from the same bytes (their SHA-256 is published beside it).
 */
public record BallotFile(String name, byte[] bytes) {

    /** 20 MB holds some 400,000 approval ballots; a file this big is refused before any of it is read. */
    public static final long MAX_BYTES = 20L * 1024 * 1024;

    /** Reads an upload, refusing at once one whose size is already known to pass the limit. */
    public static BallotFile upload(String name, long size, InputStream in) throws IOException {
        if (size > MAX_BYTES) {
            throw tooBig();
        }
        byte[] bytes = in.readNBytes((int) MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            throw tooBig();
        }
        if (bytes.length == 0) {
            throw new BallotFileRefused("The file is empty: choose the .pb file of the ballots");
        }
        return new BallotFile(name == null || name.isBlank() ? "ballots.pb" : name.strip(), bytes);
    }

    private static BallotFileRefused tooBig() {
        return new BallotFileRefused("The file is larger than " + (MAX_BYTES / (1024 * 1024))
                + " MB, the most Tandem counts; nothing was read");
    }

    /** The file as text: not UTF-8 is reported by the reader, line by line. */
    public String text() {
        return StandardCharsets.UTF_8.decode(java.nio.ByteBuffer.wrap(bytes)).toString();
    }

    /** The whole file read and checked; every problem with its line and field when it is not a valid file. */
    public PabulibFile read() {
        var problems = PabulibValidator.validate(new StringReader(text()));
        if (!problems.isEmpty()) {
            throw new BallotFileRefused(problems);
        }
        try {
            return PabulibReader.readFile(new StringReader(text()));
        } catch (PabulibException e) {
            throw new BallotFileRefused(e.problems());
        }
    }

    public String sha256() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Lines of the text, for finding where a section or a META key is. */
    List<String> lines() {
        return text().lines().toList();
    }
}
