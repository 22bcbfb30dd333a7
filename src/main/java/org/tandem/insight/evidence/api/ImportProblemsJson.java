package org.tandem.insight.evidence.api;

import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.tandem.platform.imports.ImportRejected;

/**
 * A refused file as problem+json: every problem with its row and column (and, like every API error, the property it
 * belongs to in {@code field}: the column).
 */
final class ImportProblemsJson {

    /** One problem of a refused file. */
    record FileProblem(String field, Long row, String column, String message) {
    }

    private ImportProblemsJson() {
    }

    static ProblemDetail of(ImportRejected rejected, String instance) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "The file was not imported "
                + "and nothing in it was kept: it has " + rejected.problems().size()
                + (rejected.problems().size() == 1 ? " problem" : " problems")
                + (rejected.moreNotShown() ? " (Tandem stopped looking there, so there may be more)" : "") + ".");
        problem.setInstance(URI.create(instance));
        problem.setProperty("errors", rejected.problems().stream()
                .map(p -> new FileProblem(p.column(), p.row() > 0 ? p.row() : null, p.column(), p.describe()))
                .toList());
        return problem;
    }

    static ProblemDetail refused(String message, String field, String instance) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, message);
        problem.setInstance(URI.create(instance));
        problem.setProperty("errors", List.of(new FileProblem(field, null, null, message)));
        return problem;
    }
}
