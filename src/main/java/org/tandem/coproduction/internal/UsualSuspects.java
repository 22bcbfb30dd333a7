package org.tandem.coproduction.internal;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tandem.coproduction.NamedPerson;

/**
 * Seed 002 warns that formal meetings draw "the usual suspects", while the four Co's can involve far more people.
 * The rule: once a commission has at least {@value #MIN_ACTIVITIES} activities, anyone named in at least
 * {@value #SHARE_PERCENT}% of them is a regular, and Tandem warns while there are regulars (showing up to
 * {@value #SHOWN} of them, most frequent first). Only named people can be recognised, so the warning is as good
 * as the naming.
 */
public record UsualSuspects(int activities, int threshold, List<Regular> regulars) {

    static final int MIN_ACTIVITIES = 3;
    static final int SHARE_PERCENT = 75;
    static final int SHOWN = 3;

    /** Someone named in many of the commission's activities. */
    public record Regular(String name, int activities) {
    }

    public UsualSuspects {
        regulars = List.copyOf(regulars);
    }

    public boolean warning() {
        return !regulars.isEmpty();
    }

    public static UsualSuspects of(List<Activity> activities) {
        int n = activities.size();
        // The fewest activities that make 75% of n, in whole activities: 6 of 8, 3 of 4, 3 of 3.
        int threshold = (n * SHARE_PERCENT + 99) / 100;
        if (n < MIN_ACTIVITIES) {
            return new UsualSuspects(n, threshold, List.of());
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        // Oldest first, so the name shown is the one used most recently.
        activities.stream().sorted(Comparator.comparing((Activity a) -> a.details().heldOn()))
                .forEach(a -> a.details().namedPeople().stream().map(UsualSuspects::keyed).distinct()
                        .forEach(p -> {
                            counts.merge(p.key(), 1, Integer::sum);
                            names.put(p.key(), p.name());
                        }));
        List<Regular> regulars = counts.entrySet().stream().filter(e -> e.getValue() >= threshold)
                .map(e -> new Regular(names.get(e.getKey()), e.getValue()))
                .sorted(Comparator.comparingInt(Regular::activities).reversed().thenComparing(Regular::name))
                .limit(SHOWN).toList();
        return new UsualSuspects(n, threshold, regulars);
    }

    private record Keyed(String key, String name) {
    }

    private static Keyed keyed(NamedPerson person) {
        return new Keyed(person.personId() != null ? PersonKey.of(person.personId()) : PersonKey.of(person.name()),
                person.name());
    }
}
