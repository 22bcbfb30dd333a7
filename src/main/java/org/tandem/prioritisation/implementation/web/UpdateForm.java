package org.tandem.prioritisation.implementation.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;
import org.springframework.web.multipart.MultipartFile;
import org.tandem.platform.DateParts;
import org.tandem.platform.FormValues;
import org.tandem.platform.Money;
import org.tandem.platform.SelfChecking;
import org.tandem.prioritisation.implementation.FundedProject;
import org.tandem.prioritisation.implementation.ProgressChange;
import org.tandem.prioritisation.implementation.ProjectStage;

/**
 * An update as typed: the date it happened, the note, where the project now stands, and up to three photos each with
 * its description. Numbers and dates stay text until they have been read, so a mistake is shown next to its field
 * with what was typed still there.
 */
public record UpdateForm(String happenedOnDay, String happenedOnMonth, String happenedOnYear, String note,
                         String stage, String percentComplete, String spent, String expectedCompletionDay,
                         String expectedCompletionMonth, String expectedCompletionYear, MultipartFile photo1,
                         String alt1, MultipartFile photo2, String alt2, MultipartFile photo3, String alt3,
                         Integer version) implements SelfChecking {

    /** The form for a project's next update: today's date and where the project stands now. */
    static UpdateForm next(FundedProject p, LocalDate today) {
        LocalDate expected = p.expectedCompletion();
        return new UpdateForm(DateParts.day(today), DateParts.month(today), DateParts.year(today), "",
                p.stage().name(), Integer.toString(p.percentComplete()), p.spent().plain(), DateParts.day(expected),
                DateParts.month(expected), DateParts.year(expected), null, "", null, "", null, "", p.version());
    }

    @Override
    public void check(Errors errors) {
        read(errors);
    }

    /** Only called once {@link #check} found nothing wrong. */
    ProgressChange change() {
        return read(new BeanPropertyBindingResult(this, "form"));
    }

    LocalDate happenedOn() {
        return DateParts.read(happenedOnDay, happenedOnMonth, happenedOnYear, "The date of the update",
                "happenedOn", new BeanPropertyBindingResult(this, "form"), false);
    }

    /** The photos actually chosen, by slot, with their descriptions. */
    List<Slot> photos() {
        List<Slot> slots = new ArrayList<>();
        add(slots, 1, photo1, alt1);
        add(slots, 2, photo2, alt2);
        add(slots, 3, photo3, alt3);
        return slots;
    }

    /** A photo slot of the form that has a file in it. */
    record Slot(int number, MultipartFile file, String altText) {
    }

    private static void add(List<Slot> slots, int number, MultipartFile file, String alt) {
        if (file != null && !file.isEmpty()) {
            slots.add(new Slot(number, file, alt));
        }
    }

    private ProgressChange read(Errors errors) {
        DateParts.read(happenedOnDay, happenedOnMonth, happenedOnYear, "The date of the update", "happenedOn",
                errors, true);
        ProjectStage chosen = FormValues.enumValue(ProjectStage.class, stage);
        if (chosen == null) {
            errors.rejectValue("stage", "required", "Choose the stage the project has reached");
        }
        Integer percent = null;
        if (percentComplete == null || !percentComplete.strip().matches("\\d{1,3}")) {
            errors.rejectValue("percentComplete", "invalid", "Enter the percentage complete as a whole number from "
                    + "0 to 100, for example 40");
        } else {
            percent = Integer.valueOf(percentComplete.strip());
        }
        Money amount = Money.parse(spent);
        if (amount == null) {
            errors.rejectValue("spent", "invalid", "Enter the amount spent so far in pounds and pence, for example "
                    + "2450 or 2450.50");
        }
        LocalDate expected = DateParts.read(expectedCompletionDay, expectedCompletionMonth, expectedCompletionYear,
                "Expected completion date", "expectedCompletion", errors, false);
        return new ProgressChange(chosen, percent, amount, expected, note);
    }

    /** The form's field for a property the rules name. */
    static String field(String property) {
        if (property == null) {
            return null;
        }
        return switch (property) {
            case "happenedOn", "expectedCompletion" -> property + "Day";
            default -> property;
        };
    }
}
