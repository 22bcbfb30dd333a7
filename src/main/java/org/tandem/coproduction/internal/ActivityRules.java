package org.tandem.coproduction.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.tandem.coproduction.ActivityDetails;
import org.tandem.coproduction.ActivityMethod;
import org.tandem.coproduction.EqualityDimension;
import org.tandem.coproduction.EqualityGroup;
import org.tandem.coproduction.NamedPerson;
import org.tandem.coproduction.ParticipantKind;

/**
 * The rules every activity keeps, however it arrives (form, API, another module): the same checks, the same words.
 * {@link #tidy} first, then {@link #problems}.
 */
public final class ActivityRules {

    public static final int TITLE_MAX = 200;
    public static final int TEXT_MAX = 4000;
    public static final int METHOD_DETAIL_MAX = 200;
    public static final int NAME_MAX = 200;
    public static final int NAMED_MAX = 200;
    /** More than anyone will count at one activity, and small enough that totals never overflow. */
    public static final int COUNT_MAX = 100_000;
    public static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

    private ActivityRules() {
    }

    /**
     * Text stripped (blank becomes nothing), kinds and groups nobody counted left out, a description of the method
     * only for "other".
     */
    public static ActivityDetails tidy(ActivityDetails d) {
        Map<ParticipantKind, Integer> participants = new EnumMap<>(ParticipantKind.class);
        d.participants().forEach((kind, n) -> {
            if (n != null && n != 0) {
                participants.put(kind, n);
            }
        });
        Map<EqualityGroup, Integer> equalities = new EnumMap<>(EqualityGroup.class);
        d.equalities().forEach((group, n) -> {
            if (n != null && n != 0) {
                equalities.put(group, n);
            }
        });
        List<NamedPerson> named = d.namedPeople().stream()
                .map(p -> new NamedPerson(p.personId(), text(p.name())))
                .filter(p -> p.personId() != null || p.name() != null)
                .toList();
        return new ActivityDetails(d.heldOn(), d.phase(), d.method(),
                d.method() == ActivityMethod.OTHER ? text(d.methodDetail()) : null, text(d.title()),
                paragraphs(d.purpose()), participants, named, d.rung(), d.modes(), d.level(),
                paragraphs(d.whatChanged()), equalities);
    }

    /** Everything wrong with tidied details, in the order the form asks for them; empty when they may be saved. */
    public static List<ActivityProblem> problems(ActivityDetails d, LocalDate today) {
        List<ActivityProblem> problems = new ArrayList<>();
        if (d.heldOn() == null) {
            problems.add(new ActivityProblem("heldOn", "Enter the date of the activity"));
        } else if (d.heldOn().isBefore(EARLIEST)) {
            problems.add(new ActivityProblem("heldOn", "The date must be in 2000 or later"));
        } else if (d.heldOn().isAfter(today)) {
            // The record is of what happened; an activity is recorded once it has taken place.
            problems.add(new ActivityProblem("heldOn", "The date must be today or in the past"));
        }
        if (d.phase() == null) {
            problems.add(new ActivityProblem("phase", "Select the phase of the cycle"));
        }
        if (d.method() == null) {
            problems.add(new ActivityProblem("method", "Select how the activity was run"));
        } else if (d.method() == ActivityMethod.OTHER && d.methodDetail() == null) {
            problems.add(new ActivityProblem("methodDetail", "Enter how the activity was run"));
        }
        tooLong(problems, "methodDetail", "How it was run", d.methodDetail(), METHOD_DETAIL_MAX);
        oneLine(problems, "methodDetail", "How it was run", d.methodDetail());
        required(problems, "title", "Enter a title for the activity", "Title", d.title(), TITLE_MAX);
        oneLine(problems, "title", "Title", d.title());
        required(problems, "purpose", "Enter what the activity was for", "Purpose", d.purpose(), TEXT_MAX);
        boolean participantsValid = counts(problems, "participants", d.participants(), ActivityRules::label);
        if (d.participants().isEmpty()) {
            problems.add(new ActivityProblem("participants", "Enter how many people took part, for at least one kind"));
        }
        int total = participantsValid ? d.participantTotal() : 0;
        named(problems, d.namedPeople(), total);
        if (d.rung() == null) {
            problems.add(new ActivityProblem("rung", "Select the rung of the ladder the activity reached"));
        }
        if (d.modes().isEmpty()) {
            problems.add(new ActivityProblem("modes", "Select the Co or Co's the activity served"));
        }
        if (d.level() == null) {
            problems.add(new ActivityProblem("level", "Select macro or micro level"));
        }
        tooLong(problems, "whatChanged", "What changed", d.whatChanged(), TEXT_MAX);
        if (counts(problems, "equalities", d.equalities(), ActivityRules::label) && participantsValid) {
            for (EqualityDimension dimension : EqualityDimension.values()) {
                int counted = d.equalityTotal(dimension);
                if (counted > total && total > 0) {
                    problems.add(new ActivityProblem("equalities[" + dimension.name() + "]",
                            dimension.label() + " counts add up to " + counted + ", more than the " + total
                                    + " people who took part"));
                }
            }
        }
        return problems;
    }

