package org.tandem.prioritisation.pabulib;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.tandem.prioritisation.counting.Ballot;
import org.tandem.prioritisation.counting.PbInstance;
import org.tandem.prioritisation.counting.Project;

/**
 * Writes {@code .pb} files: a file read earlier, optional fields and all, or a Tandem instance with the META keys
 * given, so a published vote can be recounted with any Pabulib tool. Fields holding a semicolon, a quote or a line
 * break are quoted, quotes doubled.
 */
public final class PabulibWriter {

    private PabulibWriter() {
    }

    public static void write(PabulibFile file, Writer out) {
        try {
            out.write("META\nkey;value\n");
            for (Map.Entry<String, String> entry : file.meta().entrySet()) {
                row(out, List.of(entry.getKey(), entry.getValue()));
            }
            out.write("PROJECTS\n");
            row(out, file.projectColumns());
            for (List<String> project : file.projects()) {
                row(out, project);
            }
            out.write("VOTES\n");
            row(out, file.voteColumns());
            for (List<String> vote : file.votes()) {
                row(out, vote);
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * An instance as a {@code .pb} file. The counts, budget and vote type come from the instance; {@code meta} adds
     * the rest (description, country, unit, currency...) and cannot override them.
     */
    public static void write(PbInstance instance, Map<String, String> meta, Writer out) {
        Map<String, String> keys = new LinkedHashMap<>(meta);
        keys.put("num_projects", String.valueOf(instance.projectCount()));
        keys.put("num_votes", String.valueOf(instance.voterCount()));
        keys.put("budget", String.valueOf(instance.budget()));
        keys.put("vote_type", instance.kind().pabulibName());
        List<List<String>> projects = new ArrayList<>();
        for (Project project : instance.projects()) {
            projects.add(List.of(project.id(), String.valueOf(project.cost()), project.name()));
        }
        boolean points = instance.kind().hasPoints();
        List<List<String>> votes = new ArrayList<>();
        for (int voter = 0; voter < instance.voterCount(); voter++) {
            Ballot ballot = instance.ballot(voter);
            List<String> row = new ArrayList<>(List.of(ballot.voterId(), String.join(",", ballot.projectIds())));
            if (points) {
                row.add(ballot.points().stream().map(String::valueOf).collect(Collectors.joining(",")));
            }
            votes.add(row);
        }
        List<String> voteColumns = points ? List.of("voter_id", "vote", "points") : List.of("voter_id", "vote");
        write(new PabulibFile(keys, List.of("project_id", "cost", "name"), projects, voteColumns, votes, instance),
                out);
    }

    private static void row(Writer out, List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.write(';');
            }
            out.write(field(fields.get(i)));
        }
        out.write('\n');
    }

    private static String field(String value) {
        if (value.indexOf(';') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}
