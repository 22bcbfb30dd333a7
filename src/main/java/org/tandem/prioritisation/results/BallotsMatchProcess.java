package org.tandem.prioritisation.results;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.tandem.prioritisation.PbProcessView;
import org.tandem.prioritisation.ProposalView;
import org.tandem.prioritisation.counting.PbInstance;
import org.tandem.prioritisation.counting.Project;
import org.tandem.prioritisation.pabulib.PabulibProblem;

/**
 * A ballot file counts for a process only when it is that process's vote: the same budget and exactly the proposals
 * accepted for the ballot, each by its number and with its cost. Costs in a ballot file are whole pounds, so a cost
 * with pence matches the whole pounds either side of it.
 */
final class BallotsMatchProcess {

    private BallotsMatchProcess() {
    }

    /** Every way the file differs from the process, each at its line; empty when it matches. */
    static List<PabulibProblem> problems(BallotFile file, PbInstance instance, PbProcessView process,
                                         List<ProposalView> accepted) {
        List<String> lines = file.lines();
        List<PabulibProblem> problems = new ArrayList<>();
        long budget = process.budget().amount().setScale(0, RoundingMode.FLOOR).longValueExact();
        if (instance.budget() != budget) {
            problems.add(new PabulibProblem(metaLine(lines, "budget"), "budget", "the file's budget is "
                    + Amounts.pounds(instance.budget()) + " but " + process.title() + "'s budget is "
                    + process.budget()));
        }
        Map<Integer, ProposalView> byNumber = new LinkedHashMap<>();
        accepted.forEach(p -> byNumber.put(p.number(), p));
        Set<Integer> inFile = new HashSet<>();
        int firstProjectLine = sectionLine(lines, "PROJECTS") + 2;
        for (int index = 0; index < instance.projectCount(); index++) {
            Project project = instance.project(index);
            int line = firstProjectLine + index;
            ProposalView proposal = project.id().matches("\\d{1,9}") ? byNumber.get(Integer.parseInt(project.id()))
                    : null;
            if (proposal == null) {
                problems.add(new PabulibProblem(line, "project_id", "project " + shown(project.id())
                        + " is not the number of a proposal accepted for " + process.title() + "'s ballot"
                        + " (accepted: " + numbers(byNumber.keySet()) + ")"));
                continue;
            }
            inFile.add(proposal.number());
            BigDecimal cost = proposal.cost().amount();
            if (BigDecimal.valueOf(project.cost()).subtract(cost).abs().compareTo(BigDecimal.ONE) >= 0) {
                problems.add(new PabulibProblem(line, "cost", "project " + project.id() + " costs "
                        + Amounts.pounds(project.cost()) + " in the file but proposal " + proposal.number() + ", "
                        + proposal.title() + ", costs " + proposal.cost()));
            }
        }
        List<Integer> missing = byNumber.keySet().stream().filter(n -> !inFile.contains(n)).toList();
        if (!missing.isEmpty()) {
            problems.add(new PabulibProblem(sectionLine(lines, "PROJECTS"), null, "the file has no project for "
                    + (missing.size() == 1 ? "proposal " : "proposals ") + numbers(missing)
                    + ", accepted for the ballot"));
        }
        return problems;
    }

    /** The line (from 1) that starts a section; 0 when the file has none. */
    static int sectionLine(List<String> lines, String section) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).strip().replace("\uFEFF", "").equalsIgnoreCase(section)) {
                return i + 1;
            }
        }
        return 0;
    }

    private static int metaLine(List<String> lines, String key) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).strip().toLowerCase(Locale.ROOT).startsWith(key + ";")) {
                return i + 1;
            }
        }
        return 0;
    }

    private static String numbers(java.util.Collection<Integer> numbers) {
        return numbers.isEmpty() ? "none" : String.join(", ", numbers.stream().map(String::valueOf).toList());
    }

    private static String shown(String id) {
        return "'" + (id.length() > 40 ? id.substring(0, 40) + "…" : id) + "'";
    }
}
