package org.tandem.prioritisation.ballots;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The server secret behind voters' keys (docs/decisions/0015-ballot-secrecy.md). It comes from
 * {@code tandem.ballots.secret} (TANDEM_BALLOT_SECRET, base64, at least 32 bytes) or, when that is not set, from
 * the file {@code ballot-secret} in the data directory, made on first use. It never goes into the database, so a
 * copy of the database alone cannot tell whose ballot is whose, nor whether a given person voted.
 */
@Component
class BallotSecret {

    private static final String HMAC = "HmacSHA256";
    private final byte[] key;

    BallotSecret(@Value("${tandem.ballots.secret:}") String configured, @Value("${tandem.data-dir}") String dataDir) {
        this.key = configured.isBlank() ? fromFile(Path.of(dataDir, "ballot-secret")) : decode(configured);
    }

    /** Who a voter is in one process: a person's id or a paper code, never stored as such. */
    String voterKey(UUID processId, String who) {
        return hmac("voter:" + processId + ":" + who);
    }

    /** What marks a voter's ballot so it can be replaced; a different HMAC, so it cannot be matched to the key. */
    String ownerTag(String voterKey) {
        return hmac("owner:" + voterKey);
    }

    private String hmac(String text) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(new SecretKeySpec(key, HMAC));
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", e);
        }
    }

    private static byte[] decode(String configured) {
        byte[] bytes = Base64.getDecoder().decode(configured.strip());
        if (bytes.length < 32) {
            throw new IllegalStateException("tandem.ballots.secret must be at least 32 bytes, base64-encoded");
        }
        return bytes;
    }

    private static synchronized byte[] fromFile(Path file) {
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(file.toAbsolutePath().getParent());
                byte[] fresh = new byte[32];
                new SecureRandom().nextBytes(fresh);
                try {
                    Files.writeString(file, Base64.getEncoder().encodeToString(fresh), StandardOpenOption.CREATE_NEW,
                            StandardOpenOption.WRITE);
                    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
                } catch (FileAlreadyExistsException anotherStartWasFirst) {
                    // Theirs is the secret: read it below.
                } catch (UnsupportedOperationException notPosix) {
                    // Windows: the data directory's own permissions protect the file.
                }
            }
            return decode(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or make the ballot secret " + file, e);
        }
    }
}
