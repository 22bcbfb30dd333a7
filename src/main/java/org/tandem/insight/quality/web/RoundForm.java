package org.tandem.insight.quality.web;

import java.time.LocalDate;
import org.springframework.validation.Errors;
import org.tandem.insight.quality.QualityRound;
import org.tandem.insight.quality.RecommendationRule;
import org.tandem.insight.quality.RoundDraft;
import org.tandem.platform.DateParts;
import org.tandem.platform.SelfChecking;

/** The round form as typed. {@code start} (the nine-area template, or no areas) is only asked when setting one up. */
public record RoundForm(String title, String purpose, String fromDay, String fromMonth, String fromYear,
                        String untilDay, String untilMonth, String untilYear, String redAreas,
                        String amberThreshold, String visitCombination, String start, Integer version)
        implements SelfChecking {

    static RoundForm blank() {
        RecommendationRule rule = RecommendationRule.DEFAULT;
        return new RoundForm("", "", "", "", "", "", "", "", Integer.toString(rule.redAreas()), rule.amber().name(),
                rule.combination().name(), "TEMPLATE", null);
    }

    static RoundForm of(QualityRound round) {
        return new RoundForm(round.title(), round.purpose(), DateParts.day(round.visitsFrom()),
                DateParts.month(round.visitsFrom()), DateParts.year(round.visitsFrom()),
                DateParts.day(round.visitsUntil()), DateParts.month(round.visitsUntil()),
                DateParts.year(round.visitsUntil()), Integer.toString(round.rule().redAreas()),
                round.rule().amber().name(), round.rule().combination().name(), null, round.version());
    }

    @Override
    public void check(Errors errors) {
        LocalDate from = DateParts.read(fromDay, fromMonth, fromYear, "First day of visits", "from", errors, true);
        LocalDate until = DateParts.read(untilDay, untilMonth, untilYear, "Last day of visits", "until", errors,
                true);
        RoundChecks.check(title, purpose, from, until, "untilDay", redAreas, amberThreshold, visitCombination,
                errors);
    }

    boolean fromTemplate() {
        return "TEMPLATE".equals(start);
    }

    RoundDraft toDraft() {
        return RoundChecks.draft(title, purpose, date(fromDay, fromMonth, fromYear),
                date(untilDay, untilMonth, untilYear), redAreas, amberThreshold, visitCombination);
    }

    private static LocalDate date(String day, String month, String year) {
        return LocalDate.of(Integer.parseInt(year.strip()), Integer.parseInt(month.strip()),
                Integer.parseInt(day.strip()));
    }
}
