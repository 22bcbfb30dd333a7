package org.tandem.coproduction.internal;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.tandem.coproduction.ActivityDetails;
import org.tandem.coproduction.EqualityDimension;
import org.tandem.coproduction.EqualityGroup;

/**
 * Who took part, summed over the activities that recorded an equalities profile: counts by group only. People who
 * came to several activities are counted at each, as attendances are what activities record.
 */
public record EqualitiesProfile(int activitiesWithProfile, int activities, Map<EqualityGroup, Integer> counts) {

    public EqualitiesProfile {
        counts = java.util.Collections.unmodifiableMap(new EnumMap<>(counts));
    }

    public static EqualitiesProfile of(List<ActivityDetails> activities) {
        Map<EqualityGroup, Integer> counts = new EnumMap<>(EqualityGroup.class);
        Arrays.stream(EqualityGroup.values()).forEach(g -> counts.put(g, 0));
        int withProfile = 0;
        for (ActivityDetails a : activities) {
            if (!a.equalities().isEmpty()) {
                withProfile++;
                a.equalities().forEach((group, n) -> counts.merge(group, n, Integer::sum));
            }
        }
        return new EqualitiesProfile(withProfile, activities.size(), counts);
    }

    public int count(EqualityGroup group) {
        return counts.getOrDefault(group, 0);
    }

    public int total(EqualityDimension dimension) {
        return EqualityGroup.of(dimension).stream().mapToInt(this::count).sum();
    }

    /** The group's share of the dimension's total, in whole percent; 0 when nobody was counted. */
    public int percent(EqualityGroup group) {
        int total = total(group.dimension());
        return total == 0 ? 0 : Math.round(100f * count(group) / total);
    }
}
