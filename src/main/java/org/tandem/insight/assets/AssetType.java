package org.tandem.insight.assets;

/**
 * The kinds of community asset NEF's guide asks commissioners to map (seed 000, "Mapping local assets", Figure 9,
 * adapted from Foot and Hopkins): assets "in the widest possible sense", people's skills and time as well as
 * buildings and money.
 */
public enum AssetType {
    PEOPLE("People's skills and knowledge",
            "What individuals know and can do, and the time they give: a retired mechanic, a peer mentor", "purple"),
    ASSOCIATIONS("Associations and groups",
            "Clubs, faith groups, tenants' associations, peer support and self-help groups", "turquoise"),
    ORGANISATIONS("Organisations",
            "Charities, social enterprises, schools, libraries and public services", "blue"),
    PHYSICAL("Physical spaces",
            "Community centres, halls, parks, allotments, sports grounds and other places to meet", "green"),
    ECONOMIC("Economic resources",
            "Local businesses, credit unions, small grants and other money or work", "yellow"),
    CULTURAL("Cultural and heritage assets",
            "Museums, arts groups, music, history and the traditions of the area", "pink");

    private final String label;
    private final String description;
    private final String colour;

    AssetType(String label, String description, String colour) {
        this.label = label;
        this.description = description;
        this.colour = colour;
    }

    /** The GOV.UK tag colour the type is shown in, so types can be told apart at a glance (and by their words). */
    public String tagClass() {
        return "govuk-tag--" + colour;
    }

    public String label() {
        return label;
    }

    public String description() {
        return description;
    }
}
