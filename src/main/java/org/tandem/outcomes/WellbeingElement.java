package org.tandem.outcomes;

import java.util.Arrays;
import java.util.List;

/**
 * The elements of NEF's dynamic model of well-being (seed 000, Figure 2). Good feelings depend on how well people
 * function (autonomy, competence and relatedness, the needs of self-determination theory), which is shaped by their
 * personal resources and external conditions. Lambeth found its outcomes for young people were nearly all about
 * external conditions and personal resources until young people were asked: they named functionings.
 */
public enum WellbeingElement {
    EXTERNAL_CONDITIONS(Group.EXTERNAL_CONDITIONS, "External conditions",
            "The material and social conditions people live in: income, housing, safety, green space"),
    PERSONAL_RESOURCES(Group.PERSONAL_RESOURCES, "Personal resources",
            "Fairly stable things about a person that shape what they do: health, optimism, self-esteem"),
    AUTONOMY(Group.FUNCTIONINGS, "Autonomy", "A feeling of choice and authenticity about your thoughts and behaviour"),
    COMPETENCE(Group.FUNCTIONINGS, "Competence",
            "A sense of efficacy and self-esteem, that you can make a difference to the world around you"),
    RELATEDNESS(Group.FUNCTIONINGS, "Relatedness", "The feeling that people care about you and that you are close "
            + "to others"),
    GOOD_FEELINGS(Group.GOOD_FEELINGS, "Good feelings", "Feeling good day to day and satisfied with life overall");

    /** The model's four boxes; functionings holds three elements. */
    public enum Group {
        EXTERNAL_CONDITIONS("External conditions"), PERSONAL_RESOURCES("Personal resources"),
        FUNCTIONINGS("Functionings"), GOOD_FEELINGS("Good feelings");

        private final String label;

        Group(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        public List<WellbeingElement> elements() {
            return Arrays.stream(WellbeingElement.values()).filter(e -> e.group == this).toList();
        }
    }

    private final Group group;
    private final String label;
    private final String description;

    WellbeingElement(Group group, String label, String description) {
        this.group = group;
        this.label = label;
        this.description = description;
    }

    public Group group() {
        return group;
    }

    public String label() {
        return label;
    }

    /** "Functionings: autonomy" for the three functionings, the element's own name for the others. */
    public String fullLabel() {
        return group == Group.FUNCTIONINGS ? "Functionings: " + label.toLowerCase(java.util.Locale.ROOT) : label;
    }

    public String description() {
        return description;
    }
}
