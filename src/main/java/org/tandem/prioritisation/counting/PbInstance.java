package org.tandem.prioritisation.counting;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A participatory-budgeting instance ready to count: the budget, the projects in proposal order, and every ballot.
 *
 * <p>Ballots are held compactly (arrays of project indexes), and for each project the voters who support it, so a
 * city-wide vote of hundreds of thousands of ballots counts in memory without one object per vote.
 */
public final class PbInstance {

    private final long budget;
    private final long currencyUnit;
    private final BallotKind kind;
    private final List<Project> projects;
    private final Map<String, Integer> projectIndex;
    private final List<String> voterIds;
    private final int[] ballotStart;
    private final int[] ballotProjects;
    private final int[] ballotPoints;
    private final int[][] supporters;
    private final int[][] supporterPoints;

    private PbInstance(Builder builder) {
        this.budget = builder.budget;
        this.currencyUnit = builder.currencyUnit;
        this.kind = builder.kind;
        this.projects = List.copyOf(builder.projects);
        this.projectIndex = Map.copyOf(builder.projectIndex);
        this.voterIds = Collections.unmodifiableList(builder.voterIds);
        this.ballotStart = Arrays.copyOf(builder.ballotStart.values, builder.ballotStart.size);
        this.ballotProjects = Arrays.copyOf(builder.ballotProjects.values, builder.ballotProjects.size);
        this.ballotPoints = Arrays.copyOf(builder.ballotPoints.values, builder.ballotPoints.size);
        int[] counts = new int[projects.size()];
        for (int entry = 0; entry < ballotProjects.length; entry++) {
            if (ballotPoints[entry] > 0) {
                counts[ballotProjects[entry]]++;
            }
        }
        supporters = new int[projects.size()][];
        supporterPoints = new int[projects.size()][];
        for (int project = 0; project < counts.length; project++) {
            supporters[project] = new int[counts[project]];
            supporterPoints[project] = new int[counts[project]];
        }
        int[] filled = new int[projects.size()];
        for (int voter = 0; voter < voterIds.size(); voter++) {
            for (int entry = ballotStart[voter]; entry < ballotStart[voter + 1]; entry++) {
                int project = ballotProjects[entry];
                if (ballotPoints[entry] > 0) {
                    supporters[project][filled[project]] = voter;
                    supporterPoints[project][filled[project]++] = ballotPoints[entry];
                }
            }
        }
    }

    public static Builder builder(BallotKind kind, long budget) {
        return new Builder(kind, budget);
    }

    public long budget() {
        return budget;
    }

    /** One currency unit in the units costs are given in: 1 when costs are in pounds, 100 when in pence. */
    public long currencyUnit() {
        return currencyUnit;
    }

    public BallotKind kind() {
        return kind;
    }

    public List<Project> projects() {
        return projects;
    }

    public Project project(int index) {
        return projects.get(index);
    }

    public int projectCount() {
        return projects.size();
    }

    /** The index of a project in proposal order, or -1. */
    public int indexOf(String projectId) {
        return projectIndex.getOrDefault(projectId, -1);
    }

    public int voterCount() {
        return voterIds.size();
    }

    public String voterId(int voter) {
        return voterIds.get(voter);
    }

    public Ballot ballot(int voter) {
        List<String> ids = new ArrayList<>();
        List<Integer> points = new ArrayList<>();
        for (int entry = ballotStart[voter]; entry < ballotStart[voter + 1]; entry++) {
            ids.add(projects.get(ballotProjects[entry]).id());
            points.add(ballotPoints[entry]);
        }
        return new Ballot(voterIds.get(voter), ids, points);
    }

    /** The voters who gave the project a positive number of points, in ballot order. Do not change the array. */
    int[] supportersOf(int project) {
        return supporters[project];
    }

    /** The points each of {@link #supportersOf} gave, in the same order. Do not change the array. */
    int[] pointsOf(int project) {
        return supporterPoints[project];
    }

    /** Where a voter's ballot entries start in {@link #entryProject} and {@link #entryPoints}. */
    int ballotStart(int voter) {
        return ballotStart[voter];
    }

    /** One past a voter's last ballot entry. */
    int ballotEnd(int voter) {
        return ballotStart[voter + 1];
    }

    /** The project a ballot entry names. */
    int entryProject(int entry) {
        return ballotProjects[entry];
    }

