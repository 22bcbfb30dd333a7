package org.tandem.outcomes.contributions.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.tandem.coproduction.ParticipantKind;
import org.tandem.platform.RuleViolation;

/**
 * The rules every contribution, decision and workshop keeps, however it arrives (form, public page, API, demo): text
 * tidied, then the first broken rule refused with the field it is about. Contributions are plain text: they are
 * stored as typed and always shown escaped, so a script typed into one is shown as words and never runs.
 */
public final class ContributionRules {

    /** An outcome's own words fit in an outcome, so a suggestion can become one as it was written. */
    public static final int SUGGESTION_MAX = 1000;
    public static final int COMMENT_MAX = 2000;
    public static final int QUESTION_MAX = 500;
    public static final int REASON_MAX = 1000;
    public static final int NAME_MAX = 200;
    public static final int TITLE_MAX = 200;
    public static final int NOTES_MAX = 4000;
    public static final int OUTPUTS_MAX = 50;
    /** More than anyone will count at one workshop, and small enough that totals never overflow. */
    public static final int COUNT_MAX = 100_000;
    public static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

    private ContributionRules() {
    }

    public static String words(ContributionKind kind, String value) {
        String words = text(value);
        if (words == null) {
            throw new RuleViolation("words", kind == ContributionKind.SUGGESTION
                    ? "Enter the outcome you suggest, in your own words" : "Enter your comment");
        }
        int max = kind == ContributionKind.SUGGESTION ? SUGGESTION_MAX : COMMENT_MAX;
        length("words", words, max, kind == ContributionKind.SUGGESTION ? "Your suggestion" : "Your comment");
        return words;
    }

    public static String question(String value) {
        String question = text(value);
        if (question == null) {
            throw new RuleViolation("question", "Enter the question people are asked");
        }
        length("question", question, QUESTION_MAX, "The question");
        return question;
    }

    /** A reason someone will read about their own contribution: needed when it is declined or hidden. */
    public static String reason(String value, boolean needed, String missing) {
        String reason = text(value);
        if (reason == null && needed) {
            throw new RuleViolation("reason", missing);
        }
        length("reason", reason, REASON_MAX, "The reason");
        return reason;
    }

    /** A name a member of the public gives: optional, on one line, since it goes into the audit log's summaries. */
    public static String name(String value) {
        String name = text(value);
        length("name", name, NAME_MAX, "Your name");
        oneLine("name", name, "Your name");
        return name;
    }

    public static WorkshopDraft workshop(WorkshopDraft d, LocalDate today) {
        if (d.method() == null) {
            throw new RuleViolation("method", "Select how the workshop was run");
        }
        if (d.heldOn() == null) {
            throw new RuleViolation("heldOn", "Enter the date of the workshop");
        }
        if (d.heldOn().isBefore(EARLIEST)) {
            throw new RuleViolation("heldOn", "The date must be in 2000 or later");
        }
        if (d.heldOn().isAfter(today)) {
            throw new RuleViolation("heldOn", "The date must be today or in the past: record a workshop once it "
                    + "has taken place");
        }
        String title = text(d.title());
        if (title == null) {
            throw new RuleViolation("title", "Enter a title for the workshop");
        }
        length("title", title, TITLE_MAX, "The title");
        oneLine("title", title, "The title");
        String notes = text(d.notes());
        length("notes", notes, NOTES_MAX, "The notes");
        Map<ParticipantKind, Integer> participants = new EnumMap<>(ParticipantKind.class);
        d.participants().forEach((kind, n) -> {
            if (n != null && n != 0) {
                if (n < 0 || n > COUNT_MAX) {
                    throw new RuleViolation("participants[" + kind.name() + "]", "Number of "
                            + kind.label().toLowerCase(java.util.Locale.UK) + " must be between 0 and "
                            + String.format("%,d", COUNT_MAX));
                }
                participants.put(kind, n);
            }
        });
        if (participants.isEmpty()) {
            throw new RuleViolation("participants", "Enter how many people took part, for at least one kind");
        }
        List<String> outputs = new ArrayList<>();
        for (String output : d.outputs()) {
            String words = text(output);
            if (words != null) {
                length("outputs", words, SUGGESTION_MAX, "Each output");
                outputs.add(words);
            }
        }
        if (outputs.isEmpty()) {
            throw new RuleViolation("outputs", "Enter at least one output, in the participants' own words");
        }
        if (outputs.size() > OUTPUTS_MAX) {
            throw new RuleViolation("outputs", "Record " + OUTPUTS_MAX + " outputs or fewer at a time");
        }
        return new WorkshopDraft(d.method(), d.heldOn(), title, notes, participants, d.namedPeople(), outputs);
    }

    /** One line of text for a title or the audit log's summary: line breaks become spaces, long text is cut. */
    public static String summary(String words, int max) {
        String line = words.replaceAll("\\s+", " ").strip();
        return line.length() <= max ? line : line.substring(0, max - 1).strip() + "…";
    }

    private static void length(String field, String value, int max, String what) {
        if (value != null && value.length() > max) {
            throw new RuleViolation(field, what + " must be " + String.format("%,d", max) + " characters or fewer");
        }
    }

    private static void oneLine(String field, String value, String what) {
        if (value != null && value.chars().anyMatch(Character::isISOControl)) {
            throw new RuleViolation(field, what + " must be on one line");
        }
    }

    /**
     * Stripped, blank read as nothing; line breaks and tabs kept, other control characters dropped (PostgreSQL
     * refuses a NUL in text, and none of them can be typed into a form).
     */
    static String text(String value) {
        if (value == null) {
            return null;
        }
        String text = value.replaceAll("[\\p{Cntrl}&&[^\\n\\r\\t]]", "").replace("\r\n", "\n").strip();
        return text.isEmpty() ? null : text;
    }
}
