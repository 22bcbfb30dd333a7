package org.tandem.prioritisation;

/** Where a proposal stands after review. */
public enum ProposalStatus {
    SUBMITTED("Submitted"), ACCEPTED("Accepted for the vote"), REJECTED("Not taken forward"),
    MERGED("Merged with another proposal");

    private final String label;

    ProposalStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
