package org.tandem.prioritisation.ballots;

import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.platform.NotFoundException;
import org.tandem.platform.Organisations;
import org.tandem.prioritisation.BallotBox;
import org.tandem.prioritisation.BallotSettings;
import org.tandem.prioritisation.BallotType;
import org.tandem.prioritisation.PbProcessView;
import org.tandem.prioritisation.PbProcesses;
import org.tandem.prioritisation.ProposalView;
import org.tandem.prioritisation.pabulib.PabulibFile;
import org.tandem.prioritisation.pabulib.PabulibReader;
import org.tandem.prioritisation.pabulib.PabulibWriter;

/**
 * The counted ballots as a Pabulib file: one vote per online voter (their last ballot) and per agreed paper sheet,
 * each under its receipt's public id, in receipt order, with nothing else about the voter but their district.
 * Amounts are whole pounds: the budget rounded down, costs rounded up, so no project looks cheaper than it is. The
 * file is written and read back through the Pabulib parser, so what is returned is always a valid file.
 */
@Service
class CountedBallots implements BallotBox {

    private final PbProcesses processes;
    private final Organisations organisations;
    private final BallotRepository ballots;
    private final Clock clock;

    CountedBallots(PbProcesses processes, Organisations organisations, BallotRepository ballots, Clock clock) {
        this.processes = processes;
        this.organisations = organisations;
        this.ballots = ballots;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public PabulibFile countedBallots(UUID organisationId, UUID processId) {
        PbProcessView process = processes.find(organisationId, processId)
                .orElseThrow(() -> new NotFoundException("Participatory budgeting process"));
        BallotSettings settings = processes.ballotSettings(organisationId, processId);
        List<ProposalView> proposals = processes.acceptedProposals(organisationId, processId);
        boolean districts = !process.districts().isEmpty();
        Map<UUID, String> districtNames = new HashMap<>();
        process.districts().forEach(d -> districtNames.put(d.id(), d.name()));

        List<List<String>> projects = new ArrayList<>();
        Map<Integer, Long> costs = new HashMap<>();
        boolean wholePounds = true;
        for (ProposalView p : proposals) {
            long cost = p.cost().amount().setScale(0, RoundingMode.CEILING).longValueExact();
            wholePounds &= p.cost().amount().stripTrailingZeros().scale() <= 0;
            costs.put(p.number(), cost);
            List<String> row = new ArrayList<>(List.of(Integer.toString(p.number()), Long.toString(cost),
                    oneLine(p.title())));
            if (districts) {
                row.add(p.districtId() == null ? ALL_AREAS : districtNames.getOrDefault(p.districtId(), ALL_AREAS));
            }
            projects.add(row);
        }

        boolean points = settings.type() == BallotType.CUMULATIVE;
        List<List<String>> votes = new ArrayList<>();
        for (BallotRepository.StoredBallot ballot : ballots.counted(organisationId, processId)) {
            Choices choices = Choices.decode(ballot.districtId(), ballot.choices());
            List<Choices.Mark> marks = choices.marks().stream().filter(m -> costs.containsKey(m.number())).toList();
            List<String> row = new ArrayList<>(List.of(ballot.receiptId(),
                    marks.stream().map(m -> Integer.toString(m.number())).collect(Collectors.joining(","))));
            if (points) {
                row.add(marks.stream().map(m -> Integer.toString(m.points())).collect(Collectors.joining(",")));
            }
            if (districts) {
                row.add(ballot.districtId() == null ? ALL_AREAS
                        : districtNames.getOrDefault(ballot.districtId(), ALL_AREAS));
            }
            votes.add(row);
        }

        long budget = process.budget().amount().setScale(0, RoundingMode.FLOOR).longValueExact();
        Map<String, String> meta = new LinkedHashMap<>();
        meta.put("description", oneLine(process.description()));
        meta.put("country", "United Kingdom");
        meta.put("unit", organisations.find(organisationId).map(o -> o.name()).orElse(""));
        meta.put("instance", oneLine(process.title()));
        meta.put("num_projects", Integer.toString(projects.size()));
        meta.put("num_votes", Integer.toString(votes.size()));
        meta.put("budget", Long.toString(budget));
        meta.put("vote_type", settings.type().pabulibVoteType());
        meta.put("currency", "GBP");
        limits(settings, process, budget, wholePounds, districts, meta);

        List<String> projectColumns = new ArrayList<>(List.of("project_id", "cost", "name"));
        List<String> voteColumns = new ArrayList<>(List.of("voter_id", "vote"));
        if (points) {
            voteColumns.add("points");
        }
        if (districts) {
            projectColumns.add("district");
            voteColumns.add("district");
        }
        StringWriter text = new StringWriter();
        PabulibWriter.write(new PabulibFile(meta, projectColumns, projects, voteColumns, votes, null), text);
        return PabulibReader.readFile(new StringReader(text.toString()));
    }

    @Override
    @Transactional
    public boolean unlinkVoters(UUID organisationId, UUID processId) {
        processes.find(organisationId, processId)
                .orElseThrow(() -> new NotFoundException("Participatory budgeting process"));
        return ballots.unlink(organisationId, processId, clock.instant());
    }

    /**
     * The ballot's limits under Pabulib's names. The cost limits are left out where whole-pound rounding or areas
     * with budgets of their own would make a valid ballot look invalid: costs rounded up can add up to more than the
     * budget, and a voter in an area keeps to the area's budget, not the whole one.
     */
    private static void limits(BallotSettings s, PbProcessView process, long budget, boolean wholePounds,
                               boolean districts, Map<String, String> meta) {
        switch (s.type()) {
            case APPROVAL -> {
                put(meta, "min_length", s.minProjects());
                put(meta, "max_length", s.maxProjects());
            }
            case COST_LIMITED -> {
                if (!districts) {
                    if (wholePounds) {
                        meta.put("max_sum_cost", Long.toString(budget));
                    }
                    if (s.minSpendPercent() != null) {
                        BigDecimal least = process.budget().amount().multiply(BigDecimal.valueOf(s.minSpendPercent()))
                                .divide(BigDecimal.valueOf(100), 0, RoundingMode.CEILING);
                        meta.put("min_sum_cost", least.toPlainString());
                    }
                }
            }
            case CUMULATIVE -> {
                put(meta, "max_sum_points", s.points());
                put(meta, "max_points", s.maxPointsPerProject());
            }
            case RANKING -> put(meta, "max_length", s.maxRanked());
        }
    }

    private static void put(Map<String, String> meta, String key, Integer value) {
        if (value != null) {
            meta.put(key, value.toString());
        }
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
    }
}