    /** The points a ballot entry gives (0 means the voter does not support the project). */
    int entryPoints(int entry) {
        return ballotPoints[entry];
    }

    public int supporterCount(int project) {
        return supporters[project].length;
    }

    /** The total points the project received: its supporters for approval and ordinal ballots. */
    public long score(int project) {
        long total = 0;
        for (int points : supporterPoints[project]) {
            total += points;
        }
        return total;
    }

    /** Collects an instance; every method refuses what cannot be counted with a message that names it. */
    public static final class Builder {

        private final BallotKind kind;
        private final long budget;
        private long currencyUnit = 1;
        private final List<Project> projects = new ArrayList<>();
        private final Map<String, Integer> projectIndex = new HashMap<>();
        private final List<String> voterIds = new ArrayList<>();
        private final Set<String> voterIdSet = new HashSet<>();
        private final IntList ballotStart = new IntList();
        private final IntList ballotProjects = new IntList();
        private final IntList ballotPoints = new IntList();

        private Builder(BallotKind kind, long budget) {
            if (kind == null) {
                throw new InvalidInstanceException("The ballot kind is required");
            }
            if (budget < 0) {
                throw new InvalidInstanceException("The budget cannot be negative (" + budget + ")");
            }
            this.kind = kind;
            this.budget = budget;
            ballotStart.add(0);
        }

        public Builder currencyUnit(long unit) {
            if (unit <= 0) {
                throw new InvalidInstanceException("The currency unit must be positive (" + unit + ")");
            }
            this.currencyUnit = unit;
            return this;
        }

        public Builder project(String id, String name, long cost) {
            Project project = new Project(id, name, cost);
            if (projectIndex.putIfAbsent(project.id(), projects.size()) != null) {
                throw new InvalidInstanceException("Project " + id + " appears twice");
            }
            projects.add(project);
            return this;
        }

        /** An approval or ordinal ballot: one point for each project named. */
        public Builder ballot(String voterId, List<String> projectIds) {
            return ballot(voterId, projectIds, Collections.nCopies(projectIds.size(), 1));
        }

        public Builder ballot(String voterId, List<String> projectIds, List<Integer> points) {
            if (points.size() != projectIds.size()) {
                throw new InvalidInstanceException("Voter " + voterId + " names " + projectIds.size()
                        + " projects but gives points to " + points.size());
            }
            int[] indexes = new int[projectIds.size()];
            for (int i = 0; i < indexes.length; i++) {
                indexes[i] = projectIndex.getOrDefault(projectIds.get(i), -1);
                if (indexes[i] < 0) {
                    throw new InvalidInstanceException("Voter " + voterId + " votes for project "
                            + projectIds.get(i) + ", which is not in the instance");
                }
            }
            return ballot(voterId, indexes, points.stream().mapToInt(Integer::intValue).toArray());
        }

        /** A ballot by project index (proposal order), for code that already knows the indexes. */
        public Builder ballot(String voterId, int[] projectIndexes, int[] points) {
            if (voterId == null || voterId.isBlank()) {
                throw new InvalidInstanceException("A voter id cannot be blank");
            }
            if (!voterIdSet.add(voterId)) {
                throw new InvalidInstanceException("Voter " + voterId + " has more than one ballot");
            }
            Set<Integer> seen = new HashSet<>();
            for (int i = 0; i < projectIndexes.length; i++) {
                int project = projectIndexes[i];
                if (project < 0 || project >= projects.size()) {
                    throw new InvalidInstanceException("Voter " + voterId + " votes for project number " + project
                            + ", which is not in the instance");
                }
                if (!seen.add(project)) {
                    throw new InvalidInstanceException("Voter " + voterId + " names project "
                            + projects.get(project).id() + " twice");
                }
                int given = kind.hasPoints() ? points[i] : 1;
                if (given < 0) {
                    throw new InvalidInstanceException("Voter " + voterId + " gives project "
                            + projects.get(project).id() + " negative points (" + given + ")");
                }
                ballotProjects.add(project);
                ballotPoints.add(given);
            }
            voterIds.add(voterId);
            ballotStart.add(ballotProjects.size);
            return this;
        }

        public PbInstance build() {
            return new PbInstance(this);
        }
    }

    /** A growable array of ints, so a large vote is not held as millions of boxed Integers. */
    private static final class IntList {
        private int[] values = new int[16];
        private int size;

        void add(int value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }
    }
}
