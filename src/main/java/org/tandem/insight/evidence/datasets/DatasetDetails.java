package org.tandem.insight.evidence.datasets;

import java.util.ArrayList;
import java.util.List;
import org.tandem.insight.evidence.FormInput;

/** What a dataset is, as typed: its title, where the figures come from and what they show. */
public record DatasetDetails(String title, String source, String description) {

    public static final int TITLE_MAX = 200;
    public static final int SOURCE_MAX = 300;
    public static final int DESCRIPTION_MAX = 4000;

    /** A problem with one of the details, named by its field. */
    public record Problem(String field, String message) {
    }

    /** Every problem with the details, so a form can show them all at once. */
    public List<Problem> problems() {
        List<Problem> problems = new ArrayList<>();
        if (FormInput.text(title) == null) {
            problems.add(new Problem("title", "Enter a title for the dataset"));
        } else if (title.strip().length() > TITLE_MAX) {
            problems.add(new Problem("title", "Title must be " + TITLE_MAX + " characters or fewer"));
        }
        if (FormInput.text(source) == null) {
            problems.add(new Problem("source", "Enter where the figures come from, for example Millbrook JSNA 2026"));
        } else if (source.strip().length() > SOURCE_MAX) {
            problems.add(new Problem("source", "Source must be " + SOURCE_MAX + " characters or fewer"));
        }
        if (description != null && description.strip().length() > DESCRIPTION_MAX) {
            problems.add(new Problem("description", "Description must be " + DESCRIPTION_MAX
                    + " characters or fewer"));
        }
        return problems;
    }

    /** The details trimmed, an empty description as none. Only once {@link #problems()} found nothing. */
    DatasetDetails cleaned() {
        return new DatasetDetails(title.strip(), source.strip(), FormInput.text(description));
    }
}
