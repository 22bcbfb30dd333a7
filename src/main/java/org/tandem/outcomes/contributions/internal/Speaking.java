package org.tandem.outcomes.contributions.internal;

import java.util.List;
import java.util.Set;
import org.tandem.coproduction.ParticipantKind;
import org.tandem.platform.Role;

/**
 * Who a contributor speaks as, by the co-production record's kinds, so the guidance can tell whether people using
 * services shaped an outcome. Members choose, starting from what their roles suggest; the public choose from the
 * kinds that fit someone arriving by a link.
 */
public final class Speaking {

    /** The kinds a member of the public may say they are. */
    public static final List<ParticipantKind> PUBLIC_KINDS = List.of(ParticipantKind.PERSON_USING_SERVICES,
            ParticipantKind.CARER, ParticipantKind.COMMUNITY_MEMBER, ParticipantKind.PROVIDER,
            ParticipantKind.PROFESSIONAL);

    private Speaking() {
    }

    /** What a member's roles suggest: a citizen co-producer speaks as a person using services, and so on. */
    public static ParticipantKind suggestedFor(Set<Role> roles) {
        if (roles.contains(Role.CITIZEN_CO_PRODUCER)) {
            return ParticipantKind.PERSON_USING_SERVICES;
        }
        if (roles.contains(Role.PROVIDER_USER)) {
            return ParticipantKind.PROVIDER;
        }
        if (roles.contains(Role.COMMISSIONER) || roles.contains(Role.COMMISSIONING_OFFICER)
                || roles.contains(Role.FINANCE_OFFICER) || roles.contains(Role.ADMINISTRATOR)) {
            return ParticipantKind.PROFESSIONAL;
        }
        if (roles.contains(Role.SCRUTINY_MEMBER)) {
            return ParticipantKind.ELECTED_MEMBER;
        }
        return ParticipantKind.COMMUNITY_MEMBER;
    }

    /** The label a form shows for a kind, in words a contributor would use of themselves. */
    public static String asSelf(ParticipantKind kind) {
        return switch (kind) {
            case PERSON_USING_SERVICES -> "Someone who uses these services, or might";
            case CARER -> "A carer";
            case COMMUNITY_MEMBER -> "Someone who lives or works in the area";
            case PROVIDER -> "Someone who works for a provider";
            case PROFESSIONAL -> "A commissioner or another professional";
            case ELECTED_MEMBER -> "An elected member";
        };
    }
}
