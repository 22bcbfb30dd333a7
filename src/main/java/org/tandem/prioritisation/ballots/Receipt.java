package org.tandem.prioritisation.ballots;

import java.io.Serializable;

/** What a voter keeps (serialisable: it passes through the session to the receipt page) after casting: the receipt code, shown once, and whether this replaced an earlier ballot. */
public record Receipt(String code, boolean replacedEarlierBallot) implements Serializable {
}
