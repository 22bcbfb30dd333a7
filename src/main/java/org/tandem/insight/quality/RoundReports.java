package org.tandem.insight.quality;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.UUID;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.stereotype.Service;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import org.tandem.commissions.CommissionView;
import org.tandem.platform.PdfDocuments;
import org.tandem.platform.Timestamps;
import org.tandem.platform.Worksheets;

import static org.tandem.platform.Worksheets.row;
import static org.tandem.platform.Worksheets.sheet;

/**
 * The round report, for the commissioning team and scrutiny: per service the area ratings, the evidence, the
 * recommendation and the decision. A tagged, accessible PDF (PDF/UA, from a Thymeleaf template, with Liberation Sans
 * embedded: metrically the Arial the pages use) and an XLSX workbook streamed row by row.
 */
@Service
public class RoundReports {

    private final QualityResults results;
    private final QualityRounds rounds;
    private final ITemplateEngine templates;
    private final Clock clock;

    RoundReports(QualityResults results, QualityRounds rounds, ITemplateEngine templates, Clock clock) {
        this.results = results;
        this.rounds = rounds;
        this.templates = templates;
        this.clock = clock;
    }

    public byte[] pdf(Viewer viewer, UUID commissionId, UUID roundId) {
        RoundResults round = results.results(viewer, commissionId, roundId);
        Context context = new Context(java.util.Locale.UK);
        context.setVariable("results", round);
        context.setVariable("round", round.round());
        context.setVariable("commission", rounds.commission(viewer, commissionId));
        context.setVariable("generatedAt", Timestamps.londonDateTime(clock.instant()));
        String html = templates.process("insight/quality/report", context);
        return PdfDocuments.fromHtml(html);
    }

    /** The same results as a workbook: services, every rating with its evidence, the areas, the responses. */
    public void xlsx(Viewer viewer, UUID commissionId, UUID roundId, OutputStream out) {
        RoundResults round = results.results(viewer, commissionId, roundId);
        CommissionView commission = rounds.commission(viewer, commissionId);
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
            CellStyle bold = Worksheets.bold(workbook);
            Sheet services = sheet(workbook, "Services", bold, "Service", "Provider", "Visits submitted",
                    "Red areas", "Amber areas", "Green areas", "Recommendation", "Why", "Decision", "Overridden",
                    "Reason", "Show progress by", "Decided by", "Decided at");
            Sheet ratings = sheet(workbook, "Ratings", bold, "Service", "Visit date", "Area", "Rating", "Evidence",
                    "Quotes");
            Sheet responses = sheet(workbook, "Responses", bold, "Service", "Response", "Written by", "Written at");
            for (ServiceResult s : round.services()) {
                Recommendation r = s.recommendation();
                Decision d = s.decision();
                row(services, s.service().name(), s.service().providerName(), s.submittedVisits(), r.red(),
                        r.amber(), r.green(), r.isMade() ? r.rating().label() : "Not yet rated", r.reason(),
                        d == null ? "Not decided" : d.decided().label(), d == null ? "" : d.isOverride() ? "Yes" : "No",
                        d == null ? "" : d.reason(), d == null ? "" : Timestamps.longDate(d.progressBy()),
                        d == null ? "" : d.decidedByName(), d == null ? "" : Timestamps.londonDateTime(d.decidedAt()));
                for (QualityArea area : round.areas()) {
                    for (SubmittedRating rating : s.ratingsOf(area.id())) {
                        row(ratings, s.service().name(), Timestamps.longDate(rating.visitDate()), area.name(),
                                rating.rating().label(), rating.evidence(), rating.quotes());
                    }
                }
                for (ProviderResponse response : s.responses()) {
                    row(responses, s.service().name(), response.body(), response.writtenByName(),
                            Timestamps.londonDateTime(response.writtenAt()));
                }
            }
            Sheet areas = sheet(workbook, "Areas", bold, "Area", "Question", "Green looks like", "Amber looks like",
                    "Red looks like");
            round.areas().forEach(a -> row(areas, a.name(), a.question(), a.greenGuide(), a.amberGuide(),
                    a.redGuide()));
            Sheet about = sheet(workbook, "About", bold, "Round", round.round().title());
            row(about, "Commission", commission.title());
            row(about, "Organisation", commission.lead().name());
            row(about, "Status", round.round().status().label());
            row(about, "Visits", Timestamps.longDate(round.round().visitsFrom()) + " to "
                    + Timestamps.longDate(round.round().visitsUntil()));
            row(about, "How ratings become a recommendation", round.round().rule().describe());
            row(about, "Produced", Timestamps.londonDateTime(clock.instant()));
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
