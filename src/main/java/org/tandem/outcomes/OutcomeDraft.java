package org.tandem.outcomes;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import org.tandem.coproduction.ParticipantKind;

/**
 * What is written about an outcome. Only {@code ownWords} is needed: a draft starts from what people said, and the
 * classification can follow (the guidance and the balance view show what is still open).
 *
 * @param ownWords            the outcome in the words of the people it is for ("I have somewhere safe to go")
 * @param professionalWording the same outcome as a professional would write it, for reports and contracts
 * @param shapedBy            who shaped the wording, by kind of participant
 */
public record OutcomeDraft(String ownWords, String professionalWording, OutcomeLevel level, ValueType valueType,
                           WellbeingElement wellbeingElement, Set<WayToWellbeing> fiveWays,
                           Set<BottomLine> bottomLines, PreventionLevel preventionLevel,
                           InterventionPathway pathway, Set<ParticipantKind> shapedBy) {

    public OutcomeDraft {
        fiveWays = copy(fiveWays, WayToWellbeing.class);
        bottomLines = copy(bottomLines, BottomLine.class);
        shapedBy = copy(shapedBy, ParticipantKind.class);
    }

    /** An outcome in someone's own words, with nothing else decided yet. */
    public static OutcomeDraft inOwnWords(String ownWords, Set<ParticipantKind> shapedBy) {
        return new OutcomeDraft(ownWords, null, null, null, null, Set.of(), Set.of(), null, null, shapedBy);
    }

    private static <E extends Enum<E>> Set<E> copy(Set<E> values, Class<E> type) {
        return values == null || values.isEmpty() ? Set.of()
                : Collections.unmodifiableSet(EnumSet.copyOf(values));
    }
}
