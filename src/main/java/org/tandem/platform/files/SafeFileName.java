package org.tandem.platform.files;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;

/**
 * File names as uploaded are not trusted: a name can carry a path ({@code ../../x}), control characters, quotes that
 * would break a header, or right-to-left marks that make {@code gpj.exe} read as {@code exe.jpg}. Names are cleaned
 * once, when a file is kept, and sent back in a Content-Disposition header that every browser reads safely.
 */
public final class SafeFileName {

    static final int MAX_LENGTH = 100;

    private SafeFileName() {
    }

    /** The name without any folders, invisible or control characters, or characters file systems refuse. */
    public static String of(String typed) {
        String name = typed == null ? "" : typed;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = Normalizer.normalize(name, Normalizer.Form.NFC)
                .replaceAll("[\\p{Cntrl}\\p{Cf}]", "")
                .replaceAll("[\"*:<>?|;%]", "")
                .replaceAll("\\s+", " ")
                .strip()
                .replaceAll("^[.\\s]+", "")
                .replaceAll("[.\\s]+$", "");
        if (name.codePointCount(0, name.length()) > MAX_LENGTH) {
            String extension = extension(name);
            int keep = MAX_LENGTH - (extension.isEmpty() ? 0 : extension.length() + 1);
            String base = name.substring(0, name.offsetByCodePoints(0, keep)).strip();
            name = extension.isEmpty() || extension.length() > 10 ? base : base + "." + extension;
        }
        return name.isEmpty() ? "file" : name;
    }

    /** The part after the last dot, or "" when there is none. */
    public static String extension(String name) {
        int dot = name == null ? -1 : name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1);
    }

    /**
     * A header value that makes the browser save the file rather than show it: a plain ASCII name for old
     * browsers and the exact name, percent-encoded, for the rest (RFC 6266).
     */
    public static String contentDisposition(String name) {
        String safe = of(name);
        String ascii = safe.replaceAll("[^\\x20-\\x7e]", "_").replace("\\", "_");
        String encoded = URLEncoder.encode(safe, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }

    /** A size as people read it: 12 bytes, 245 KB, 10 MB. */
    public static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + (bytes == 1 ? " byte" : " bytes");
        }
        if (bytes < 1024 * 1024) {
            return Math.round(bytes / 1024.0) + " KB";
        }
        double megabytes = bytes / (1024.0 * 1024.0);
        return (megabytes >= 10 ? String.valueOf(Math.round(megabytes))
                : String.format(Locale.UK, "%.1f", megabytes).replace(".0", "")) + " MB";
    }
}
