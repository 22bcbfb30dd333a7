package org.tandem.outcomes;

/**
 * What an indicator counts. Seed 004 warns that outputs used as proxies for outcomes bring back a target culture;
 * contracts need a mix, with most indicators measuring outcomes.
 */
public enum IndicatorKind {
    OUTCOME("Outcome", "A change in people's lives, the thing the outcome is about"),
    OUTPUT("Output", "What the service does or delivers: sessions run, people seen"),
    PROXY("Proxy", "Stands in for an outcome that is hard to measure directly, such as satisfaction");

    private final String label;
    private final String description;

    IndicatorKind(String label, String description) {
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
