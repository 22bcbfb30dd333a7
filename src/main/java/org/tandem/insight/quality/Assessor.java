package org.tandem.insight.quality;

import java.util.UUID;
import org.tandem.platform.PersonSummary;
import org.tandem.platform.Role;

/**
 * One person on a visit's team. Citizen co-producers and panel members bring lived experience (Islington's young
 * assessors); commissioners and commissioning officers bring the commissioner's view. Worked out from their roles when
 * they join the team, so the team keeps its shape if their roles change later.
 */
public record Assessor(UUID personId, String name, boolean livedExperience, boolean commissioning) {

    /** The roles that may be chosen for a team. */
    public static final Role[] ROLES = {Role.CITIZEN_CO_PRODUCER, Role.PANEL_MEMBER, Role.COMMISSIONER,
            Role.COMMISSIONING_OFFICER};

    public static Assessor of(PersonSummary person) {
        return new Assessor(person.id(), person.displayName(), person.has(Role.CITIZEN_CO_PRODUCER, Role.PANEL_MEMBER),
                person.has(Role.COMMISSIONER, Role.COMMISSIONING_OFFICER));
    }

    public String kind() {
        return livedExperience ? "Assessor with lived experience" : "Commissioner or officer";
    }
}
