package org.tandem.insight.quality;

import java.util.UUID;

/**
 * A visit's rating of one area, with the evidence behind it and quotes in young people's own words. The rating is
 * null while the visit is a draft and the area not yet rated.
 */
public record AreaRating(UUID areaId, Rating rating, String evidence, String quotes) {

    public static final int TEXT_MAX = 4000;
}
