package org.tandem.prioritisation.pabulib;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.tandem.prioritisation.counting.PbInstance;

/**
 * Reads Pabulib {@code .pb} files. A file with any problem is refused whole, with every problem listed
 * ({@link PabulibException}); nothing half-read is ever counted.
 */
public final class PabulibReader {

    private PabulibReader() {
    }

    /** The instance to count, streamed: the vote rows themselves are not kept. */
    public static PbInstance readInstance(Reader reader) {
        return parse(reader, false).instance();
    }

    /** The whole file, every row kept, for a round trip or a display of optional fields. */
    public static PabulibFile readFile(Reader reader) {
        return parse(reader, true);
    }

    public static PbInstance readInstance(Path file) {
        try (Reader reader = utf8(file)) {
            return readInstance(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static PabulibFile readFile(Path file) {
        try (Reader reader = utf8(file)) {
            return readFile(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * UTF-8, with bytes that are not UTF-8 read as U+FFFD, which the parser reports with the line they are on: a
     * file in another encoding is refused rather than misread.
     */
    static Reader utf8(Path file) throws IOException {
        return new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE));
    }

    private static PabulibFile parse(Reader reader, boolean keepRows) {
        PabulibParser parser = new PabulibParser(reader, keepRows);
        PabulibFile file = parser.parse();
        if (file == null) {
            throw new PabulibException(parser.problems());
        }
        return file;
    }
}
