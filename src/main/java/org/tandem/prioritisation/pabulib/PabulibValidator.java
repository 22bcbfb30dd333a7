package org.tandem.prioritisation.pabulib;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.List;

/** Checks a {@code .pb} file and lists every problem with its line and field; an empty list means it is valid. */
public final class PabulibValidator {

    private PabulibValidator() {
    }

    public static List<PabulibProblem> validate(Reader reader) {
        PabulibParser parser = new PabulibParser(reader, false);
        parser.parse();
        return parser.problems();
    }

    public static List<PabulibProblem> validate(Path file) throws IOException {
        try (Reader reader = PabulibReader.utf8(file)) {
            return validate(reader);
        }
    }
}
