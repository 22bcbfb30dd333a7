package org.tandem.prioritisation;

/** How a process knows that someone may take part. */
public enum Eligibility {
    SIGNED_IN("Signed-in citizens", "People with a Tandem account in the organisation take part once signed in"),
    VERIFICATION_CODE("Verification codes on paper",
            "Each resident is posted a single-use code and uses it to take part, without an account");

    private final String label;
    private final String description;

    Eligibility(String label, String description) {
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
