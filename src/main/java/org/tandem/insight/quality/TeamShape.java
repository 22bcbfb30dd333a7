package org.tandem.insight.quality;

import java.util.ArrayList;
import java.util.List;

/**
 * Islington sent two young assessors and one commissioner on each visit (seed 000, Box K). Tandem suggests that shape
 * and warns when a team strays from it in a way that matters, without refusing the team: a round may have good reason.
 */
public final class TeamShape {

    public static final int MAX_ASSESSORS = 6;

    private TeamShape() {
    }

    public static List<String> warnings(List<Assessor> team) {
        List<String> warnings = new ArrayList<>();
        if (team.stream().noneMatch(Assessor::livedExperience)) {
            warnings.add("No one on this team has lived experience. The usual team is two assessors with lived "
                    + "experience (citizen co-producers or panel members) and one commissioner or officer.");
        }
        if (team.stream().noneMatch(Assessor::commissioning)) {
            warnings.add("No commissioner or commissioning officer is on this team.");
        }
        return warnings;
    }
}
