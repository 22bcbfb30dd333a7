package org.tandem.prioritisation.implementation;

import java.time.LocalDate;
import org.tandem.platform.Money;

/** The progress an update asks for; nulls keep what the project has. The note is the update's public text. */
public record ProgressChange(ProjectStage stage, Integer percentComplete, Money spent, LocalDate expectedCompletion,
                             String note) {
}
