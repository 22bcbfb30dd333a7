package org.tandem.outcomes.contributions.web;

import java.util.Arrays;
import java.util.List;
import org.tandem.coproduction.ParticipantKind;
import org.tandem.outcomes.contributions.internal.Speaking;
import org.tandem.platform.Choice;
import org.tandem.platform.FormValues;

/** The small forms of the contributions pages, as typed, and the choices they offer. */
final class Forms {

    private Forms() {
    }

    /** A suggestion or a comment from a member: their words and who they speak as. */
    record Words(String words, String speakingAs) {
        ParticipantKind kind() {
            return FormValues.enumValue(ParticipantKind.class, speakingAs);
        }
    }

    /** A suggestion or comment through the public link. {@code homepage} is never seen: only a robot fills it in. */
    record PublicWords(String words, String speakingAs, String name, String outcomeId, String contributionId,
                       String homepage) {
        ParticipantKind kind() {
            return FormValues.enumValue(ParticipantKind.class, speakingAs);
        }

        boolean looksLikeARobot() {
            return homepage != null && !homepage.isEmpty();
        }
    }

    record Question(String question) {
    }

    record Reason(String reason, String version) {
    }

    /** {@code into} is NEW or EXISTING. */
    record Merge(String into, String outcomeId, String ownWords, String professionalWording, String reason,
                 String version) {
    }

    static List<Choice> memberKinds() {
        return Arrays.stream(ParticipantKind.values())
                .map(k -> new Choice(k.name(), Speaking.asSelf(k), null)).toList();
    }

    static List<Choice> publicKinds() {
        return Speaking.PUBLIC_KINDS.stream().map(k -> new Choice(k.name(), Speaking.asSelf(k), null)).toList();
    }
}