    private static void named(List<ActivityProblem> problems, List<NamedPerson> named, int total) {
        if (named.size() > NAMED_MAX) {
            problems.add(new ActivityProblem("namedPeople", "Name " + NAMED_MAX + " people or fewer"));
            return;
        }
        for (NamedPerson person : named) {
            if (person.personId() != null) {
                continue;
            }
            if (person.name().length() > NAME_MAX) {
                problems.add(new ActivityProblem("namedPeople", "Each name must be " + NAME_MAX
                        + " characters or fewer"));
                return;
            }
            if (person.name().chars().anyMatch(Character::isISOControl)) {
                problems.add(new ActivityProblem("namedPeople", "Each name must be on one line, without tabs"));
                return;
            }
            if (PersonKey.of(person.name()) == null) {
                problems.add(new ActivityProblem("namedPeople", "Each name must have letters in it: "
                        + person.name()));
                return;
            }
        }
        long distinct = named.stream().map(p -> p.personId() != null ? p.personId().toString()
                : PersonKey.of(p.name())).distinct().count();
        if (distinct > total && total > 0) {
            problems.add(new ActivityProblem("namedPeople", "You named " + distinct + " people but counted " + total
                    + " taking part: count everyone you name"));
        }
    }

    /** Reports each count out of range; true when every count is in range. */
    private static <K extends Enum<K>> boolean counts(List<ActivityProblem> problems, String field,
                                                      Map<K, Integer> counts, Function<K, String> label) {
        boolean valid = true;
        for (Map.Entry<K, Integer> count : new TreeMap<>(counts).entrySet()) {
            String at = field + "[" + count.getKey().name() + "]";
            if (count.getValue() < 0) {
                problems.add(new ActivityProblem(at, label.apply(count.getKey()) + " cannot be less than 0"));
                valid = false;
            } else if (count.getValue() > COUNT_MAX) {
                problems.add(new ActivityProblem(at, label.apply(count.getKey()) + " must be "
                        + String.format("%,d", COUNT_MAX) + " or fewer"));
                valid = false;
            }
        }
        return valid;
    }

    private static void required(List<ActivityProblem> problems, String field, String missing, String label,
                                 String value, int max) {
        if (value == null) {
            problems.add(new ActivityProblem(field, missing));
        } else {
            tooLong(problems, field, label, value, max);
        }
    }

    private static void tooLong(List<ActivityProblem> problems, String field, String label, String value, int max) {
        if (value != null && value.length() > max) {
            problems.add(new ActivityProblem(field, label + " must be " + String.format("%,d", max)
                    + " characters or fewer"));
        }
    }

    /** "Number of carers", as a count of this kind is named in messages. */
    public static String label(ParticipantKind kind) {
        return "Number of " + kind.label().toLowerCase(Locale.UK);
    }

    /** "Age (11 to 15)" */
    public static String label(EqualityGroup group) {
        return group.dimension().label() + " (" + group.label().toLowerCase(Locale.UK) + ")";
    }

    /**
     * Names and titles go into the audit log's summaries and the CSV export, where a line break or a control character
     * could forge a line; they stay on one line.
     */
    private static void oneLine(List<ActivityProblem> problems, String field, String label, String value) {
        if (value != null && value.chars().anyMatch(Character::isISOControl)) {
            problems.add(new ActivityProblem(field, label + " must be on one line, without tabs or line breaks"));
        }
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /**
     * Longer text keeps its line breaks and tabs; other control characters are dropped (PostgreSQL refuses a NUL in
     * text, and none of them can be typed into a form).
     */
    private static String paragraphs(String value) {
        String text = text(value);
        return text == null ? null : text(text.replaceAll("[\\p{Cntrl}&&[^\\n\\r\\t]]", ""));
    }
}
