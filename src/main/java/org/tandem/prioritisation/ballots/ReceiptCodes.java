package org.tandem.prioritisation.ballots;

import java.security.SecureRandom;

/**
 * Receipt codes: sixteen letters and digits in four groups, from an alphabet without 0/O, 1/I/L, which are misread
 * when written down (about 79 bits of chance). Only their SHA-256 is stored (the ballot's public receipt id).
 */
final class ReceiptCodes {

    private static final char[] ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private ReceiptCodes() {
    }

    /** For example, K7QM-4TZB-XW9C-PAMN. */
    static String generate() {
        StringBuilder code = new StringBuilder(19);
        for (int i = 0; i < 16; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return code.toString();
    }
}
