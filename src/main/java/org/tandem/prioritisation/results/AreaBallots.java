package org.tandem.prioritisation.results;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.tandem.prioritisation.BallotBox;
import org.tandem.prioritisation.District;
import org.tandem.prioritisation.PbProcessView;
import org.tandem.prioritisation.ProposalView;
import org.tandem.prioritisation.pabulib.PabulibFile;
import org.tandem.prioritisation.pabulib.PabulibProblem;
import org.tandem.prioritisation.pabulib.PabulibWriter;

/**
 * A process whose areas have budgets of their own is counted area by area, the way Pabulib publishes a city's
 * districts: each area's projects against that area's budget, by the voters who voted in it; the projects for all
 * areas against what the area budgets leave of the whole budget, by every voter who chose one. Each area's ballots
 * become a Pabulib file of their own, so anyone can recount any area from its file with any Pabulib tool.
 */
final class AreaBallots {

    /** META limits that hold for a whole ballot but not for the part of it in one area: a part can be shorter. */
    private static final List<String> WHOLE_BALLOT_LIMITS = List.of("min_length", "min_sum_cost", "max_sum_cost",
            "min_points", "min_sum_points");
    private static final int MOST_PROBLEMS = 100;

    private AreaBallots() {
    }

    /**
     * One area as counted: its name, budget in whole pounds, and the proposals (by number, as in the ballot file)
     * on its part of the ballot. {@code districtId} is null for the projects for all areas.
     */
    record Area(String name, UUID districtId, long budget, Set<String> projectIds) {
    }

    /**
     * The areas to count, in the process's order, then the projects for all areas; an area with no accepted
     * proposal has nothing to count and is left out. Empty for a process without areas, which is counted whole.
     * Budgets are whole pounds, rounded down like the process's budget; the projects for all areas share what the
     * area budgets leave.
     */
    static List<Area> of(PbProcessView process, List<ProposalView> accepted) {
        if (process.districts().isEmpty()) {
            return List.of();
        }
        List<Area> areas = new ArrayList<>();
        for (District district : process.districts()) {
            add(areas, district.name(), district.id(), wholePounds(district.budget().amount()), accepted);
        }
        BigDecimal left = process.budget().amount().subtract(process.districtTotal().amount());
        add(areas, BallotBox.ALL_AREAS, null, wholePounds(left), accepted);
        return areas;
    }

    private static void add(List<Area> areas, String name, UUID districtId, long budget,
                            List<ProposalView> accepted) {
        Set<String> projects = accepted.stream().filter(p -> Objects.equals(p.districtId(), districtId))
                .map(p -> Integer.toString(p.number())).collect(Collectors.toCollection(LinkedHashSet::new));
        if (!projects.isEmpty()) {
            areas.add(new Area(name, districtId, budget, projects));
        }
    }

    private static long wholePounds(BigDecimal amount) {
        return amount.setScale(0, RoundingMode.FLOOR).longValueExact();
    }

    /**
     * Every way a file fails to say who voted where, each at its line: it must name each voter's area in a
     * {@code district} column of its VOTES, and a voter may only choose projects for their own area or for all
     * areas. Empty for a process without areas.
     */
    static List<PabulibProblem> problems(BallotFile file, PabulibFile read, PbProcessView process,
                                         List<ProposalView> accepted) {
        if (process.districts().isEmpty()) {
            return List.of();
        }
        List<String> lines = file.lines();
        List<PabulibProblem> problems = new ArrayList<>();
        Map<String, String> areaOf = projectAreas(process, accepted);
        checkProjectAreas(read, lines, areaOf, problems);
        int column = read.voteColumns().indexOf("district");
        int votesLine = BallotsMatchProcess.sectionLine(lines, "VOTES");
        if (column < 0) {
            problems.add(new PabulibProblem(votesLine + 1, "district", "the VOTES section has no district column: "
                    + process.title() + " has areas with budgets of their own (" + areaNames(process) + "), so each "
                    + "voter's area is needed to count each area against its budget"));
            return problems;
        }
        Set<String> names = new LinkedHashSet<>(process.districts().stream().map(District::name).toList());
        names.add(BallotBox.ALL_AREAS);
        int voterColumn = read.voteColumns().indexOf("voter_id");
        int voteColumn = read.voteColumns().indexOf("vote");
        for (int row = 0; row < read.votes().size() && problems.size() < MOST_PROBLEMS; row++) {
            List<String> vote = read.votes().get(row);
            int line = votesLine + 2 + row;
            String voter = vote.get(voterColumn).strip();
            String area = vote.get(column).strip();
            if (!names.contains(area)) {
                problems.add(new PabulibProblem(line, "district", "voter " + voter + "'s area '" + shown(area)
                        + "' is not one of " + process.title() + "'s areas (" + String.join(", ", names) + ")"));
                continue;
            }
            for (String project : marks(vote.get(voteColumn))) {
                String projectArea = areaOf.get(project);
                if (projectArea != null && !projectArea.equals(BallotBox.ALL_AREAS) && !projectArea.equals(area)) {
                    problems.add(new PabulibProblem(line, "vote", "voter " + voter + " voted in " + area
                            + " but chose project " + project + ", which is for " + projectArea));
                }
            }
        }
        return problems;
    }

