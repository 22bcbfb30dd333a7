package org.tandem.coproduction.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;
import org.tandem.commissions.Phase;
import org.tandem.coproduction.ActivityDetails;
import org.tandem.coproduction.ActivityMethod;
import org.tandem.coproduction.DecisionLevel;
import org.tandem.coproduction.EqualityGroup;
import org.tandem.coproduction.LadderRung;
import org.tandem.coproduction.NamedPerson;
import org.tandem.coproduction.ParticipantKind;
import org.tandem.coproduction.internal.Activity;
import org.tandem.coproduction.internal.ActivityRules;
import org.tandem.platform.DateParts;
import org.tandem.platform.SelfChecking;
import org.tandem.platform.FormValues;

/**
 * The activity form as typed: everything is text until it has been checked. Counts arrive as
 * {@code participants[CARER]} and {@code equalities[AGE_11_TO_15]}; people of the organisation are chosen by id, and
 * anyone else is typed one name to a line.
 */
public record ActivityForm(String heldDay, String heldMonth, String heldYear, String phase, String method,
                           String methodDetail, String title, String purpose, Map<String, String> participants,
                           List<String> personIds, String otherNames, String rung, List<String> modes, String level,
                           String whatChanged, Map<String, String> equalities, Integer version)
        implements SelfChecking {

    /** Enough for two hundred long names; anything longer is refused before it is split into lines. */
    static final int OTHER_NAMES_MAX = 45_000;

    public ActivityForm {
        participants = participants == null ? Map.of() : participants;
        equalities = equalities == null ? Map.of() : equalities;
        personIds = personIds == null ? List.of() : personIds;
        modes = modes == null ? List.of() : modes;
    }

    static ActivityForm blank(Phase phase) {
        return new ActivityForm("", "", "", phase.name(), null, "", "", "", Map.of(), List.of(), "", null, List.of(),
                null, "", Map.of(), null);
    }

    /**
     * The activity as the form shows it. Named people who are still in the organisation are ticked; anyone who has
     * left it is shown among the typed names, so saving the form does not drop them.
     */
    static ActivityForm of(Activity activity, Set<UUID> members) {
        ActivityDetails d = activity.details();
        Map<String, String> participants = new LinkedHashMap<>();
        d.participants().forEach((kind, n) -> participants.put(kind.name(), Integer.toString(n)));
        Map<String, String> equalities = new LinkedHashMap<>();
        d.equalities().forEach((group, n) -> equalities.put(group.name(), Integer.toString(n)));
        Predicate<NamedPerson> ticked = p -> p.personId() != null && members.contains(p.personId());
        return new ActivityForm(DateParts.day(d.heldOn()), DateParts.month(d.heldOn()), DateParts.year(d.heldOn()),
                d.phase().name(), d.method().name(), d.methodDetail(), d.title(), d.purpose(), participants,
                d.namedPeople().stream().filter(ticked).map(p -> p.personId().toString()).toList(),
                String.join("\n", d.namedPeople().stream().filter(ticked.negate()).map(NamedPerson::name).toList()),
                d.rung().name(), d.modes().stream().map(Enum::name).toList(), d.level().name(), d.whatChanged(),
                equalities, activity.version());
    }

    /** The value typed for a count, for showing it again. */
    public String count(String field, String key) {
        String value = ("participants".equals(field) ? participants : equalities).get(key);
        return value == null ? "" : value;
    }

    @Override
    public void check(Errors errors) {
        read(errors);
    }

    /** Only called once {@link #check} found nothing wrong. */
    ActivityDetails toDetails() {
        return read(new BeanPropertyBindingResult(this, "form"));
    }

    private ActivityDetails read(Errors errors) {
        LocalDate heldOn = DateParts.read(heldDay, heldMonth, heldYear, "The date", "held", errors, true);
        ActivityDetails details = new ActivityDetails(heldOn, FormValues.enumValue(Phase.class, phase),
                FormValues.enumValue(ActivityMethod.class, method), methodDetail, title, purpose,
                ActivityInput.counts(participants, ParticipantKind.class, "participants", ActivityRules::label, errors),
                namedPeople(errors), FormValues.enumValue(LadderRung.class, rung),
                ActivityInput.modes(modes, "modes", errors), FormValues.enumValue(DecisionLevel.class, level),
                whatChanged,
                ActivityInput.counts(equalities, EqualityGroup.class, "equalities", ActivityRules::label, errors));
        ActivityInput.checkRules(details, errors, ActivityForm::field);
        return details;
    }

    private List<NamedPerson> namedPeople(Errors errors) {
        List<NamedPerson> named = new ArrayList<>();
        for (String id : personIds) {
            UUID personId = FormValues.uuid(id);
            if (personId == null) {
                errors.rejectValue("personIds", "invalid", "Choose people from the list");
                return named;
            }
            named.add(NamedPerson.member(personId));
        }
        if (otherNames != null && otherNames.length() > OTHER_NAMES_MAX) {
            errors.rejectValue("otherNames", "size", "Name " + ActivityRules.NAMED_MAX + " people or fewer");
            return named;
        }
        if (otherNames != null) {
            otherNames.lines().filter(line -> !line.isBlank()).forEach(line -> named.add(NamedPerson.typed(line)));
        }
        return named;
    }

    /** The form's field for a property the rules name. */
    static String field(String property) {
        return switch (property) {
            case "heldOn" -> "heldDay";
            case "namedPeople" -> "otherNames";
            default -> property;
        };
    }
}
