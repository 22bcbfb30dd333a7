package org.tandem.prioritisation.ballots;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.platform.AuditEntry;
import org.tandem.platform.AuditLog;
import org.tandem.platform.AuditLog.Actor;
import org.tandem.platform.ConflictException;
import org.tandem.platform.RuleViolation;
import org.tandem.prioritisation.BallotBox;
import org.tandem.prioritisation.BallotType;
import org.tandem.prioritisation.PbPhase;

/**
 * Paper ballots typed in by officers, each sheet twice by two different officers. When the two readings agree the
 * sheet counts; when they differ, a supervisor (a commissioner who made neither entry) reads the sheet and their
 * third entry is what counts. The same ballot rules apply as online. A paper ballot has a receipt id like any other
 * (the file needs one), made from a code nobody is given.
 */
@Service
public class PaperBallots {

    public static final int LARGEST_SHEET = 9_999_999;

    /** Where a sheet stands. */
    public enum State {
        ENTERED_ONCE("Entered once: waiting for a second officer"), MATCHED("Both entries agree: counted"),
        MISMATCHED("The entries differ: a supervisor must read the sheet"), RESOLVED("Settled by a supervisor: counted");

        private final String label;

        State(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        public boolean counted() {
            return this == MATCHED || this == RESOLVED;
        }
    }

    /** One entry as the reconciliation view shows it: who typed it and what they read, in words. */
    public record EntryView(int entry, String enteredBy, String area, String reading) {
    }

    public record Sheet(int number, State state, List<EntryView> entries) {
    }

    private final BallotService ballots;
    private final PaperEntryRepository entries;
    private final BallotRepository ballotRows;
    private final AuditLog audit;
    private final Clock clock;

    PaperBallots(BallotService ballots, PaperEntryRepository entries, BallotRepository ballotRows, AuditLog audit,
                 Clock clock) {
        this.ballots = ballots;
        this.entries = entries;
        this.ballotRows = ballotRows;
        this.audit = audit;
        this.clock = clock;
    }

    /** Sheets are typed in while voting runs and during counting, not before voting nor once results are out. */
    static boolean entering(BallotPaper paper) {
        return paper.phase() == PbPhase.VOTING || paper.phase() == PbPhase.COUNTING;
    }

    @Transactional
    public State enter(BallotPaper paper, Actor officer, boolean supervisor, String sheetNumber, String district,
                       Map<String, String> marked) {
        UUID org = paper.process().organisationId();
        UUID processId = paper.process().id();
        if (!entering(paper)) {
            throw new RuleViolation(null, "Paper ballots are typed in while voting runs and during counting");
        }
        int sheet = sheet(sheetNumber);
        Choices choices = BallotRules.checked(paper.settings(), paper.process(), paper.proposals(), district, marked);
        List<PaperEntryRepository.Entry> before = entries.entries(org, processId, sheet);
        State state = state(before);
        if (state != null && state.counted()) {
            throw new RuleViolation("sheet", "Sheet " + sheet + " has been counted already");
        }
        if (before.stream().anyMatch(e -> e.enteredBy().equals(officer.actorId()))) {
            throw new RuleViolation("sheet", "You have entered sheet " + sheet + " already: "
                    + (state == State.ENTERED_ONCE ? "a different officer must enter it the second time"
                    : "a supervisor who entered neither reading must settle it"));
        }
        if (state == State.MISMATCHED && !supervisor) {
            throw new RuleViolation("sheet", "The two entries of sheet " + sheet + " differ: a supervisor (a "
                    + "commissioner) must read the sheet and enter it");
        }
        int number = before.size() + 1;
        PaperEntryRepository.Entry entry = new PaperEntryRepository.Entry(sheet, number, officer.actorId(),
                officer.name(), choices.districtId(),
                choices.encoded(paper.settings().type() == BallotType.CUMULATIVE), clock.instant());
        try {
            entries.insert(org, processId, entry);
        } catch (DuplicateKeyException anotherOfficerAtOnce) {
            throw new ConflictException("Someone else entered sheet " + sheet + " at the same moment. Look at the "
                    + "sheets below and enter it again if it still needs you.");
        }
        List<PaperEntryRepository.Entry> after = new ArrayList<>(before);
        after.add(entry);
        State now = state(after);
        if (now.counted()) {
            UUID ballot = ballotRows.insert(org, processId, BallotRepository.Channel.PAPER, null,
                    BallotBox.receiptId(ReceiptCodes.generate()), entry.districtId(), entry.choices());
            entries.counted(org, processId, sheet, ballot);
        }
        audit.recordAs(officer, AuditEntry.of(org, "prioritisation.paper-ballot-entered", "pb-process", processId,
                "Paper ballot sheet " + sheet + " entered (entry " + number + ") in " + paper.process().title()
                        + ": " + now.label().toLowerCase(java.util.Locale.ROOT)));
        return now;
    }

    public List<Sheet> sheets(BallotPaper paper) {
        Map<Integer, List<PaperEntryRepository.Entry>> bySheet = new LinkedHashMap<>();
        for (PaperEntryRepository.Entry e : entries.entries(paper.process().organisationId(), paper.process().id(),
                null)) {
            bySheet.computeIfAbsent(e.sheet(), s -> new ArrayList<>()).add(e);
        }
        List<Sheet> sheets = new ArrayList<>();
        bySheet.forEach((number, list) -> sheets.add(new Sheet(number, state(list),
                list.stream().map(e -> new EntryView(e.entry(), e.enteredByName(), area(paper, e),
                        reading(paper, e))).toList())));
        return sheets;
    }

    private static State state(List<PaperEntryRepository.Entry> list) {
        if (list.isEmpty()) {
            return null;
        }
        if (list.size() == 1) {
            return State.ENTERED_ONCE;
        }
        if (list.size() == 2) {
            return list.get(0).sameReading(list.get(1)) ? State.MATCHED : State.MISMATCHED;
        }
        return State.RESOLVED;
    }

    private static int sheet(String typed) {
        String number = typed == null ? "" : typed.strip();
        if (!number.matches("\\d{1,7}") || Integer.parseInt(number) < 1) {
            throw new RuleViolation("sheet", "Enter the sheet number printed on the ballot paper, a whole number "
                    + "from 1 to " + LARGEST_SHEET);
        }
        return Integer.parseInt(number);
    }

    private static String area(BallotPaper paper, PaperEntryRepository.Entry e) {
        return e.districtId() == null ? "" : paper.process().district(e.districtId()).map(d -> d.name()).orElse("");
    }

    /** "2. Youth club; 3. Music studio" or, with points, "1. Skate ramp: 7 points". */
    private static String reading(BallotPaper paper, PaperEntryRepository.Entry e) {
        Choices choices = Choices.decode(e.districtId(), e.choices());
        boolean points = paper.settings().type() == BallotType.CUMULATIVE;
        boolean ranks = paper.settings().type() == BallotType.RANKING;
        List<String> parts = new ArrayList<>();
        int rank = 1;
        for (Choices.Mark mark : choices.marks()) {
            String title = paper.proposals().stream().filter(p -> p.number() == mark.number()).map(p -> p.title())
                    .findFirst().orElse("proposal");
            parts.add((ranks ? "rank " + rank++ + ": " : "") + mark.number() + ". " + title
                    + (points ? ": " + mark.points() + " points" : ""));
        }
        return String.join("; ", parts);
    }
}