    /** A file that says which area each project is for must agree with the proposals. */
    private static void checkProjectAreas(PabulibFile read, List<String> lines, Map<String, String> areaOf,
                                          List<PabulibProblem> problems) {
        int column = read.projectColumns().indexOf("district");
        if (column < 0) {
            return;
        }
        int idColumn = read.projectColumns().indexOf("project_id");
        int firstLine = BallotsMatchProcess.sectionLine(lines, "PROJECTS") + 2;
        for (int row = 0; row < read.projects().size(); row++) {
            List<String> project = read.projects().get(row);
            String id = project.get(idColumn).strip();
            String said = project.get(column).strip();
            String area = areaOf.get(id);
            if (area != null && !area.equals(said)) {
                problems.add(new PabulibProblem(firstLine + row, "district", "project " + id + " is for '"
                        + shown(said) + "' in the file but proposal " + id + " is for " + area));
            }
        }
    }

    /** The area each accepted proposal is for, by its number; {@link BallotBox#ALL_AREAS} for the whole process. */
    private static Map<String, String> projectAreas(PbProcessView process, List<ProposalView> accepted) {
        Map<UUID, String> names = new HashMap<>();
        process.districts().forEach(d -> names.put(d.id(), d.name()));
        Map<String, String> areaOf = new HashMap<>();
        for (ProposalView p : accepted) {
            areaOf.put(Integer.toString(p.number()), p.districtId() == null ? BallotBox.ALL_AREAS
                    : names.getOrDefault(p.districtId(), BallotBox.ALL_AREAS));
        }
        return areaOf;
    }

    /**
     * The area's own Pabulib file, made from the whole file the process was counted from: the same META with the
     * area's budget and name (limits that only hold for a whole ballot left out), the area's projects, and each
     * voter who chose one of them, with just those choices (and their points), in the same order.
     */
    static BallotFile fileFor(Area area, PabulibFile whole, String fileName) {
        Map<String, String> meta = new LinkedHashMap<>(whole.meta());
        WHOLE_BALLOT_LIMITS.forEach(meta::remove);
        meta.put("budget", Long.toString(area.budget()));
        meta.put("district", area.name());
        int projectId = whole.projectColumns().indexOf("project_id");
        List<List<String>> projects = whole.projects().stream()
                .filter(p -> area.projectIds().contains(p.get(projectId).strip())).toList();
        int districtColumn = whole.voteColumns().indexOf("district");
        int voteColumn = whole.voteColumns().indexOf("vote");
        int pointsColumn = whole.voteColumns().indexOf("points");
        List<List<String>> votes = new ArrayList<>();
        for (List<String> vote : whole.votes()) {
            if (area.districtId() != null && !vote.get(districtColumn).strip().equals(area.name())) {
                continue;
            }
            List<String> chosen = marks(vote.get(voteColumn));
            List<String> points = pointsColumn < 0 ? null : marks(vote.get(pointsColumn));
            List<String> keptChoices = new ArrayList<>();
            List<String> keptPoints = new ArrayList<>();
            for (int i = 0; i < chosen.size(); i++) {
                if (area.projectIds().contains(chosen.get(i))) {
                    keptChoices.add(chosen.get(i));
                    if (points != null) {
                        keptPoints.add(points.get(i));
                    }
                }
            }
            if (keptChoices.isEmpty()) {
                continue;
            }
            List<String> row = new ArrayList<>(vote);
            row.set(voteColumn, String.join(",", keptChoices));
            if (points != null) {
                row.set(pointsColumn, String.join(",", keptPoints));
            }
            votes.add(row);
        }
        meta.put("num_projects", Integer.toString(projects.size()));
        meta.put("num_votes", Integer.toString(votes.size()));
        StringWriter text = new StringWriter();
        PabulibWriter.write(new PabulibFile(meta, whole.projectColumns(), projects, whole.voteColumns(), votes,
                null), text);
        return new BallotFile(fileName, text.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> marks(String field) {
        String text = field == null ? "" : field.strip();
        return text.isEmpty() ? List.of() : Arrays.stream(text.split(",")).map(String::strip).toList();
    }

    private static String areaNames(PbProcessView process) {
        return String.join(", ", process.districts().stream().map(District::name).toList());
    }

    private static String shown(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }
}
