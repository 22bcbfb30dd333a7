package org.tandem.prioritisation.pabulib;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.tandem.prioritisation.counting.BallotKind;
import org.tandem.prioritisation.counting.InvalidInstanceException;
import org.tandem.prioritisation.counting.PbInstance;

/**
 * Reads a {@code .pb} file line by line, checking every line as it goes and building the instance: the file is
 * never held in memory as text, and the vote rows are kept only when a caller wants the whole file back.
 */
final class PabulibParser {

    /** Enough to see what is wrong with a file without a report the size of the file. */
    static final int MOST_PROBLEMS_REPORTED = 200;
    /** Larger money amounts than this are refused, so sums of costs can never overflow. */
    static final long LARGEST_AMOUNT = 1_000_000_000_000_000L;
    private static final int LONGEST_RECORD = 1 << 20;
    /** What the decoder reads bytes that are not UTF-8 as. */
    private static final char NOT_UTF8 = '\uFFFD';
    private static final Pattern WHOLE_NUMBER = Pattern.compile("-?\\d+(\\.0*)?");
    private static final List<String> NUMBER_KEYS = List.of("budget", "num_projects", "num_votes", "min_length",
            "max_length", "min_sum_points", "max_sum_points", "min_points", "max_points", "min_sum_cost",
            "max_sum_cost");

    private enum Section { NONE, META, PROJECTS, VOTES }

    private final BufferedReader in;
    private final boolean keepRows;
    private final List<PabulibProblem> problems = new ArrayList<>();
    private int problemCount;
    private int line;
    private int recordLine;

    private Section section = Section.NONE;
    private boolean expectHeader;
    private final Map<String, String> meta = new LinkedHashMap<>();
    private final Map<String, Integer> metaLine = new HashMap<>();
    private List<String> projectColumns;
    private List<String> voteColumns;
    private final List<List<String>> projectRows = new ArrayList<>();
    private final List<List<String>> voteRows = new ArrayList<>();
    private final Set<Section> seen = new HashSet<>();

    private BallotKind kind = BallotKind.APPROVAL;
    private PbInstance.Builder builder;
    private final Map<String, Long> projectCost = new HashMap<>();
    private final Set<String> voterIds = new HashSet<>();
    private int projectCount;
    private int voteCount;

    PabulibParser(Reader reader, boolean keepRows) {
        this.in = reader instanceof BufferedReader buffered ? buffered : new BufferedReader(reader, 1 << 16);
        this.keepRows = keepRows;
    }

