package org.tandem.prioritisation.ballots;

/** Ballots counted so far: online (each voter's last) and paper sheets whose entries agree. */
public record Turnout(long online, long paper) {

    public long total() {
        return online + paper;
    }
}
