package org.tandem.outcomes.demand;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.tandem.platform.RuleViolation;

/** The rules a demand view keeps, whichever way it arrives: each is a field and a message for the person. */
public final class DemandRules {

    /** A trillion of anything is more than any one council's need; beyond it a figure is surely a typing slip. */
    public static final BigDecimal MOST = new BigDecimal("1000000000000");
    private static final LocalDate EARLIEST_SIGN_OFF = LocalDate.of(2000, 1, 1);

    private DemandRules() {
    }

    public record Problem(String field, String message) {
    }

    public static List<Problem> problems(DemandDraft draft, LocalDate today) {
        List<Problem> problems = new ArrayList<>();
        DemandFigures f = draft.figures();
        if (f.measure() == null) {
            problems.add(new Problem("measure", "Select what the level of need counts"));
        }
        figure(problems, f.measure(), "recognised", "The recognised level of need", f.recognised());
        figure(problems, f.measure(), "behaviourChange", "What behaviour change meets", f.behaviourChange());
        figure(problems, f.measure(), "coProduction", "What co-production meets", f.coProduction());
        if (problems.isEmpty() && f.behaviourChange().add(f.coProduction()).compareTo(f.recognised()) > 0) {
            problems.add(new Problem("coProduction", "Behaviour change and co-production together ("
                    + f.measure().format(f.behaviourChange().add(f.coProduction())) + ") cannot meet more than the "
                    + "recognised level of need (" + f.measure().format(f.recognised()) + ")"));
        }
        PoliticalSignOff signOff = draft.signOff();
        if (signOff != null && signOff.on() != null) {
            if (signOff.on().isAfter(today)) {
                problems.add(new Problem("signedOffOn", "The date of the sign-off must be today or in the past"));
            } else if (signOff.on().isBefore(EARLIEST_SIGN_OFF)) {
                problems.add(new Problem("signedOffOn", "The date of the sign-off must be in 2000 or later"));
            }
        }
        return problems;
    }

    /** Refuses the first broken rule. */
    public static void check(DemandDraft draft, LocalDate today) {
        List<Problem> problems = problems(draft, today);
        if (!problems.isEmpty()) {
            throw new RuleViolation(problems.getFirst().field(), problems.getFirst().message());
        }
    }

    private static void figure(List<Problem> problems, DemandMeasure measure, String field, String label,
                               BigDecimal value) {
        if (value == null) {
            problems.add(new Problem(field, "Enter " + Character.toLowerCase(label.charAt(0)) + label.substring(1)
                    + ", or 0"));
        } else if (value.signum() < 0) {
            problems.add(new Problem(field, label + " cannot be less than 0"));
        } else if (value.compareTo(MOST) > 0) {
            problems.add(new Problem(field, label + " must be 1,000,000,000,000 or less"));
        } else if (measure != null && measure.whole() && value.stripTrailingZeros().scale() > 0) {
            problems.add(new Problem(field, label + " must be a whole number of " + measure.format(BigDecimal.ONE)
                    .replaceFirst("^1 ", "")));
        } else if (value.stripTrailingZeros().scale() > 2) {
            problems.add(new Problem(field, label + " can have at most two decimal places"));
        }
    }
}
