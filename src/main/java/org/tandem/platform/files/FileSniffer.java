package org.tandem.platform.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Decides what a file is from its bytes: the signatures PDF, PNG, JPEG and WebP files begin with; for the ZIP-based office
 * formats, the names listed in the ZIP's central directory (read from the end of the file, so nothing is unzipped
 * and a "zip bomb" costs nothing); and for text, that every byte is UTF-8 with no control characters. Anything else
 * is unknown, and unknown files are refused.
 */
final class FileSniffer {

    /** Reads the stored file from a byte offset onwards. */
    @FunctionalInterface
    interface Opener {
        InputStream openAt(long offset) throws IOException;
    }

    private static final int HEAD = 4096;
    private static final int EOCD_SIGNATURE = 0x06054b50;
    private static final int CENTRAL_SIGNATURE = 0x02014b50;
    /** The end-of-central-directory record is 22 bytes plus a comment of at most 65,535. */
    private static final int TAIL = 22 + 65_535;
    private static final int MAX_DIRECTORY = 4 * 1024 * 1024;
    private static final String ODF_MIMETYPE = "mimetypeapplication/vnd.oasis.opendocument.";

    private FileSniffer() {
    }

    static Optional<FileKind> sniff(long size, Opener opener) throws IOException {
        if (size == 0) {
            return Optional.empty();
        }
        byte[] head;
        try (InputStream in = opener.openAt(0)) {
            head = in.readNBytes(HEAD);
        }
        if (startsWith(head, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
            return Optional.of(FileKind.PDF);
        }
        if (startsWith(head, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'})) {
            return Optional.of(FileKind.PNG);
        }
        if (startsWith(head, new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff})) {
            return Optional.of(FileKind.JPEG);
        }
        if (isWebp(head)) {
            return Optional.of(FileKind.WEBP);
        }
        if (startsWith(head, new byte[] {'P', 'K', 3, 4})) {
            return office(head, size, opener);
        }
        return isText(opener) ? Optional.of(FileKind.TEXT) : Optional.empty();
    }

    /**
     * OpenDocument files must start with an uncompressed "mimetype" entry naming their type; Office Open XML files
     * are told apart by the parts their directory lists.
     */
    private static Optional<FileKind> office(byte[] head, long size, Opener opener) throws IOException {
        String start = new String(head, 30, Math.max(0, Math.min(head.length - 30, 80)), StandardCharsets.ISO_8859_1);
        if (start.startsWith(ODF_MIMETYPE)) {
            String type = start.substring(ODF_MIMETYPE.length());
            if (type.startsWith("text")) {
                return Optional.of(FileKind.ODT);
            }
            if (type.startsWith("spreadsheet")) {
                return Optional.of(FileKind.ODS);
            }
            return Optional.empty();
        }
        Set<String> names = zipEntryNames(size, opener);
        if (!names.contains("[Content_Types].xml")) {
            return Optional.empty();
        }
        if (names.contains("word/document.xml")) {
            return Optional.of(FileKind.DOCX);
        }
        if (names.contains("xl/workbook.xml")) {
            return Optional.of(FileKind.XLSX);
        }
        if (names.contains("ppt/presentation.xml")) {
            return Optional.of(FileKind.PPTX);
        }
        return Optional.empty();
    }

    private static Set<String> zipEntryNames(long size, Opener opener) throws IOException {
        long tailStart = Math.max(0, size - TAIL);
        byte[] tail;
        try (InputStream in = opener.openAt(tailStart)) {
            tail = in.readNBytes(TAIL);
        }
        int eocd = -1;
        for (int i = tail.length - 22; i >= 0; i--) {
            if (int32(tail, i) == EOCD_SIGNATURE) {
                eocd = i;
                break;
            }
        }
        Set<String> names = new HashSet<>();
        if (eocd < 0) {
            return names;
        }
        long directorySize = uint32(tail, eocd + 12);
        long directoryOffset = uint32(tail, eocd + 16);
        if (directorySize > MAX_DIRECTORY || directoryOffset + directorySize > size) {
            return names;
        }
        byte[] directory;
        try (InputStream in = opener.openAt(directoryOffset)) {
            directory = in.readNBytes((int) directorySize);
        }
        int at = 0;
        while (at + 46 <= directory.length && int32(directory, at) == CENTRAL_SIGNATURE) {
            int nameLength = uint16(directory, at + 28);
            int extraLength = uint16(directory, at + 30);
            int commentLength = uint16(directory, at + 32);
            if (at + 46 + nameLength > directory.length) {
                break;
            }
            names.add(new String(directory, at + 46, nameLength, StandardCharsets.UTF_8));
            at += 46 + nameLength + extraLength + commentLength;
        }
        return names;
    }

    /** Strict UTF-8 all the way through, and no control characters other than tabs, line breaks and form feeds. */
    private static boolean isText(Opener opener) throws IOException {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        char[] buffer = new char[8192];
        try (Reader reader = new InputStreamReader(opener.openAt(0), decoder)) {
            int n;
            while ((n = reader.read(buffer)) > 0) {
                for (int i = 0; i < n; i++) {
                    char c = buffer[i];
                    if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
                        return false;
                    }
                }
            }
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** A RIFF container ("RIFF", four bytes of length, then "WEBP"). */
    private static boolean isWebp(byte[] head) {
        return head.length >= 12 && startsWith(head, "RIFF".getBytes(StandardCharsets.US_ASCII))
                && head[8] == 'W' && head[9] == 'E' && head[10] == 'B' && head[11] == 'P';
    }

    private static boolean startsWith(byte[] data, byte[] prefix) {
        if (data.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (data[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static int uint16(byte[] b, int at) {
        return (b[at] & 0xff) | (b[at + 1] & 0xff) << 8;
    }

    private static int int32(byte[] b, int at) {
        return (b[at] & 0xff) | (b[at + 1] & 0xff) << 8 | (b[at + 2] & 0xff) << 16 | (b[at + 3] & 0xff) << 24;
    }

    private static long uint32(byte[] b, int at) {
        return int32(b, at) & 0xffffffffL;
    }
}
