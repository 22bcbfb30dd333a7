package org.tandem.prioritisation.process;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.tandem.platform.Money;
import org.tandem.platform.RuleViolation;
import org.tandem.platform.Timestamps;
import org.tandem.prioritisation.BallotBox;
import org.tandem.prioritisation.PbPhase;
import org.tandem.prioritisation.PhaseDates;

/**
 * The rules a process keeps: a positive budget in pounds and pence, area budgets that fit inside it, all six phases
 * dated in order without overlapping, and eligibility that names real places. The first broken rule is refused with
 * the field it concerns.
 */
final class ProcessRules {

    static final int TITLE_MAX = 200;
    static final int DESCRIPTION_MAX = 4000;
    static final int NAME_MAX = 100;
    static final int DISTRICTS_MAX = 50;
    static final int AREAS_MAX = 500;
    private static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(2100, 12, 31);
    /** A full UK postcode ("MB1 4AA") or its outward part, the postcode district ("MB1"). */
    private static final Pattern POSTCODE = Pattern.compile("[A-Z]{1,2}[0-9][A-Z0-9]?( [0-9][A-Z]{2})?");

    private ProcessRules() {
    }

    /** The details tidied (text stripped, places de-duplicated, postcodes in capitals), or the first problem. */
    static ProcessDetails checked(ProcessDetails d) {
        String title = text(d.title(), "title", "a title", TITLE_MAX);
        String description = text(d.description(), "description", "a description", DESCRIPTION_MAX);
        if (d.budget() == null) {
            throw new RuleViolation("budget", "Enter the budget in pounds, for example 60000");
        }
        if (d.budget().amount().signum() <= 0) {
            throw new RuleViolation("budget", "The budget must be more than £0");
        }
        if (d.budget().compareTo(new Money(Money.MAX)) > 0) {
            throw new RuleViolation("budget", "The budget must be " + new Money(Money.MAX) + " or less");
        }
        if (d.eligibility() == null) {
            throw new RuleViolation("eligibility", "Choose how Tandem knows who may take part");
        }
        if (d.minimumAge() != null && (d.minimumAge() < 1 || d.minimumAge() > 120)) {
            throw new RuleViolation("minimumAge", "The minimum age must be a whole number from 1 to 120");
        }
        return new ProcessDetails(d.commissionId(), title, description, d.budget(), districts(d), phases(d.phases()),
                d.eligibility(), wards(d.wards()), postcodes(d.postcodes()), d.minimumAge(), d.published(),
                BallotSettingsRules.checked(d.ballot()));
    }

    private static String text(String value, String field, String what, int max) {
        String stripped = value == null ? "" : value.strip();
        if (stripped.isEmpty()) {
            throw new RuleViolation(field, "Enter " + what);
        }
        if (stripped.length() > max) {
            throw new RuleViolation(field, capitalised(what.substring(what.indexOf(' ') + 1)) + " must be " + max
                    + " characters or fewer");
        }
        return stripped;
    }

    private static List<ProcessDetails.DistrictBudget> districts(ProcessDetails d) {
        if (d.districts().size() > DISTRICTS_MAX) {
            throw new RuleViolation("districts", "A process can have up to " + DISTRICTS_MAX + " areas or categories");
        }
        List<ProcessDetails.DistrictBudget> tidy = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Money total = Money.ZERO;
        for (ProcessDetails.DistrictBudget district : d.districts()) {
            String name = district.name() == null ? "" : district.name().strip();
            if (name.isEmpty() || name.length() > NAME_MAX) {
                throw new RuleViolation("districts", "Give each area or category a name of up to " + NAME_MAX
                        + " characters");
            }
            if (name.equalsIgnoreCase(BallotBox.ALL_AREAS)) {
                throw new RuleViolation("districts", "'" + BallotBox.ALL_AREAS + "' is what Tandem calls the projects "
                        + "for the whole process: give the area or category another name");
            }
            if (!seen.add(name.toLowerCase(Locale.ROOT))) {
                throw new RuleViolation("districts", "There are two areas or categories called " + name
                        + ": give each its own name");
            }
            if (district.budget() == null || district.budget().amount().signum() <= 0) {
                throw new RuleViolation("districts", "Give " + name + " a budget of more than £0");
            }
            total = total.plus(district.budget());
            tidy.add(new ProcessDetails.DistrictBudget(name, district.budget()));
        }
        if (total.compareTo(d.budget()) > 0) {
            throw new RuleViolation("districts", "The area and category budgets add up to " + total + ", which is "
                    + new Money(total.amount().subtract(d.budget().amount())) + " more than the whole budget of "
                    + d.budget() + ". Lower them or raise the budget");
        }
        return tidy;
    }

