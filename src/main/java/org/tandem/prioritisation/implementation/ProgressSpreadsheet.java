package org.tandem.prioritisation.implementation;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.platform.AuditEntry;
import org.tandem.platform.AuditLog;
import org.tandem.platform.AuditLog.Actor;
import org.tandem.platform.Money;
import org.tandem.platform.RuleViolation;
import org.tandem.platform.SpreadsheetCells;
import org.tandem.platform.imports.CsvImport;
import org.tandem.platform.imports.CsvLayout;
import org.tandem.platform.imports.CsvRow;
import org.tandem.prioritisation.PbProcessView;
import org.tandem.prioritisation.process.ProcessService;

/**
 * Progress of a process's projects as a spreadsheet: downloaded, changed, and uploaded again. The upload is all or
 * nothing: every problem is listed with its row and column and nothing is changed until the whole file is right;
 * then each changed row becomes one update, recorded as posted by whoever uploaded the file. Text going out is made
 * safe for spreadsheets (a note starting with = is not run as a formula).
 */
@Service
public class ProgressSpreadsheet {

    static final String NUMBER = "project number";
    static final String TITLE = "title";
    static final String STAGE = "stage";
    static final String PERCENT = "percent";
    static final String SPENT = "amount spent";
    static final String EXPECTED = "expected completion";
    static final String NOTE = "note";

    /** A process funds tens of projects, rarely hundreds: a megabyte is far more than enough. */
    public static final CsvLayout LAYOUT = CsvLayout.of(List.of(NUMBER, STAGE, PERCENT, SPENT),
            List.of(TITLE, EXPECTED, NOTE)).withMaxBytes(1024 * 1024);

    /** What an upload did. */
    public record Result(long rows, int updated, int unchanged) {
    }

    private final ProjectTracking tracking;
    private final ProcessService processes;
    private final AuditLog audit;
    private final Clock clock;

    ProgressSpreadsheet(ProjectTracking tracking, ProcessService processes, AuditLog audit, Clock clock) {
        this.tracking = tracking;
        this.processes = processes;
        this.audit = audit;
        this.clock = clock;
    }

