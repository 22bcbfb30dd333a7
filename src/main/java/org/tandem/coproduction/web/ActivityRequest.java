package org.tandem.coproduction.web;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;
import org.tandem.commissions.Phase;
import org.tandem.coproduction.ActivityDetails;
import org.tandem.coproduction.ActivityMethod;
import org.tandem.coproduction.CoProductionMode;
import org.tandem.coproduction.DecisionLevel;
import org.tandem.coproduction.EqualityGroup;
import org.tandem.coproduction.LadderRung;
import org.tandem.coproduction.NamedPerson;
import org.tandem.coproduction.ParticipantKind;
import org.tandem.coproduction.internal.ActivityRules;
import org.tandem.platform.SelfChecking;
import org.tandem.platform.FormValues;

/**
 * An activity as an API client sends it, checked by the same {@link ActivityInput} and rules as the form. Values
 * stay text until checked, so a wrong one is reported against its property rather than refusing the whole request.
 */
record ActivityRequest(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, format = "date", example = "2026-07-15") String heldOn,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, implementation = Phase.class) String phase,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, implementation = ActivityMethod.class) String method,
        @Schema(description = "How it was run, when the method is OTHER", maxLength = ActivityRules.METHOD_DETAIL_MAX)
        String methodDetail,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = ActivityRules.TITLE_MAX) String title,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = ActivityRules.TEXT_MAX) String purpose,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "How many took part, by kind: "
                + "PROFESSIONAL, PROVIDER, PERSON_USING_SERVICES, CARER, COMMUNITY_MEMBER, ELECTED_MEMBER",
                example = "{\"PERSON_USING_SERVICES\": 24, \"PROFESSIONAL\": 3}")
        Map<String, Long> participants,
        @ArraySchema(arraySchema = @Schema(description = "People named as taking part: each either a person of the "
                + "organisation (personId) or someone not on Tandem (name)"))
        List<NamedPersonRequest> namedPeople,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, implementation = LadderRung.class) String rung,
        @ArraySchema(arraySchema = @Schema(requiredMode = Schema.RequiredMode.REQUIRED,
                description = "The Co or Co's the activity served"),
                schema = @Schema(implementation = CoProductionMode.class)) List<String> modes,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, implementation = DecisionLevel.class) String level,
        @Schema(maxLength = ActivityRules.TEXT_MAX) String whatChanged,
        @Schema(description = "Optional equalities profile: how many people in each group (aggregate counts only)",
                example = "{\"AGE_11_TO_15\": 14, \"AGE_16_TO_18\": 10}")
        Map<String, Long> equalities,
        @Schema(description = "When changing an activity: the version you read") Integer version)
        implements SelfChecking {

    private static final String ISO_DATE = "\\d{4}-\\d{2}-\\d{2}";

    /** A named person: a person of the organisation by id, or anyone else by name. */
    record NamedPersonRequest(@Schema(format = "uuid") String personId,
                              @Schema(maxLength = ActivityRules.NAME_MAX) String name) {
    }

    @Override
    public void check(Errors errors) {
        read(errors);
    }

    /** Only called once {@link #check} found nothing wrong. */
    ActivityDetails details() {
        return read(new BeanPropertyBindingResult(this, "request"));
    }

    private ActivityDetails read(Errors errors) {
        ActivityDetails details = new ActivityDetails(date(errors), choice(Phase.class, phase, "phase", errors),
                choice(ActivityMethod.class, method, "method", errors), methodDetail, title, purpose,
                ActivityInput.counts(text(participants), ParticipantKind.class, "participants", ActivityRules::label,
                        errors),
                named(errors), choice(LadderRung.class, rung, "rung", errors),
                ActivityInput.modes(modes, "modes", errors), choice(DecisionLevel.class, level, "level", errors),
                whatChanged,
                ActivityInput.counts(text(equalities), EqualityGroup.class, "equalities", ActivityRules::label,
                        errors));
        ActivityInput.checkRules(details, errors, property -> property);
        return details;
    }

    private LocalDate date(Errors errors) {
        if (isBlank(heldOn)) {
            return null;
        }
        if (heldOn.strip().matches(ISO_DATE)) {
            try {
                return LocalDate.parse(heldOn.strip());
            } catch (DateTimeParseException e) {
                // shaped like a date but not one, such as 2026-02-30: explained below
            }
        }
        errors.rejectValue("heldOn", "invalid", "The date must be a real date written as yyyy-mm-dd, like 2026-07-15");
        return null;
    }

    /** A choice that is not one of the values is reported; a missing one is left for the rules to ask for. */
    private static <E extends Enum<E>> E choice(Class<E> type, String value, String field, Errors errors) {
        E chosen = FormValues.enumValue(type, value);
        if (chosen == null && !isBlank(value)) {
            errors.rejectValue(field, "unknown", "'" + field + "' must be one of "
                    + String.join(", ", java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()));
        }
        return chosen;
    }

    private List<NamedPerson> named(Errors errors) {
        List<NamedPerson> named = new ArrayList<>();
        if (namedPeople == null) {
            return named;
        }
        for (NamedPersonRequest person : namedPeople) {
            UUID id = person == null ? null : FormValues.uuid(person.personId());
            boolean hasId = person != null && !isBlank(person.personId());
            boolean hasName = person != null && !isBlank(person.name());
            if (hasId == hasName || (hasId && id == null)) {
                errors.rejectValue("namedPeople", "invalid",
                        "Give each named person either the personId of a person of the organisation or a name");
                return named;
            }
            named.add(hasId ? NamedPerson.member(id) : NamedPerson.typed(person.name()));
        }
        return named;
    }

    private static Map<String, String> text(Map<String, Long> counts) {
        Map<String, String> text = new LinkedHashMap<>();
        if (counts != null) {
            counts.forEach((key, n) -> text.put(key, n == null ? "" : n.toString()));
        }
        return text;
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
