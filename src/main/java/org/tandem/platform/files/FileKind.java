package org.tandem.platform.files;

import java.util.List;
import java.util.Locale;

/**
 * The kinds of file Tandem recognises from their content (see {@link FileSniffer}). A file is served with its
 * kind's media type, whatever the uploader's browser claimed.
 */
public enum FileKind {
    PDF("PDF document", "application/pdf", "pdf"),
    PNG("PNG image", "image/png", "png"),
    JPEG("JPEG image", "image/jpeg", "jpg", "jpeg"),
    WEBP("WebP image", "image/webp", "webp"),
    TEXT("plain text", "text/plain;charset=UTF-8", "txt", "csv", "md"),
    DOCX("Word document", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    XLSX("Excel spreadsheet", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    PPTX("PowerPoint presentation", "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            "pptx"),
    ODT("OpenDocument text", "application/vnd.oasis.opendocument.text", "odt"),
    ODS("OpenDocument spreadsheet", "application/vnd.oasis.opendocument.spreadsheet", "ods");

    private final String label;
    private final String mediaType;
    private final List<String> extensions;

    FileKind(String label, String mediaType, String... extensions) {
        this.label = label;
        this.mediaType = mediaType;
        this.extensions = List.of(extensions);
    }

    public String label() {
        return label;
    }

    public String mediaType() {
        return mediaType;
    }

    public List<String> extensions() {
        return extensions;
    }

    /** Whether a file of this kind may carry the name: its extension must be one this kind uses. */
    public boolean fitsName(String fileName) {
        return extensions.contains(SafeFileName.extension(fileName).toLowerCase(Locale.ROOT));
    }
}
