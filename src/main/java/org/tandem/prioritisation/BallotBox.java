package org.tandem.prioritisation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.UUID;
import org.tandem.prioritisation.pabulib.PabulibFile;

/**
 * The counted ballots of a process, anonymised, as the Pabulib file results are counted from and published. Each
 * voter appears once, with their last ballot; paper sheets appear once two officers' entries agree (or a supervisor
 * settled them). A voter is known in the file only by {@link #receiptId} of the receipt code they were given.
 */
public interface BallotBox {

    /**
     * The {@code district} a file gives a project that is for the whole process, and a voter who chose no area:
     * such projects are voted on by everyone and paid from what the areas' own budgets leave.
     */
    String ALL_AREAS = "All areas";

    /** The file; a process of another organisation is not found. */
    PabulibFile countedBallots(UUID organisationId, UUID processId);

    /**
     * Once voting has closed and the ballots are counted: forgets which voter cast which ballot, for good, so that
     * not even the server's secret links a ballot to a voter. The process takes no more online ballots after this.
     * True the first time; false when they were unlinked already.
     */
    boolean unlinkVoters(UUID organisationId, UUID processId);

    /**
     * The public id of a receipt code, as {@code voter_id} in the file: the SHA-256, in lower-case hex, of the code
     * in capitals as printed, four groups of four joined by hyphens ("K7QM-4TZB-XW9C-PLMN"). Spaces, missing hyphens
     * and lower case are forgiven, so a voter can type their receipt however they wrote it down.
     */
    static String receiptId(String receiptCode) {
        String letters = receiptCode == null ? "" : receiptCode.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        StringBuilder printed = new StringBuilder();
        for (int i = 0; i < letters.length(); i++) {
            if (i > 0 && i % 4 == 0) {
                printed.append('-');
            }
            printed.append(letters.charAt(i));
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(printed.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
