package org.tandem.prioritisation.ballots;

import java.util.UUID;

/** Who is voting online: a signed-in person, or the holder of a paper code (known only by its key). */
public sealed interface Voter {

    record SignedIn(UUID personId) implements Voter {
    }

    /** {@code voterKey} is what {@link BallotService#codeHolder} gave for the code; the code itself is not kept. */
    record CodeHolder(String voterKey) implements Voter {
    }
}
