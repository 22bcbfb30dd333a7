package org.tandem.outcomes;

/** Where on the problem-intervention pathway an outcome sits (seed 002, Figure 3). */
public enum InterventionPathway {
    PREVENTION("Prevention", "Stops a problem arising"),
    DETECTION("Detection", "Spots a problem early, often by citizens close to it"),
    TREATMENT("Treatment", "Deals with a problem once it has arisen"),
    REHABILITATION("Rehabilitation", "Helps people recover and rebuild after treatment");

    private final String label;
    private final String description;

    InterventionPathway(String label, String description) {
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
