package org.tandem.prioritisation.implementation;

import java.time.LocalDate;
import org.tandem.platform.Money;
import org.tandem.platform.RuleViolation;

/**
 * What an update may do to a project. Completed means 100% complete. Putting a project on hold or ending its funding,
 * going back a stage, or lowering the percentage or the money spent all need a reason, written in the update's note,
 * because the people who voted for the project see it. A project the published count stopped funding stays that way
 * until a count funds it again.
 */
final class ProjectRules {

    static final int NOTE_MAX = 4000;
    static final int NAME_MAX = 200;

    /** The progress after the update, checked. {@code note} is stripped, null when empty. */
    record Checked(ProjectStage stage, int percentComplete, Money spent, LocalDate expectedCompletion, String note,
                   String stageReason) {

        boolean changes(FundedProject p) {
            return stage != p.stage() || percentComplete != p.percentComplete()
                    || spent.compareTo(p.spent()) != 0 || !java.util.Objects.equals(expectedCompletion,
                    p.expectedCompletion());
        }
    }

    private ProjectRules() {
    }

    static Checked check(FundedProject project, ProgressChange change) {
        String note = optional(change.note(), "note", NOTE_MAX);
        ProjectStage stage = change.stage() == null ? project.stage() : change.stage();
        Integer percent = change.percentComplete();
        if (percent == null) {
            percent = stage == ProjectStage.COMPLETED ? 100 : project.percentComplete();
        }
        if (percent < 0 || percent > 100) {
            throw new RuleViolation("percentComplete", "Enter the percentage complete as a whole number from 0 to 100");
        }
        if (stage == ProjectStage.COMPLETED && percent != 100) {
            throw new RuleViolation("percentComplete", "A completed project is 100% complete: enter 100, or choose "
                    + "the stage it has reached");
        }
        Money spent = change.spent() == null ? project.spent() : change.spent();
        if (spent.isNegative()) {
            throw new RuleViolation("spent", "The amount spent cannot be less than £0");
        }
        if (spent.amount().compareTo(Money.MAX) > 0) {
            throw new RuleViolation("spent", "Enter the amount spent in pounds and pence, for example 2450.00");
        }
        LocalDate expected = change.expectedCompletion() == null ? project.expectedCompletion()
                : change.expectedCompletion();
        if (expected != null && (expected.getYear() < 2000 || expected.getYear() > 2100)) {
            throw new RuleViolation("expectedCompletion", "Enter a real expected completion date, for example 31 3 "
                    + "2027");
        }
        if (project.stage() == ProjectStage.NO_LONGER_FUNDED && project.stageBeforeDrop() != null
                && stage != ProjectStage.NO_LONGER_FUNDED) {
            throw new RuleViolation("stage", "The published count no longer funds this project: only a count that "
                    + "funds it again can bring it back");
        }
        String why = reasonNeeded(project, stage, percent, spent);
        if (why != null && note == null) {
            throw new RuleViolation("note", why + ": write the reason in the note, it is shown to everyone");
        }
        Checked checked = new Checked(stage, percent, spent, expected, note,
                stage.aside() ? (stage == project.stage() && note == null ? project.stageReason() : note) : null);
        if (!checked.changes(project) && note == null) {
            throw new RuleViolation("note", "Write what has happened, or change the stage, the percentage complete "
                    + "or the amount spent");
        }
        return checked;
    }

    /** Why this change needs a public reason, or null when it does not. */
    private static String reasonNeeded(FundedProject project, ProjectStage stage, int percent, Money spent) {
        if (stage != project.stage() && stage == ProjectStage.ON_HOLD) {
            return "Say why the project is on hold";
        }
        if (stage != project.stage() && stage == ProjectStage.NO_LONGER_FUNDED) {
            return "Say why the project is no longer funded";
        }
        if (stage.isBehind(project.stage())) {
            return "Say why the project has gone back from " + project.stage().written() + " to " + stage.written();
        }
        if (percent < project.percentComplete()) {
            return "Say why the percentage complete has gone down from " + project.percentComplete() + "%";
        }
        if (spent.compareTo(project.spent()) < 0) {
            return "Say why the amount spent has gone down from " + project.spent() + " (a refund, or a correction)";
        }
        return null;
    }

    static String optional(String value, String field, int max) {
        String tidy = value == null ? "" : value.strip();
        if (tidy.length() > max) {
            throw new RuleViolation(field, "Keep this to " + max + " characters or fewer");
        }
        return tidy.isEmpty() ? null : tidy;
    }
}
