package org.tandem.insight.evidence.items;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.validation.Errors;
import org.tandem.insight.evidence.FormInput;
import org.tandem.platform.Timestamps;
import org.tandem.platform.FormValues;

/** The checks an evidence item and its quotes must pass, shared by the pages and the API. */
public final class ItemChecks {

    public static final int TITLE_MAX = 200;
    public static final int SUMMARY_MAX = 4000;
    public static final int NOTE_MAX = 1000;
    public static final int NAME_MAX = 200;
    public static final int MAX_GATHERERS = 20;
    public static final int TAG_MAX = 40;
    public static final int MAX_TAGS = 20;
    public static final int QUOTE_MAX = 1000;
    public static final int ATTRIBUTION_MAX = 100;
    public static final int MAX_QUOTES = 30;
    public static final int MAX_PARTICIPANTS = 1_000_000;

    private ItemChecks() {
    }

    /** The details as sent: {@code gatheredOn} is null when the date could not be read (already reported). */
    public record Typed(String title, String method, LocalDate gatheredOn, String participants, String summary,
                        String consent, String consentNote, boolean quotesPublishable, List<String> gathererIds,
                        List<String> gathererNames, List<String> tags, List<String> needIds) {
    }

    public static void check(Typed item, String dateField, Errors errors) {
        if (FormInput.text(item.title()) == null) {
            errors.rejectValue("title", "required", "Enter a title for the evidence");
        } else if (item.title().strip().length() > TITLE_MAX) {
            errors.rejectValue("title", "size", "Title must be " + TITLE_MAX + " characters or fewer");
        }
        if (FormValues.enumValue(EvidenceMethod.class, item.method()) == null) {
            errors.rejectValue("method", "required", "Select how the evidence was gathered");
        }
        if (item.gatheredOn() != null && item.gatheredOn().isAfter(LocalDate.now(Timestamps.LONDON))) {
            errors.rejectValue(dateField, "future", "The date it was gathered must be today or in the past");
        }
        if (FormInput.text(item.participants()) != null) {
            Integer count = FormInput.number(item.participants());
            if (count == null || count < 0 || count > MAX_PARTICIPANTS) {
                errors.rejectValue("participants", "invalid", "Number of people taking part must be a whole "
                        + "number, like 24");
            }
        }
        if (FormInput.text(item.summary()) == null) {
            errors.rejectValue("summary", "required", "Enter a summary of what was found");
        } else if (item.summary().strip().length() > SUMMARY_MAX) {
            errors.rejectValue("summary", "size", "Summary must be " + SUMMARY_MAX + " characters or fewer");
        }
        Consent consent = FormValues.enumValue(Consent.class, item.consent());
        if (consent == null) {
            errors.rejectValue("consent", "required", "Select how participants consented");
        } else if (item.quotesPublishable() && !consent.allowsPublishing()) {
            errors.rejectValue("quotesPublishable", "consent", "Quotes can only be published when participants "
                    + "consented to it: record their consent, or do not publish their words");
        }
        if (item.consentNote() != null && item.consentNote().strip().length() > NOTE_MAX) {
            errors.rejectValue("consentNote", "size", "Consent note must be " + NOTE_MAX + " characters or fewer");
        }
        checkGatherers(item, errors);
        checkTags(item.tags(), errors);
        if (!FormInput.allIds(item.needIds())) {
            errors.rejectValue("needIds", "invalid", "Select needs from the list");
        }
    }

    private static void checkGatherers(Typed item, Errors errors) {
        List<String> names = names(item.gathererNames());
        if (!FormInput.allIds(item.gathererIds())) {
            errors.rejectValue("gathererIds", "invalid", "Select people from the list");
        } else if (names.isEmpty() && FormInput.ids(item.gathererIds()).isEmpty()) {
            errors.rejectValue("gathererIds", "required", "Say who gathered the evidence: choose people, or type "
                    + "names such as Young Voices peer researchers");
        }
        if (names.stream().anyMatch(n -> n.length() > NAME_MAX)) {
            errors.rejectValue("gathererNames", "size", "Each name must be " + NAME_MAX + " characters or fewer");
        } else if (names.size() + FormInput.ids(item.gathererIds()).size() > MAX_GATHERERS) {
            errors.rejectValue("gathererNames", "size", "Name up to " + MAX_GATHERERS + " people or groups");
        }
    }

    private static void checkTags(List<String> typed, Errors errors) {
        List<String> tags = tags(typed);
        if (tags.stream().anyMatch(t -> t.length() > TAG_MAX)) {
            errors.rejectValue("tags", "size", "Each theme must be " + TAG_MAX + " characters or fewer");
        } else if (tags.size() > MAX_TAGS) {
            errors.rejectValue("tags", "size", "Tag up to " + MAX_TAGS + " themes");
        }
    }

    /** Only called once {@link #check} found nothing wrong. */
    public static ItemDraft draft(Typed item) {
        return new ItemDraft(item.title().strip(), FormValues.enumValue(EvidenceMethod.class, item.method()),
                item.gatheredOn(), FormInput.number(item.participants()), item.summary().strip(),
                FormValues.enumValue(Consent.class, item.consent()), FormInput.text(item.consentNote()),
                item.quotesPublishable(), FormInput.ids(item.gathererIds()), names(item.gathererNames()),
                tags(item.tags()), FormInput.ids(item.needIds()));
    }

    /** A problem with a quote: {@code field} is "text" or "attribution". */
    public record Problem(String field, String message) {
    }

    public static List<Problem> quoteProblems(String text, String attribution) {
        List<Problem> problems = new java.util.ArrayList<>();
        if (FormInput.text(text) == null) {
            problems.add(new Problem("text", "Enter the words as they were said"));
        } else if (text.strip().length() > QUOTE_MAX) {
            problems.add(new Problem("text", "A quote must be " + QUOTE_MAX + " characters or fewer"));
        }
        if (attribution != null && attribution.strip().length() > ATTRIBUTION_MAX) {
            problems.add(new Problem("attribution", "Who said it must be " + ATTRIBUTION_MAX
                    + " characters or fewer"));
        }
        return problems;
    }

    public static ItemDraft.QuoteDraft quote(String text, String attribution) {
        return new ItemDraft.QuoteDraft(text.strip(), FormInput.text(attribution));
    }

    /** Names as typed, one per entry, blanks dropped, each once. */
    public static List<String> names(List<String> typed) {
        Set<String> names = new LinkedHashSet<>();
        if (typed != null) {
            typed.stream().map(FormInput::text).filter(java.util.Objects::nonNull)
                    .map(n -> n.replaceAll("\\s+", " ")).forEach(names::add);
        }
        return List.copyOf(names);
    }

    /** Themes in lower case, without a leading #, each once. */
    public static List<String> tags(List<String> typed) {
        Set<String> tags = new LinkedHashSet<>();
        if (typed != null) {
            typed.stream().map(FormInput::text).filter(java.util.Objects::nonNull)
                    .map(t -> t.replaceFirst("^#+", "").replaceAll("[\\p{Cntrl}\\s]+", " ").strip()
                            .toLowerCase(Locale.ROOT))
                    .filter(t -> !t.isEmpty()).forEach(tags::add);
        }
        return List.copyOf(tags);
    }
}
