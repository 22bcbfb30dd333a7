package org.tandem.prioritisation.process;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import java.util.UUID;

/**
 * Single-use codes printed on paper for residents without an account: twelve letters and digits (no 0/O or 1/I, which
 * are misread on paper) in three groups, about 60 bits of chance. Only a hash of the code, salted with its
 * process, is kept, so a copy of the database reveals no code and a code works in one process only.
 */
final class VerificationCodes {

    static final int MAX_PER_BATCH = 10_000;
    private static final char[] ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private VerificationCodes() {
    }

    /** For example, K7QM-4TZB-XW9C. */
    static String generate() {
        StringBuilder code = new StringBuilder(14);
        for (int i = 0; i < 12; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return code.toString();
    }

    /** Typed codes match however they are spaced, hyphenated or capitalised. */
    static String hash(UUID processId, String code) {
        String normalised = code == null ? "" : code.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest((processId + ":" + normalised)
                    .getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
