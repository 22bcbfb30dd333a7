package org.tandem.prioritisation.results.web;

import java.util.List;
import org.tandem.prioritisation.results.Amounts;
import org.tandem.prioritisation.results.ProjectResult;

/** What the results pages call to show a count's amounts and payments in words. */
public final class Formats {

    static final Formats INSTANCE = new Formats();

    private Formats() {
    }

    public String pounds(long amount) {
        return Amounts.pounds(amount);
    }

    public String pounds(String exact) {
        return Amounts.pounds(exact);
    }

    /** "118 voters paid £81.67 (exactly 245/3)", one line per amount paid. */
    public List<String> payments(ProjectResult project) {
        return project.payments().stream().map(p -> (p.voters() == 1 ? "1 voter paid " : p.voters()
                + " voters paid ") + Amounts.pounds(p.amount())).toList();
    }

    public String place(int place) {
        return switch (place % 100 >= 11 && place % 100 <= 13 ? 0 : place % 10) {
            case 1 -> place + "st";
            case 2 -> place + "nd";
            case 3 -> place + "rd";
            default -> place + "th";
        };
    }

    public String titles(List<ProjectResult> projects) {
        return projects.isEmpty() ? "none" : String.join("; ", projects.stream()
                .map(p -> p.number() + ". " + p.title()).toList());
    }
}
