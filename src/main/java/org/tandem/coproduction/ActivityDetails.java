package org.tandem.coproduction;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tandem.commissions.Phase;

/**
 * What is recorded about one co-production activity. Participant counts are by kind (a kind nobody came from is left
 * out); the equalities profile is optional and counts people by group, never naming anyone.
 *
 * @param methodDetail what the method was, when it is {@link ActivityMethod#OTHER}
 * @param whatChanged  what changed because of the activity, once that is known
 */
public record ActivityDetails(LocalDate heldOn, Phase phase, ActivityMethod method, String methodDetail,
                              String title, String purpose, Map<ParticipantKind, Integer> participants,
                              List<NamedPerson> namedPeople, LadderRung rung, Set<CoProductionMode> modes,
                              DecisionLevel level, String whatChanged, Map<EqualityGroup, Integer> equalities) {

    public ActivityDetails {
        participants = participants == null || participants.isEmpty() ? Map.of()
                : java.util.Collections.unmodifiableMap(new EnumMap<>(participants));
        namedPeople = namedPeople == null ? List.of() : List.copyOf(namedPeople);
        modes = modes == null || modes.isEmpty() ? Set.of()
                : java.util.Collections.unmodifiableSet(EnumSet.copyOf(modes));
        equalities = equalities == null || equalities.isEmpty() ? Map.of()
                : java.util.Collections.unmodifiableMap(new EnumMap<>(equalities));
    }

    /** Everyone who took part, of every kind. */
    public int participantTotal() {
        return participants.values().stream().mapToInt(Integer::intValue).sum();
    }

    public int participants(ParticipantKind kind) {
        return participants.getOrDefault(kind, 0);
    }

    public boolean hasProfessionals() {
        return participants.keySet().stream().anyMatch(k -> k.isProfessional() && participants(k) > 0);
    }

    public boolean hasUsersOrCommunities() {
        return participants.keySet().stream().anyMatch(k -> k.isUserOrCommunity() && participants(k) > 0);
    }

    /** Whether the activity serves this one of the four Co's, directly or through one of its kinds. */
    public boolean serves(CoProductionMode mode) {
        return modes.stream().anyMatch(m -> m.mode() == mode.mode());
    }

    /**
     * Power was shared with people using services, carers or community members: the activity reached co-designing
     * or co-producing (Figure 14's "doing with") and some of them were there.
     */
    public boolean sharedPowerWithCitizens() {
        return rung.sharesPower() && hasUsersOrCommunities();
    }

    public int equalityTotal(EqualityDimension dimension) {
        return equalities.entrySet().stream().filter(e -> e.getKey().dimension() == dimension)
                .mapToInt(Map.Entry::getValue).sum();
    }
}
