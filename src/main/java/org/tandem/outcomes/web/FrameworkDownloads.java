package org.tandem.outcomes.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.tandem.outcomes.internal.FrameworkDocument;
import org.tandem.outcomes.internal.FrameworkExports;
import org.tandem.platform.CurrentUser;
import org.tandem.platform.OrganisationMember;

/** A version to download: Word and PDF for a committee paper, a workbook to sort and filter. Everyone reads. */
@Controller
@RequestMapping("/o/{organisationId}/outcomes/{frameworkId}/versions/{versionNumber}")
@OrganisationMember
class FrameworkDownloads {

    private static final MediaType DOCX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final FrameworkExports exports;

    FrameworkDownloads(FrameworkExports exports) {
        this.exports = exports;
    }

    @GetMapping("/framework.pdf")
    ResponseEntity<byte[]> pdf(CurrentUser.Membership organisation, @PathVariable UUID frameworkId,
                               @PathVariable int versionNumber) {
        FrameworkDocument document = exports.document(organisation.organisationId(), frameworkId, versionNumber);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition(document, "pdf")).body(exports.pdf(document));
    }

    @GetMapping("/framework.docx")
    void docx(CurrentUser.Membership organisation, @PathVariable UUID frameworkId, @PathVariable int versionNumber,
              HttpServletResponse response) throws IOException {
        FrameworkDocument document = exports.document(organisation.organisationId(), frameworkId, versionNumber);
        response.setContentType(DOCX.toString());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, disposition(document, "docx"));
        exports.docx(document, response.getOutputStream());
    }

    @GetMapping("/framework.xlsx")
    void xlsx(CurrentUser.Membership organisation, @PathVariable UUID frameworkId, @PathVariable int versionNumber,
              HttpServletResponse response) throws IOException {
        FrameworkDocument document = exports.document(organisation.organisationId(), frameworkId, versionNumber);
        response.setContentType(XLSX.toString());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, disposition(document, "xlsx"));
        exports.xlsx(document, response.getOutputStream());
    }

    private static String disposition(FrameworkDocument document, String extension) {
        return ContentDisposition.attachment().filename(FrameworkExports.fileName(document, extension)).build()
                .toString();
    }
}
