package org.tandem.prioritisation.process.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;
import org.springframework.validation.MapBindingResult;
import org.tandem.platform.DateParts;
import org.tandem.platform.FormValues;
import org.tandem.platform.Money;
import org.tandem.platform.SelfChecking;
import org.tandem.prioritisation.BallotSettings;
import org.tandem.prioritisation.BallotType;
import org.tandem.prioritisation.Eligibility;
import org.tandem.prioritisation.PbPhase;
import org.tandem.prioritisation.PbProcessView;
import org.tandem.prioritisation.PhaseDates;
import org.tandem.prioritisation.process.PhaseFields;
import org.tandem.prioritisation.process.ProcessDetails;

/**
 * The process form as typed. Areas are typed one to a line as "name: budget"; wards and postcodes one to a line;
 * each phase's dates arrive as {@code dates[VOTING-start-day]} and so on, in GOV.UK's three boxes.
 */
public record ProcessForm(String commissionId, String title, String description, String budget, String districts,
                          Map<String, String> dates, String eligibility, String wards, String postcodes,
                          String minimumAge, Boolean published, String ballotType, String minProjects,
                          String maxProjects, String minSpendPercent, String points, String maxPointsPerProject,
                          String maxRanked, Integer version) implements SelfChecking {

    /** Enough for every area, ward or postcode the rules allow; anything longer is refused before it is split. */
    static final int LIST_MAX = 20_000;

    public ProcessForm {
        dates = dates == null ? Map.of() : dates;
    }

    static ProcessForm blank(UUID commissionId) {
        return new ProcessForm(commissionId == null ? "" : commissionId.toString(), "", "", "", "", Map.of(),
                Eligibility.SIGNED_IN.name(), "", "", "", false, BallotType.APPROVAL.name(), "", "", "", "", "", "",
                null);
    }

    static ProcessForm of(PbProcessView p, BallotSettings b) {
        Map<String, String> dates = new LinkedHashMap<>();
        for (PhaseDates d : p.phases()) {
            put(dates, PhaseFields.start(d.phase()), d.startsOn());
            put(dates, PhaseFields.end(d.phase()), d.endsOn());
        }
        return new ProcessForm(p.commissionId() == null ? "" : p.commissionId().toString(), p.title(),
                p.description(), p.budget().plain(), String.join("\n", p.districts().stream()
                        .map(d -> d.name() + ": " + d.budget().plain()).toList()), dates, p.eligibility().name(),
                String.join("\n", p.eligibleWards()), String.join("\n", p.eligiblePostcodes()),
                p.minimumAge() == null ? "" : p.minimumAge().toString(), p.published(), b.type().name(),
                text(b.minProjects()), text(b.maxProjects()), text(b.minSpendPercent()), text(b.points()),
                text(b.maxPointsPerProject()), text(b.maxRanked()), p.version());
    }

    private static String text(Integer value) {
        return value == null ? "" : value.toString();
    }

    private static void put(Map<String, String> dates, String key, java.time.LocalDate date) {
        dates.put(key + "-day", DateParts.day(date));
        dates.put(key + "-month", DateParts.month(date));
        dates.put(key + "-year", DateParts.year(date));
    }

    /** The typed value of one date box, for showing it again. */
    public String date(String key) {
        String value = dates.get(key);
        return value == null ? "" : value;
    }

    @Override
    public void check(Errors errors) {
        read(errors);
    }

    /** Only called once {@link #check} found nothing wrong. */
    ProcessDetails toDetails() {
        return read(new BeanPropertyBindingResult(this, "form"));
    }

    private ProcessDetails read(Errors errors) {
        UUID commission = commissionId == null || commissionId.isBlank() ? null : FormValues.uuid(commissionId);
        Money amount = Money.parse(budget);
        if (amount == null) {
            errors.rejectValue("budget", "invalid", "Enter the budget in pounds and pence, for example 60000 or "
                    + "60000.00");
        }
        Integer age = null;
        if (minimumAge != null && !minimumAge.isBlank()) {
            if (!minimumAge.strip().matches("\\d{1,3}")) {
                errors.rejectValue("minimumAge", "invalid", "The minimum age must be a whole number from 1 to 120");
            } else {
                age = Integer.valueOf(minimumAge.strip());
            }
        }
        return new ProcessDetails(commission, title, description, amount, districtLines(errors), phases(errors),
                FormValues.enumValue(Eligibility.class, eligibility), lines(wards, "wards", errors),
                lines(postcodes, "postcodes", errors), age, Boolean.TRUE.equals(published), ballot(errors));
    }

    /** Only the limits of the chosen kind are read, so numbers left in the other kinds' boxes do no harm. */
    private BallotSettings ballot(Errors errors) {
        BallotType type = ballotType == null || ballotType.isBlank() ? BallotType.APPROVAL
                : FormValues.enumValue(BallotType.class, ballotType);
        if (type == null) {
            errors.rejectValue("ballotType", "required", "Choose the kind of ballot");
            return null;
        }
        return switch (type) {
            case APPROVAL -> new BallotSettings(type, number(minProjects, "minProjects", errors),
                    number(maxProjects, "maxProjects", errors), null, null, null, null);
            case COST_LIMITED -> new BallotSettings(type, null, null,
                    number(minSpendPercent, "minSpendPercent", errors), null, null, null);
            case CUMULATIVE -> new BallotSettings(type, null, null, null, number(points, "points", errors),
                    number(maxPointsPerProject, "maxPointsPerProject", errors), null);
            case RANKING -> new BallotSettings(type, null, null, null, null, null,
                    number(maxRanked, "maxRanked", errors));
        };
    }

    private static Integer number(String typed, String field, Errors errors) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        if (!typed.strip().matches("\\d{1,5}")) {
            errors.rejectValue(field, "invalid", "Enter a whole number, for example 5, or leave it empty");
            return null;
        }
        return Integer.valueOf(typed.strip());
    }

    private List<ProcessDetails.DistrictBudget> districtLines(Errors errors) {
        List<ProcessDetails.DistrictBudget> read = new ArrayList<>();
        List<String> lines = lines(districts, "districts", errors);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int colon = line.lastIndexOf(':');
            Money amount = colon < 0 ? null : Money.parse(line.substring(colon + 1));
            if (amount == null) {
                errors.rejectValue("districts", "invalid", "Line " + (i + 1) + " of the areas: write the name, a "
                        + "colon and the budget in pounds, for example Eastfield: 20000");
                return List.of();
            }
            read.add(new ProcessDetails.DistrictBudget(line.substring(0, colon), amount));
        }
        return read;
    }

    private static List<String> lines(String text, String field, Errors errors) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        if (text.length() > LIST_MAX) {
            errors.rejectValue(field, "size", "This list is too long: keep it under " + LIST_MAX + " characters");
            return List.of();
        }
        return text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    private List<PhaseDates> phases(Errors errors) {
        List<PhaseDates> phases = new ArrayList<>();
        for (PbPhase phase : PbPhase.values()) {
            var start = date(PhaseFields.start(phase), phase.label() + " start date", errors);
            var end = date(PhaseFields.end(phase), phase.label() + " end date", errors);
            phases.add(new PhaseDates(phase, start, end));
        }
        return phases;
    }

    private java.time.LocalDate date(String key, String label, Errors errors) {
        Errors scratch = new MapBindingResult(new HashMap<>(), "dates");
        var date = DateParts.read(dates.get(key + "-day"), dates.get(key + "-month"), dates.get(key + "-year"),
                label, key, scratch, true);
        if (scratch.hasErrors()) {
            errors.rejectValue(dayField(key), "date", scratch.getAllErrors().getFirst().getDefaultMessage());
        }
        return date;
    }

    private static String dayField(String key) {
        return "dates[" + key + "-day]";
    }

    /** The form's field for a property the rules name. */
    static String field(String property) {
        if (property == null) {
            return null;
        }
        return property.endsWith("-start") || property.endsWith("-end") ? dayField(property) : property;
    }
}
