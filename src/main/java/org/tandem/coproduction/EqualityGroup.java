package org.tandem.coproduction;

import java.util.Arrays;
import java.util.List;

/**
 * The groups an activity's equalities profile counts people in: aggregate counts only, never about a named person.
 * Age bands suit services for children, young people and adults; ethnic groups are the five high-level groups of
 * the 2021 census in England and Wales. Each dimension has "prefer not to say" and "not known".
 */
public enum EqualityGroup {
    AGE_UNDER_11(EqualityDimension.AGE, "Under 11"),
    AGE_11_TO_15(EqualityDimension.AGE, "11 to 15"),
    AGE_16_TO_18(EqualityDimension.AGE, "16 to 18"),
    AGE_19_TO_25(EqualityDimension.AGE, "19 to 25"),
    AGE_26_TO_64(EqualityDimension.AGE, "26 to 64"),
    AGE_65_AND_OVER(EqualityDimension.AGE, "65 and over"),
    AGE_PREFER_NOT_TO_SAY(EqualityDimension.AGE, "Prefer not to say"),
    AGE_NOT_KNOWN(EqualityDimension.AGE, "Not known"),
    DISABLED(EqualityDimension.DISABILITY, "Disabled"),
    NOT_DISABLED(EqualityDimension.DISABILITY, "Not disabled"),
    DISABILITY_PREFER_NOT_TO_SAY(EqualityDimension.DISABILITY, "Prefer not to say"),
    DISABILITY_NOT_KNOWN(EqualityDimension.DISABILITY, "Not known"),
    ASIAN(EqualityDimension.ETHNICITY, "Asian or Asian British"),
    BLACK(EqualityDimension.ETHNICITY, "Black, Black British, Caribbean or African"),
    MIXED(EqualityDimension.ETHNICITY, "Mixed or multiple ethnic groups"),
    WHITE(EqualityDimension.ETHNICITY, "White"),
    OTHER_ETHNIC_GROUP(EqualityDimension.ETHNICITY, "Another ethnic group"),
    ETHNICITY_PREFER_NOT_TO_SAY(EqualityDimension.ETHNICITY, "Prefer not to say"),
    ETHNICITY_NOT_KNOWN(EqualityDimension.ETHNICITY, "Not known");

    private final EqualityDimension dimension;
    private final String label;

    EqualityGroup(EqualityDimension dimension, String label) {
        this.dimension = dimension;
        this.label = label;
    }

    public EqualityDimension dimension() {
        return dimension;
    }

    public String label() {
        return label;
    }

    public static List<EqualityGroup> of(EqualityDimension dimension) {
        return Arrays.stream(values()).filter(g -> g.dimension == dimension).toList();
    }
}
