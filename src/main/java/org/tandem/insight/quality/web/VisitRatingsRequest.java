package org.tandem.insight.quality.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Objects;
import org.springframework.validation.Errors;
import org.tandem.insight.quality.AreaRating;
import org.tandem.insight.quality.Rating;
import org.tandem.platform.SelfChecking;
import org.tandem.platform.FormValues;

/**
 * A visit's ratings, every area the client has so far (areas left out are not rated), with the version of the visit
 * read. Saving needs nothing complete; submitting needs every area rated and evidence for every red.
 */
record VisitRatingsRequest(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) Integer version,
                           List<QualityRatingEntry> ratings) implements SelfChecking {

    /** One area's rating, evidence and quotes in young people's own words. */
    record QualityRatingEntry(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, format = "uuid") String areaId,
                 @Schema(implementation = Rating.class, nullable = true) String rating,
                 @Schema(maxLength = AreaRating.TEXT_MAX) String evidence,
                 @Schema(maxLength = AreaRating.TEXT_MAX) String quotes) {
    }

    VisitRatingsRequest {
        ratings = ratings == null ? List.of() : ratings.stream().filter(Objects::nonNull).toList();
    }

    @Override
    public void check(Errors errors) {
        if (version == null) {
            errors.rejectValue("version", "required", "Send the version of the visit you read");
        }
        for (int i = 0; i < ratings.size(); i++) {
            QualityRatingEntry e = ratings.get(i);
            String at = "ratings[" + i + "]";
            if (FormValues.uuid(e.areaId()) == null) {
                errors.rejectValue(at + ".areaId", "required", "Send the id of one of the round's areas");
            }
            if (e.rating() != null && FormValues.enumValue(Rating.class, e.rating()) == null) {
                errors.rejectValue(at + ".rating", "invalid", "Send RED, AMBER or GREEN, or leave it out");
            }
            Inputs.limit(e.evidence(), AreaRating.TEXT_MAX, at + ".evidence", "Evidence", errors);
            Inputs.limit(e.quotes(), AreaRating.TEXT_MAX, at + ".quotes", "Quotes", errors);
        }
    }

    List<AreaRating> areaRatings() {
        return ratings.stream().map(e -> new AreaRating(FormValues.uuid(e.areaId()), FormValues.enumValue(Rating.class,
                e.rating()), Inputs.text(e.evidence()), Inputs.text(e.quotes()))).toList();
    }
}
