package org.tandem.insight.quality.web;

import org.springframework.validation.Errors;
import org.tandem.insight.quality.AreaDraft;
import org.tandem.insight.quality.QualityArea;
import org.tandem.platform.SelfChecking;

/** A quality area as typed: its name, the question it asks, and what green, amber and red look like. */
public record AreaForm(String name, String question, String greenGuide, String amberGuide, String redGuide)
        implements SelfChecking {

    static AreaForm blank() {
        return new AreaForm("", "", "", "", "");
    }

    static AreaForm of(QualityArea area) {
        return new AreaForm(area.name(), area.question(), area.greenGuide(), area.amberGuide(), area.redGuide());
    }

    @Override
    public void check(Errors errors) {
        check(name, question, greenGuide, amberGuide, redGuide, errors);
    }

    /** Shared with the API: a name is needed; the guide can be finished later, but before visits start. */
    static void check(String name, String question, String green, String amber, String red, Errors errors) {
        Inputs.required(name, AreaDraft.NAME_MAX, "name", "Enter a name for the quality area", "Name", errors);
        Inputs.limit(question, AreaDraft.TEXT_MAX, "question", "The question", errors);
        Inputs.limit(green, AreaDraft.TEXT_MAX, "greenGuide", "What green looks like", errors);
        Inputs.limit(amber, AreaDraft.TEXT_MAX, "amberGuide", "What amber looks like", errors);
        Inputs.limit(red, AreaDraft.TEXT_MAX, "redGuide", "What red looks like", errors);
    }

    AreaDraft toDraft() {
        return draft(name, question, greenGuide, amberGuide, redGuide);
    }

    static AreaDraft draft(String name, String question, String green, String amber, String red) {
        return new AreaDraft(name.strip().replaceAll("\\s+", " "), Inputs.text(question), Inputs.text(green),
                Inputs.text(amber), Inputs.text(red));
    }
}