    /** Reads to the end; the file, or null when there were problems (see {@link #problems()}). */
    PabulibFile parse() {
        try {
            List<String> fields;
            while ((fields = nextRecord()) != null) {
                accept(fields);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        finish();
        if (problemCount > 0) {
            return null;
        }
        return new PabulibFile(meta, projectColumns, keepRows ? projectRows : List.of(), voteColumns,
                keepRows ? voteRows : List.of(), builder.build());
    }

    List<PabulibProblem> problems() {
        if (problemCount > problems.size()) {
            List<PabulibProblem> all = new ArrayList<>(problems);
            all.add(new PabulibProblem(line, null, "and " + (problemCount - problems.size())
                    + " more problems not listed"));
            return all;
        }
        return problems;
    }

    private void problem(int at, String field, String message) {
        problemCount++;
        if (problems.size() < MOST_PROBLEMS_REPORTED) {
            problems.add(new PabulibProblem(at, field, message));
        }
    }

    private void accept(List<String> fields) {
        String first = fields.size() == 1 ? fields.getFirst().strip() : null;
        if (first != null && first.isEmpty()) {
            return;
        }
        if (first != null && isSectionName(first)) {
            startSection(Section.valueOf(first.toUpperCase(java.util.Locale.ROOT)));
            return;
        }
        switch (section) {
            case NONE -> problem(recordLine, null, "the file must start with a META section");
            case META -> metaRow(fields);
            case PROJECTS -> projectRow(fields);
            case VOTES -> voteRow(fields);
        }
    }

    private static boolean isSectionName(String text) {
        return text.equalsIgnoreCase("META") || text.equalsIgnoreCase("PROJECTS") || text.equalsIgnoreCase("VOTES");
    }

    private void startSection(Section next) {
        if (!seen.add(next)) {
            problem(recordLine, null, "the " + next + " section appears twice");
        } else if (next.ordinal() != section.ordinal() + 1) {
            problem(recordLine, null, "the " + next + " section must come after the "
                    + Section.values()[next.ordinal() - 1] + " section");
        }
        section = next;
        expectHeader = true;
        if (next == Section.PROJECTS) {
            readMeta();
        }
    }

    private void metaRow(List<String> fields) {
        if (expectHeader) {
            expectHeader = false;
            if (!(fields.size() == 2 && fields.get(0).strip().equals("key") && fields.get(1).strip().equals("value"))) {
                problem(recordLine, null, "the META section must start with the header key;value");
            }
            return;
        }
        if (fields.size() != 2) {
            problem(recordLine, null, "a META line has a key and a value (2 fields), this one has " + fields.size());
            return;
        }
        String key = fields.get(0).strip();
        if (key.isEmpty()) {
            problem(recordLine, "key", "the key is empty");
        } else if (meta.putIfAbsent(key, fields.get(1).strip()) != null) {
            problem(recordLine, key, "the key " + key + " appears twice");
        } else {
            metaLine.put(key, recordLine);
        }
    }

    private void readMeta() {
        for (String key : NUMBER_KEYS) {
            if (meta.containsKey(key)) {
                wholeNumber(meta.get(key), metaLine.get(key), key, false);
            }
        }
        Long budget = meta.containsKey("budget") ? wholeNumber(meta.get("budget"), metaLine.get("budget"), "budget",
                true) : null;
        if (!meta.containsKey("budget")) {
            problem(recordLine, "budget", "META has no budget");
        }
        String voteType = meta.get("vote_type");
        if (voteType == null) {
            problem(recordLine, "vote_type", "META has no vote_type");
        } else if (BallotKind.fromPabulib(voteType) == null) {
            problem(metaLine.get("vote_type"), "vote_type", "vote_type must be approval, ordinal, cumulative or"
                    + " scoring, not " + quoted(voteType));
        } else {
            kind = BallotKind.fromPabulib(voteType);
        }
        builder = PbInstance.builder(kind, budget == null || budget < 0 ? 0 : budget);
    }

    private void projectRow(List<String> fields) {
        if (builder == null) {
            readMeta();
        }
        if (expectHeader) {
            expectHeader = false;
            projectColumns = columns(fields, "project_id", "cost");
            return;
        }
        if (!matchesHeader(fields, projectColumns)) {
            return;
        }
        if (keepRows) {
            projectRows.add(fields);
        }
        projectCount++;
        String id = fields.get(projectColumns.indexOf("project_id")).strip();
        Long cost = wholeNumber(fields.get(projectColumns.indexOf("cost")), recordLine, "cost", true);
        if (id.isEmpty()) {
            problem(recordLine, "project_id", "the project id is empty");
            return;
        }
        if (projectCost.containsKey(id)) {
            problem(recordLine, "project_id", "project " + quoted(id) + " appears twice");
            return;
        }
        projectCost.put(id, cost == null ? 0 : cost);
        int nameColumn = projectColumns.indexOf("name");
        if (cost != null && cost >= 0) {
            builder.project(id, nameColumn < 0 ? id : fields.get(nameColumn).strip(), cost);
        }
    }

    private void voteRow(List<String> fields) {
        if (builder == null) {
            readMeta();
        }
        if (expectHeader) {
            expectHeader = false;
            voteColumns = kind.hasPoints() ? columns(fields, "voter_id", "vote", "points")
                    : columns(fields, "voter_id", "vote");
            return;
        }
        if (!matchesHeader(fields, voteColumns)) {
            return;
        }
        if (keepRows) {
            voteRows.add(fields);
        }
        voteCount++;
        String voter = fields.get(voteColumns.indexOf("voter_id")).strip();
        boolean fine = true;
        if (voter.isEmpty()) {
            problem(recordLine, "voter_id", "the voter id is empty");
            fine = false;
        } else if (!voterIds.add(voter)) {
            problem(recordLine, "voter_id", "voter " + quoted(voter) + " has already voted");
            fine = false;
        }
        List<String> chosen = list(fields.get(voteColumns.indexOf("vote")));
        fine &= checkProjects(chosen);
        int pointsColumn = voteColumns.indexOf("points");
        int[] points = new int[chosen.size()];
        if (kind.hasPoints() && pointsColumn >= 0) {
            fine &= checkPoints(list(fields.get(pointsColumn)), chosen, points);
        } else {
            Arrays.fill(points, 1);
        }
        fine &= checkLength(chosen);
        if (fine && problemCount == 0) {
            try {
                builder.ballot(voter, chosen, Arrays.stream(points).boxed().toList());
            } catch (InvalidInstanceException e) {
                problem(recordLine, "vote", e.getMessage());
            }
        }
    }

    private boolean checkProjects(List<String> chosen) {
        boolean fine = true;
        Set<String> named = new HashSet<>();
        long totalCost = 0;
        for (String id : chosen) {
            if (!projectCost.containsKey(id)) {
                problem(recordLine, "vote", "project " + quoted(id) + " is not in the PROJECTS section");
                fine = false;
            } else if (!named.add(id)) {
                problem(recordLine, "vote", "project " + quoted(id) + " is named twice");
                fine = false;
            } else {
                totalCost += projectCost.get(id);
            }
        }
        Long maxCost = limit("max_sum_cost");
        if (maxCost != null && totalCost > maxCost) {
            problem(recordLine, "vote", "the projects chosen cost " + totalCost + ", more than max_sum_cost "
                    + maxCost);
            fine = false;
        }
        Long minCost = limit("min_sum_cost");
        if (minCost != null && totalCost < minCost && !chosen.isEmpty()) {
            problem(recordLine, "vote", "the projects chosen cost " + totalCost + ", less than min_sum_cost "
                    + minCost);
            fine = false;
        }
        return fine;
    }

    private boolean checkPoints(List<String> given, List<String> chosen, int[] points) {
        if (given.size() != chosen.size()) {
            problem(recordLine, "points", "there are " + given.size() + " points for " + chosen.size() + " projects");
            return false;
        }
        boolean fine = true;
        long sum = 0;
        Long least = limit("min_points");
        Long most = limit("max_points");
        for (int i = 0; i < given.size(); i++) {
            Long value = wholeNumber(given.get(i), recordLine, "points", false);
            if (value == null) {
                fine = false;
                continue;
            }
            if (value < 0 || value > Integer.MAX_VALUE || (least != null && value < least)
                    || (most != null && value > most)) {
                problem(recordLine, "points", "points " + value + " for project " + quoted(chosen.get(i))
                        + " are outside " + (least == null ? 0 : least) + " to "
                        + (most == null ? Integer.MAX_VALUE : most));
                fine = false;
                continue;
            }
            points[i] = value.intValue();
            sum += value;
        }
        Long maxSum = limit("max_sum_points");
        if (maxSum != null && sum > maxSum) {
            problem(recordLine, "points", "the points add up to " + sum + ", more than max_sum_points " + maxSum);
            fine = false;
        }
        return fine;
    }

    private boolean checkLength(List<String> chosen) {
        Long longest = limit("max_length");
        if (longest != null && chosen.size() > longest) {
            problem(recordLine, "vote", "the vote names " + chosen.size() + " projects, more than max_length "
                    + longest);
            return false;
        }
        Long shortest = limit("min_length");
        if (shortest != null && chosen.size() < shortest) {
            problem(recordLine, "vote", "the vote names " + chosen.size() + " projects, fewer than min_length "
                    + shortest);
            return false;
        }
        return true;
    }

    private void finish() {
        for (Section needed : List.of(Section.META, Section.PROJECTS, Section.VOTES)) {
            if (!seen.contains(needed)) {
                problem(Math.max(line, 1), null, "the file has no " + needed + " section");
            }
        }
        if (builder == null && seen.isEmpty()) {
            return;
        }
        compareCount("num_projects", projectCount, "projects");
        compareCount("num_votes", voteCount, "votes");
    }

    private void compareCount(String key, int counted, String what) {
        Long declared = limit(key);
        if (declared != null && declared != counted) {
            problem(metaLine.get(key), key, key + " says " + declared + " but the file has " + counted + " " + what);
        }
    }

    private Long limit(String key) {
        String value = meta.get(key);
        if (value == null || !WHOLE_NUMBER.matcher(value).matches()) {
            return null;
        }
        try {
            return Long.parseLong(value.replaceFirst("\\..*", ""));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private List<String> columns(List<String> fields, String... required) {
        List<String> names = fields.stream().map(String::strip).toList();
        for (String name : required) {
            if (!names.contains(name)) {
                problem(recordLine, name, "the " + section + " header has no " + name + " column");
            }
        }
        Set<String> unique = new HashSet<>();
        for (String name : names) {
            if (!unique.add(name)) {
                problem(recordLine, name, "the column " + name + " appears twice in the header");
            }
        }
        return Arrays.stream(required).allMatch(names::contains) ? names : null;
    }

    private boolean matchesHeader(List<String> fields, List<String> header) {
        if (header == null) {
            return false;
        }
        if (fields.size() != header.size()) {
            problem(recordLine, null, "the line has " + fields.size() + " fields but the " + section + " header has "
                    + header.size());
            return false;
        }
        return true;
    }

    private Long wholeNumber(String text, int at, String field, boolean money) {
        String value = text.strip();
        if (!WHOLE_NUMBER.matcher(value).matches()) {
            problem(at, field, quoted(value) + " is not a whole number");
            return null;
        }
        long parsed;
        try {
            parsed = Long.parseLong(value.replaceFirst("\\..*", ""));
        } catch (NumberFormatException e) {
            problem(at, field, quoted(value) + " is too large");
            return null;
        }
        if (parsed < 0 && (money || NUMBER_KEYS.contains(field))) {
            problem(at, field, quoted(value) + " cannot be negative");
            return null;
        }
        if (Math.abs(parsed) > LARGEST_AMOUNT) {
            problem(at, field, quoted(value) + " is too large (at most " + LARGEST_AMOUNT + ")");
            return null;
        }
        return parsed;
    }

    private static List<String> list(String field) {
        String value = field.strip();
        if (value.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(value.split(",", -1)).map(String::strip).toList();
    }

    private static String quoted(String value) {
        String shown = value.length() > 60 ? value.substring(0, 60) + "…" : value;
        return "'" + shown + "'";
    }

    /**
     * The next record split into fields: semicolons separate fields, a field in double quotes may hold semicolons,
     * doubled quotes and line breaks. Null at the end of the file.
     */
    private List<String> nextRecord() throws IOException {
        String text = in.readLine();
        if (text == null) {
            return null;
        }
        line++;
        recordLine = line;
        if (line == 1 && !text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        if (text.indexOf(NOT_UTF8) >= 0) {
            problem(line, null, "the line is not UTF-8 text; save the file as UTF-8");
        }
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int i = 0;
        while (true) {
            if (i == text.length()) {
                if (!quoted) {
                    break;
                }
                String more = in.readLine();
                if (more == null) {
                    problem(recordLine, null, "a quoted field is never closed");
                    break;
                }
                line++;
                if (more.indexOf(NOT_UTF8) >= 0) {
                    problem(line, null, "the line is not UTF-8 text; save the file as UTF-8");
                }
                field.append('\n');
                text = more;
                i = 0;
                continue;
            }
            if (field.length() > LONGEST_RECORD) {
                problem(recordLine, null, "the line is longer than " + LONGEST_RECORD + " characters");
                return List.of("");
            }
            char c = text.charAt(i++);
            if (quoted) {
                if (c == '"' && i < text.length() && text.charAt(i) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"' && field.isEmpty()) {
                quoted = true;
            } else if (c == ';') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
