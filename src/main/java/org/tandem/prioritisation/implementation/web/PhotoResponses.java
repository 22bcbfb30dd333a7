package org.tandem.prioritisation.implementation.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import org.tandem.prioritisation.implementation.ProjectTracking;

/**
 * Photos are shown in the page, so they are sent inline, but only with the media type their content was found to be
 * when uploaded and with sniffing turned off: a file cannot turn into a page or a script on the way out.
 */
final class PhotoResponses {

    private PhotoResponses() {
    }

    static void send(HttpServletResponse response, ProjectTracking.PhotoDownload download, String caching)
            throws IOException {
        response.setContentType(download.photo().contentType());
        response.setContentLengthLong(download.photo().sizeBytes());
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Disposition", "inline");
        response.setHeader("Cache-Control", caching);
        try (InputStream content = download.content()) {
            content.transferTo(response.getOutputStream());
        }
    }
}