    /** Every phase dated; each ends on or after it starts; each starts after the one before it ends. */
    static List<PhaseDates> phases(List<PhaseDates> phases) {
        List<PhaseDates> ordered = new ArrayList<>();
        for (PbPhase phase : PbPhase.values()) {
            PhaseDates dates = phases.stream().filter(p -> p.phase() == phase).findFirst().orElse(null);
            String field = PhaseFields.start(phase);
            if (dates == null || dates.startsOn() == null || dates.endsOn() == null) {
                throw new RuleViolation(field, "Enter when " + lower(phase) + " starts and ends");
            }
            if (dates.startsOn().isBefore(EARLIEST) || dates.endsOn().isAfter(LATEST)) {
                throw new RuleViolation(field, capitalised(lower(phase)) + " must run between 2000 and 2100");
            }
            if (dates.endsOn().isBefore(dates.startsOn())) {
                throw new RuleViolation(PhaseFields.end(phase), capitalised(lower(phase))
                        + " must end on or after the day it starts, " + Timestamps.longDate(dates.startsOn()));
            }
            if (!ordered.isEmpty()) {
                PhaseDates before = ordered.getLast();
                if (!dates.startsOn().isAfter(before.endsOn())) {
                    throw new RuleViolation(field, capitalised(lower(phase)) + " must start after "
                            + lower(before.phase()) + " ends on " + Timestamps.longDate(before.endsOn())
                            + ": phases run one after another without overlapping");
                }
            }
            ordered.add(dates);
        }
        ordered.sort(Comparator.comparing(PhaseDates::startsOn));
        return ordered;
    }

    private static List<String> wards(List<String> wards) {
        Set<String> tidy = new LinkedHashSet<>();
        for (String ward : wards) {
            String name = ward == null ? "" : ward.strip();
            if (name.isEmpty()) {
                continue;
            }
            if (name.length() > NAME_MAX) {
                throw new RuleViolation("wards", "Ward names must be " + NAME_MAX + " characters or fewer");
            }
            tidy.add(name);
        }
        return limited(tidy, "wards");
    }

    private static List<String> postcodes(List<String> postcodes) {
        Set<String> tidy = new LinkedHashSet<>();
        for (String postcode : postcodes) {
            String typed = postcode == null ? "" : postcode.strip().toUpperCase(Locale.ROOT).replaceAll("\\s+", " ");
            if (typed.isEmpty()) {
                continue;
            }
            if (!POSTCODE.matcher(typed).matches()) {
                String shown = typed.length() > 20 ? typed.substring(0, 20) + "…" : typed;
                throw new RuleViolation("postcodes", shown + " is not a postcode or postcode district: write them "
                        + "like MB1 4AA or MB1");
            }
            tidy.add(typed);
        }
        return limited(tidy, "postcodes");
    }

    private static List<String> limited(Set<String> areas, String field) {
        if (areas.size() > AREAS_MAX) {
            throw new RuleViolation(field, "List up to " + AREAS_MAX + " " + field);
        }
        return List.copyOf(areas);
    }

    private static String lower(PbPhase phase) {
        return phase.label().toLowerCase(Locale.ROOT);
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
