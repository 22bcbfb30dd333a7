package org.tandem.prioritisation.counting;

import java.util.List;

/**
 * One voter's ballot as cast: the projects named, in the voter's order, and for cumulative and scoring ballots the
 * points given to each (for approval and ordinal ballots every point is 1).
 */
public record Ballot(String voterId, List<String> projectIds, List<Integer> points) {

    public Ballot {
        projectIds = List.copyOf(projectIds);
        points = List.copyOf(points);
        if (points.size() != projectIds.size()) {
            throw new InvalidInstanceException("Voter " + voterId + " names " + projectIds.size()
                    + " projects but gives points to " + points.size());
        }
    }
}
