package org.tandem.outcomes.web;

import java.util.Arrays;
import java.util.List;
import org.springframework.ui.Model;
import org.tandem.coproduction.ParticipantKind;
import org.tandem.outcomes.BottomLine;
import org.tandem.outcomes.Direction;
import org.tandem.outcomes.Frequency;
import org.tandem.outcomes.IndicatorKind;
import org.tandem.outcomes.InterventionPathway;
import org.tandem.outcomes.MeasurementMethod;
import org.tandem.outcomes.OutcomeLevel;
import org.tandem.outcomes.PreventionLevel;
import org.tandem.outcomes.ValueType;
import org.tandem.outcomes.WayToWellbeing;
import org.tandem.outcomes.WellbeingElement;
import org.tandem.platform.Choice;

/** The classification's options as the outcome and indicator forms offer them, each with its description. */
final class ChoiceLists {

    private ChoiceLists() {
    }

    static void outcome(Model model) {
        model.addAttribute("levels", open(Arrays.stream(OutcomeLevel.values())
                .map(v -> new Choice(v.name(), v.label(), v.description())).toList()));
        model.addAttribute("valueTypes", open(Arrays.stream(ValueType.values())
                .map(v -> new Choice(v.name(), v.label(), v.description())).toList()));
        model.addAttribute("elements", open(Arrays.stream(WellbeingElement.values())
                .map(v -> new Choice(v.name(), v.fullLabel(), v.description())).toList()));
        model.addAttribute("ways", Arrays.stream(WayToWellbeing.values())
                .map(v -> new Choice(v.name(), v.label(), v.description())).toList());
        model.addAttribute("bottomLines", Arrays.stream(BottomLine.values())
                .map(v -> new Choice(v.name(), v.label(), v.description())).toList());
        model.addAttribute("preventionLevels", open(Arrays.stream(PreventionLevel.values())
                .map(v -> new Choice(v.name(), v.label(), v.description())).toList()));
        model.addAttribute("pathways", open(Arrays.stream(InterventionPathway.values())
                .map(v -> new Choice(v.name(), v.label(), v.description())).toList()));
        model.addAttribute("kinds", Arrays.stream(ParticipantKind.values())
                .map(v -> new Choice(v.name(), v.label(), null)).toList());
    }

    static void indicator(Model model) {
        model.addAttribute("indicatorKinds", Arrays.stream(IndicatorKind.values())
                .map(v -> new Choice(v.name(), v.label(), v.description())).toList());
        model.addAttribute("directions", Arrays.stream(Direction.values())
                .map(v -> new Choice(v.name(), v.label(), v.description())).toList());
        model.addAttribute("frequencies", Choice.of(Frequency.class, Frequency::label));
        model.addAttribute("methods", Arrays.stream(MeasurementMethod.values())
                .map(v -> new Choice(v.name(), v.label(), v.description())).toList());
    }

    /** An optional question's options, led by one for leaving it open, so a choice can be taken back. */
    private static List<Choice> open(List<Choice> choices) {
        List<Choice> all = new java.util.ArrayList<>();
        all.add(new Choice("", "Not decided yet", null));
        all.addAll(choices);
        return all;
    }

    static List<String> names(java.util.Collection<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).toList();
    }
}
