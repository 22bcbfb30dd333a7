package org.tandem.insight.quality;

import java.util.UUID;

/**
 * One quality area of a round, in young people's words, with its rating guide: what green, amber and red look like,
 * so every team rates against the same description ("transparent, consistent", seed 000, Box K).
 */
public record QualityArea(UUID id, UUID roundId, int position, String name, String question, String greenGuide,
                          String amberGuide, String redGuide) {

    public boolean hasFullGuide() {
        return present(greenGuide) && present(amberGuide) && present(redGuide);
    }

    public String guideFor(Rating rating) {
        return switch (rating) {
            case GREEN -> greenGuide;
            case AMBER -> amberGuide;
            case RED -> redGuide;
        };
    }

    public AreaDraft draft() {
        return new AreaDraft(name, question, greenGuide, amberGuide, redGuide);
    }

    private static boolean present(String text) {
        return text != null && !text.isBlank();
    }
}
