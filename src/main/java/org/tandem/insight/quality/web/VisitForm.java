package org.tandem.insight.quality.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.springframework.validation.Errors;
import org.tandem.insight.quality.AreaRating;
import org.tandem.insight.quality.QualityArea;
import org.tandem.insight.quality.Rating;
import org.tandem.insight.quality.VisitSheet;
import org.tandem.platform.SelfChecking;
import org.tandem.platform.FormValues;

/**
 * The visit form as typed: for each area, in the round's order, the rating chosen (or none yet), the evidence and the
 * quotes. Whether every area is rated is checked only on submitting, against the round's areas.
 */
public record VisitForm(List<AreaEntry> areas, Integer version) implements SelfChecking {

    /** One area's part of the form. */
    public record AreaEntry(String areaId, String rating, String evidence, String quotes) {
    }

    public VisitForm {
        areas = areas == null ? List.of() : areas.stream().filter(Objects::nonNull).toList();
    }

    static VisitForm of(VisitSheet sheet) {
        List<AreaEntry> entries = new ArrayList<>();
        for (QualityArea area : sheet.areas()) {
            AreaRating rating = sheet.ratingOf(area);
            entries.add(new AreaEntry(area.id().toString(), rating.rating() == null ? null : rating.rating().name(),
                    rating.evidence(), rating.quotes()));
        }
        return new VisitForm(entries, sheet.visit().version());
    }

    @Override
    public void check(Errors errors) {
        for (int i = 0; i < areas.size(); i++) {
            AreaEntry entry = areas.get(i);
            if (FormValues.uuid(entry.areaId()) == null) {
                errors.reject("incomplete", "The form was incomplete. Reload the page and try again.");
                return;
            }
            if (entry.rating() != null && !entry.rating().isBlank()
                    && FormValues.enumValue(Rating.class, entry.rating()) == null) {
                errors.rejectValue("areas[" + i + "].rating", "invalid", "Choose red, amber or green");
            }
            Inputs.limit(entry.evidence(), AreaRating.TEXT_MAX, "areas[" + i + "].evidence", "Evidence", errors);
            Inputs.limit(entry.quotes(), AreaRating.TEXT_MAX, "areas[" + i + "].quotes", "Quotes", errors);
        }
    }

    /** One entry per area, in the areas' order: what was typed for it, or an empty entry. */
    List<AreaEntry> alignedTo(List<QualityArea> roundAreas) {
        return roundAreas.stream().map(area -> areas.stream()
                .filter(e -> area.id().toString().equals(e.areaId())).findFirst()
                .orElse(new AreaEntry(area.id().toString(), null, null, null))).toList();
    }

    /** Only called once {@link #check} found nothing wrong. */
    List<AreaRating> toRatings() {
        return areas.stream().map(e -> new AreaRating(FormValues.uuid(e.areaId()), FormValues.enumValue(Rating.class,
                e.rating()), Inputs.text(e.evidence()), Inputs.text(e.quotes()))).toList();
    }
}
