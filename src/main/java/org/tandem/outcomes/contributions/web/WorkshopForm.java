package org.tandem.outcomes.contributions.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.validation.Errors;
import org.tandem.coproduction.ParticipantKind;
import org.tandem.outcomes.contributions.internal.WorkshopDraft;
import org.tandem.outcomes.contributions.internal.WorkshopMethod;
import org.tandem.platform.DateParts;
import org.tandem.platform.FormValues;

/**
 * A workshop as the facilitator typed it: how many of each kind of participant came, and its outputs one to a line.
 */
record WorkshopForm(String method, String title, String heldOnDay, String heldOnMonth, String heldOnYear,
                    String notes, String professionals, String providers, String peopleUsingServices,
                    String carers, String communityMembers, String electedMembers, List<String> people,
                    String outputs) {

    static WorkshopForm blank() {
        return new WorkshopForm(null, "", "", "", "", "", "", "", "", "", "", "", List.of(), "");
    }

    /** The field each kind of participant is typed into, in the order the form shows them. */
    static final List<String> COUNT_FIELDS = List.of("professionals", "providers", "peopleUsingServices", "carers",
            "communityMembers", "electedMembers");

    /** The draft, or null after recording what could not be read: dates and counts that are not numbers. */
    WorkshopDraft draft(Errors errors) {
        LocalDate heldOn = DateParts.read(heldOnDay, heldOnMonth, heldOnYear, "The date of the workshop", "heldOn",
                errors, true);
        Map<ParticipantKind, Integer> counts = new EnumMap<>(ParticipantKind.class);
        List<String> typed = List.of(n(professionals), n(providers), n(peopleUsingServices), n(carers),
                n(communityMembers), n(electedMembers));
        ParticipantKind[] kinds = ParticipantKind.values();
        for (int i = 0; i < kinds.length; i++) {
            String value = typed.get(i);
            if (value.isEmpty()) {
                continue;
            }
            if (!value.matches("\\d{1,6}")) {
                errors.rejectValue(COUNT_FIELDS.get(i), "number", "Number of "
                        + kinds[i].label().toLowerCase(java.util.Locale.UK) + " must be a whole number, like 12");
            } else {
                counts.put(kinds[i], Integer.parseInt(value));
            }
        }
        if (errors.hasErrors()) {
            return null;
        }
        List<UUID> named = people == null ? List.of() : people.stream().map(FormValues::uuid)
                .filter(java.util.Objects::nonNull).toList();
        return new WorkshopDraft(FormValues.enumValue(WorkshopMethod.class, method), heldOn, title, notes, counts,
                named, outputs == null ? List.of() : Arrays.asList(outputs.split("\\R")));
    }

    /** Where the service's field names go on this form. */
    static String field(String serviceField) {
        if (serviceField.startsWith("participants[")) {
            ParticipantKind kind = ParticipantKind.valueOf(serviceField.substring(13, serviceField.length() - 1));
            return COUNT_FIELDS.get(kind.ordinal());
        }
        return switch (serviceField) {
            case "participants" -> "peopleUsingServices";
            case "heldOn" -> "heldOnDay";
            case "namedPeople" -> "people";
            default -> serviceField;
        };
    }

    private static String n(String value) {
        return value == null ? "" : value.strip();
    }
}
