package org.tandem.prioritisation;

/** The six phases of a participatory-budgeting process, in the order they run. */
public enum PbPhase {
    PROPOSAL_COLLECTION("Proposal collection", "Residents put forward ideas for spending the budget"),
    REVIEW_AND_COSTING("Review and costing", "Officers check each idea can be done and what it would really cost"),
    VOTING("Voting", "Residents who may take part choose the proposals they want funded"),
    COUNTING("Counting", "The votes are counted by the rule the process set"),
    RESULTS("Results", "The winning proposals are published, with why each won or lost"),
    IMPLEMENTATION("Implementation", "The funded proposals are delivered and progress is reported");

    private final String label;
    private final String description;

    PbPhase(String label, String description) {
        this.label = label;
        this.description = description;
    }

    public String label() {
        return label;
    }

    public String description() {
        return description;
    }
}
