package org.tandem.insight.evidence.web;

import org.springframework.validation.BindingResult;
import org.tandem.platform.imports.ImportProblem;
import org.tandem.platform.imports.ImportRejected;

/** A refused file's problems on the upload form: each one, with its row and column, above the form. */
final class ImportProblems {

    private ImportProblems() {
    }

    static void show(ImportRejected rejected, BindingResult errors) {
        errors.rejectValue("file", "import", "The file was not imported: nothing in it was kept. "
                + "Fix the problems listed at the top of the page and upload it again");
        for (ImportProblem problem : rejected.problems()) {
            errors.reject("import", problem.describe());
        }
        if (rejected.moreNotShown()) {
            errors.reject("import", "Tandem stopped looking after " + rejected.problems().size()
                    + " problems: there may be more");
        }
    }
}
