package org.tandem.outcomes.web;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.validation.Errors;
import org.tandem.coproduction.ParticipantKind;
import org.tandem.outcomes.BottomLine;
import org.tandem.outcomes.InterventionPathway;
import org.tandem.outcomes.OutcomeDraft;
import org.tandem.outcomes.OutcomeLevel;
import org.tandem.outcomes.OutcomeView;
import org.tandem.outcomes.PreventionLevel;
import org.tandem.outcomes.ValueType;
import org.tandem.outcomes.WayToWellbeing;
import org.tandem.outcomes.WellbeingElement;
import org.tandem.platform.FormValues;
import org.tandem.platform.SelfChecking;

/**
 * The outcome form as typed. Every choice is optional, but a value that is not one of the options (a tampered form)
 * is refused rather than quietly dropped, so nothing is saved that the person did not see.
 */
public record OutcomeForm(String ownWords, String professionalWording, String level, String valueType,
                          String wellbeingElement, List<String> fiveWays, List<String> bottomLines,
                          String preventionLevel, String pathway, List<String> shapedBy, Integer version)
        implements SelfChecking {

    public OutcomeForm {
        fiveWays = fiveWays == null ? List.of() : fiveWays;
        bottomLines = bottomLines == null ? List.of() : bottomLines;
        shapedBy = shapedBy == null ? List.of() : shapedBy;
        // "Not decided yet" is sent as an empty value, so an open question shows that option chosen.
        level = level == null ? "" : level;
        valueType = valueType == null ? "" : valueType;
        wellbeingElement = wellbeingElement == null ? "" : wellbeingElement;
        preventionLevel = preventionLevel == null ? "" : preventionLevel;
        pathway = pathway == null ? "" : pathway;
    }

    static OutcomeForm blank() {
        return new OutcomeForm("", "", null, null, null, List.of(), List.of(), null, null, List.of(), null);
    }

    static OutcomeForm of(OutcomeView outcome) {
        OutcomeDraft d = outcome.details();
        return new OutcomeForm(d.ownWords(), d.professionalWording(), name(d.level()), name(d.valueType()),
                name(d.wellbeingElement()), ChoiceLists.names(d.fiveWays()), ChoiceLists.names(d.bottomLines()),
                name(d.preventionLevel()), name(d.pathway()), ChoiceLists.names(d.shapedBy()), outcome.version());
    }

    @Override
    public void check(Errors errors) {
        one(errors, "level", level, OutcomeLevel.class);
        one(errors, "valueType", valueType, ValueType.class);
        one(errors, "wellbeingElement", wellbeingElement, WellbeingElement.class);
        many(errors, "fiveWays", fiveWays, WayToWellbeing.class);
        many(errors, "bottomLines", bottomLines, BottomLine.class);
        one(errors, "preventionLevel", preventionLevel, PreventionLevel.class);
        one(errors, "pathway", pathway, InterventionPathway.class);
        many(errors, "shapedBy", shapedBy, ParticipantKind.class);
    }

    OutcomeDraft toDraft() {
        return new OutcomeDraft(ownWords, professionalWording, FormValues.enumValue(OutcomeLevel.class, level),
                FormValues.enumValue(ValueType.class, valueType),
                FormValues.enumValue(WellbeingElement.class, wellbeingElement), set(fiveWays, WayToWellbeing.class),
                set(bottomLines, BottomLine.class), FormValues.enumValue(PreventionLevel.class, preventionLevel),
                FormValues.enumValue(InterventionPathway.class, pathway), set(shapedBy, ParticipantKind.class));
    }

    private static <E extends Enum<E>> void one(Errors errors, String field, String value, Class<E> type) {
        if (value != null && !value.isBlank() && FormValues.enumValue(type, value) == null) {
            errors.rejectValue(field, "invalid", "Choose one of the options");
        }
    }

    private static <E extends Enum<E>> void many(Errors errors, String field, List<String> values, Class<E> type) {
        if (values.stream().anyMatch(v -> FormValues.enumValue(type, v) == null)) {
            errors.rejectValue(field, "invalid", "Choose from the options");
        }
    }

    private static <E extends Enum<E>> Set<E> set(List<String> values, Class<E> type) {
        Set<E> set = EnumSet.noneOf(type);
        values.forEach(v -> {
            E value = FormValues.enumValue(type, v);
            if (value != null) {
                set.add(value);
            }
        });
        return set;
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
