package org.tandem.insight.quality.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.tandem.insight.quality.AreaRating;
import org.tandem.insight.quality.Assessor;
import org.tandem.insight.quality.Rating;
import org.tandem.insight.quality.Reopening;
import org.tandem.insight.quality.Visit;
import org.tandem.insight.quality.VisitSheet;
import org.tandem.insight.quality.VisitStatus;

/**
 * A visit: its service, date, team (with any warning about the team's shape) and status. Reading one visit also gives
 * its ratings, its reopenings and whether the team can still change it.
 */
record QualityVisitJson(UUID id, UUID serviceId, LocalDate visitDate, VisitStatus status,
                        List<QualityTeamMemberJson> team,
                        List<String> teamWarnings, @Schema(nullable = true) Instant submittedAt,
                        @Schema(nullable = true) String submittedBy,
                        @Schema(nullable = true, description = "Only when reading one visit") Boolean open,
                        @Schema(nullable = true, description = "Only when reading one visit")
                        List<QualityAreaRatingJson> ratings,
                        @Schema(nullable = true, description = "Only when reading one visit")
                        List<QualityReopeningJson> reopenings, int version) {

    record QualityTeamMemberJson(UUID personId, String name, boolean livedExperience) {
        static QualityTeamMemberJson of(Assessor a) {
            return new QualityTeamMemberJson(a.personId(), a.name(), a.livedExperience());
        }
    }

    /** One area's rating; {@code rating} is null while not yet rated. */
    record QualityAreaRatingJson(UUID areaId, @Schema(nullable = true) Rating rating, String evidence, String quotes) {
        static QualityAreaRatingJson of(AreaRating r) {
            return new QualityAreaRatingJson(r.areaId(), r.rating(), r.evidence(), r.quotes());
        }
    }

    record QualityReopeningJson(String reason, String by, Instant at) {
        static QualityReopeningJson of(Reopening r) {
            return new QualityReopeningJson(r.reason(), r.byName(), r.at());
        }
    }

    static QualityVisitJson of(Visit v) {
        return new QualityVisitJson(v.id(), v.serviceId(), v.visitDate(), v.status(),
                v.team().stream().map(QualityTeamMemberJson::of).toList(), v.teamWarnings(), v.submittedAt(),
                v.submittedByName(), null, null, null, v.version());
    }

    static QualityVisitJson of(VisitSheet sheet) {
        Visit v = sheet.visit();
        return new QualityVisitJson(v.id(), v.serviceId(), v.visitDate(), v.status(),
                v.team().stream().map(QualityTeamMemberJson::of).toList(), v.teamWarnings(), v.submittedAt(),
                v.submittedByName(), sheet.open(), sheet.areas().stream().map(a -> QualityAreaRatingJson.of(
                        sheet.ratingOf(a))).toList(),
                sheet.reopenings().stream().map(QualityReopeningJson::of).toList(),
                v.version());
    }
}
