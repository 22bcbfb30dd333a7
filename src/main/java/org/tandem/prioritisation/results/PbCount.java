package org.tandem.prioritisation.results;

import java.time.Instant;
import java.util.UUID;
import org.tandem.prioritisation.counting.CountingMethod;

/**
 * One count of a process's ballots: the method, the file counted (by name, size in voters and SHA-256), what it
 * found, who counted it and when, and whether it is published or was superseded by a recount.
 */
public record PbCount(UUID id, UUID organisationId, UUID processId, CountingMethod method, String fileName,
                      String ballotsSha256, int voters, CountFindings findings, String countedByName,
                      Instant countedAt, Instant publishedAt, String publishedByName, String publishReason,
                      UUID supersededBy, Instant supersededAt) {

    public boolean published() {
        return publishedAt != null;
    }

    public boolean current() {
        return supersededBy == null;
    }

    /** The command that recounts the downloaded file and gets the same winners. */
    public String recountCommand() {
        String file = "FILE.pb";
        return switch (method.rule()) {
            case GREEDY -> "./tandem pb count " + file + " --rule greedy";
            case EQUAL_SHARES -> "./tandem pb count " + file + " --rule mes --utility " + method.utility().code()
                    + " --completion " + method.completion().code();
        };
    }
}
