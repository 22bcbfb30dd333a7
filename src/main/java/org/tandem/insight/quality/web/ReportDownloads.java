package org.tandem.insight.quality.web;

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
import org.tandem.insight.quality.QualityRound;
import org.tandem.insight.quality.QualityRounds;
import org.tandem.insight.quality.RoundReports;
import org.tandem.insight.quality.Viewer;
import org.tandem.platform.CurrentUser;
import org.tandem.platform.RequiresRole;
import org.tandem.platform.Role;

/** The round report to download: a PDF to read and share, and an XLSX workbook to sort and filter. */
@Controller
@RequestMapping("/o/{organisationId}/commissions/{commissionId}/quality-rounds/{roundId}")
@RequiresRole({Role.COMMISSIONER, Role.COMMISSIONING_OFFICER})
class ReportDownloads {

    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final RoundReports reports;
    private final QualityRounds rounds;

    ReportDownloads(RoundReports reports, QualityRounds rounds) {
        this.reports = reports;
        this.rounds = rounds;
    }

    @GetMapping("/report.pdf")
    ResponseEntity<byte[]> pdf(CurrentUser user, CurrentUser.Membership organisation,
                               @PathVariable UUID commissionId, @PathVariable UUID roundId) {
        Viewer viewer = Viewer.of(user, organisation);
        byte[] pdf = reports.pdf(viewer, commissionId, roundId);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition(rounds.managed(viewer, commissionId, roundId),
                        "pdf"))
                .body(pdf);
    }

    @GetMapping("/report.xlsx")
    void xlsx(CurrentUser user, CurrentUser.Membership organisation, @PathVariable UUID commissionId,
              @PathVariable UUID roundId, HttpServletResponse response) throws IOException {
        Viewer viewer = Viewer.of(user, organisation);
        QualityRound round = rounds.managed(viewer, commissionId, roundId);
        response.setContentType(XLSX.toString());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, disposition(round, "xlsx"));
        reports.xlsx(viewer, commissionId, roundId, response.getOutputStream());
    }

    /** A short file name made only of letters, digits and hyphens, whatever the round is called. */
    static String disposition(QualityRound round, String extension) {
        String slug = round.title().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        String name = slug.substring(0, Math.min(slug.length(), 60)).replaceAll("(^-+|-+$)", "");
        return ContentDisposition.attachment().filename((name.isEmpty() ? "quality-round" : name) + "-report."
                + extension).build().toString();
    }
}