    /** Every project with its latest public note, in the layout the upload reads. */
    public void write(UUID organisationId, UUID processId, Writer out) throws IOException {
        List<FundedProject> projects = tracking.all(organisationId, processId);
        Map<UUID, String> notes = tracking.latestNotes(organisationId, processId);
        CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180);
        csv.printRecord(NUMBER, TITLE, STAGE, PERCENT, SPENT, EXPECTED, NOTE);
        for (FundedProject p : projects) {
            csv.printRecord(p.number(), SpreadsheetCells.safe(p.title()), p.stage().written(), p.percentComplete(),
                    p.spent().plain(), p.expectedCompletion() == null ? "" : p.expectedCompletion().toString(),
                    SpreadsheetCells.safe(notes.get(p.id())));
        }
        csv.flush();
    }

    @Transactional
    public Result read(Actor by, UUID organisationId, UUID processId, InputStream upload) {
        PbProcessView process = processes.view(organisationId, processId);
        Map<Integer, FundedProject> byNumber = new HashMap<>();
        tracking.all(organisationId, processId).forEach(p -> byNumber.put(p.number(), p));
        Map<UUID, String> notes = tracking.latestNotes(organisationId, processId);
        Set<Integer> seen = new HashSet<>();
        List<Map.Entry<FundedProject, ProjectRules.Checked>> changes = new ArrayList<>();
        int[] unchanged = {0};
        long rows = CsvImport.read(upload, LAYOUT, row -> {
            FundedProject project = project(row, byNumber, seen, process);
            ProjectStage stage = row.choice(STAGE, ProjectStage.class, true);
            Integer percent = percent(row);
            Money spent = money(row);
            var expected = row.date(EXPECTED, false);
            String note = unquoted(row.optionalText(NOTE, ProjectRules.NOTE_MAX));
            if (project == null || stage == null || percent == null || spent == null) {
                return;
            }
            if (Objects.equals(note, notes.get(project.id()))) {
                note = null;
            }
            ProgressChange change = new ProgressChange(stage, percent, spent, expected, note);
            boolean same = stage == project.stage() && percent == project.percentComplete()
                    && spent.compareTo(project.spent()) == 0
                    && (expected == null || expected.equals(project.expectedCompletion()));
            if (same && note == null) {
                unchanged[0]++;
                return;
            }
            try {
                changes.add(Map.entry(project, ProjectRules.check(project, change)));
            } catch (RuleViolation e) {
                row.problem(column(e.field()), e.getMessage());
            }
        });
        Instant now = clock.instant();
        for (var change : changes) {
            tracking.postFromSpreadsheet(by, change.getKey(), change.getValue(), now);
        }
        audit.recordAs(by, AuditEntry.of(organisationId, "prioritisation.projects-uploaded", "pb-process", processId,
                "Progress of " + process.title() + "'s projects uploaded from a spreadsheet: " + changes.size()
                        + " updated, " + unchanged[0] + " unchanged")
                .after(Map.of("rows", rows, "updated", changes.size(), "unchanged", unchanged[0])));
        return new Result(rows, changes.size(), unchanged[0]);
    }

    private static FundedProject project(CsvRow row, Map<Integer, FundedProject> byNumber, Set<Integer> seen,
                                         PbProcessView process) {
        String typed = row.text(NUMBER);
        if (typed == null) {
            row.problem(NUMBER, "is empty; enter the project's number from the downloaded spreadsheet");
            return null;
        }
        if (!typed.matches("\\d{1,6}")) {
            row.problem(NUMBER, "'" + shorten(typed) + "' is not a project number");
            return null;
        }
        int number = Integer.parseInt(typed);
        FundedProject project = byNumber.get(number);
        if (project == null) {
            row.problem(NUMBER, "there is no funded project " + number + " in " + process.title());
            return null;
        }
        if (!seen.add(number)) {
            row.problem(NUMBER, "project " + number + " appears more than once in the file");
            return null;
        }
        return project;
    }

    private static Integer percent(CsvRow row) {
        String typed = row.text(PERCENT);
        if (typed == null) {
            row.problem(PERCENT, "is empty; enter a whole number from 0 to 100");
            return null;
        }
        String digits = typed.endsWith("%") ? typed.substring(0, typed.length() - 1).strip() : typed;
        if (!digits.matches("\\d{1,3}") || Integer.parseInt(digits) > 100) {
            row.problem(PERCENT, "'" + shorten(typed) + "' is not a whole number from 0 to 100");
            return null;
        }
        return Integer.valueOf(digits);
    }

    private static Money money(CsvRow row) {
        String typed = row.text(SPENT);
        if (typed == null) {
            row.problem(SPENT, "is empty; enter the amount spent so far, for example 2450.00");
            return null;
        }
        Money amount = Money.parse(typed);
        if (amount == null) {
            row.problem(SPENT, "'" + shorten(typed) + "' is not an exact amount in pounds and pence, such as "
                    + "2450.00");
        }
        return amount;
    }

    /** Takes off the apostrophe the download put before a note starting with = + - or @. */
    private static String unquoted(String note) {
        if (note != null && note.length() > 1 && note.charAt(0) == '\'' && "=+-@".indexOf(note.charAt(1)) >= 0) {
            return note.substring(1);
        }
        return note;
    }

    private static String column(String field) {
        if (field == null) {
            return null;
        }
        return switch (field) {
            case "stage" -> STAGE;
            case "percentComplete" -> PERCENT;
            case "spent" -> SPENT;
            case "expectedCompletion" -> EXPECTED;
            default -> NOTE;
        };
    }

    private static String shorten(String value) {
        return value.length() > 40 ? value.substring(0, 37) + "..." : value;
    }
}
