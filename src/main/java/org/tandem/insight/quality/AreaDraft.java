package org.tandem.insight.quality;

/** A quality area's words as written, already checked: its name, the question it asks and its rating guide. */
public record AreaDraft(String name, String question, String greenGuide, String amberGuide, String redGuide) {

    public static final int NAME_MAX = 200;
    public static final int TEXT_MAX = 1000;
}
