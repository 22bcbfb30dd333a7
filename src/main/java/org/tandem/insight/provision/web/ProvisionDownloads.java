package org.tandem.insight.provision.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.tandem.insight.provision.ProvisionService;
import org.tandem.insight.provision.openreferral.OpenReferralExport;

/** The baseline's downloads, written straight to the response, for the pages and the API alike. */
@Component
class ProvisionDownloads {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String ZIP = "application/zip";

    private final ProvisionService provision;
    private final OpenReferralExport openReferral;

    ProvisionDownloads(ProvisionService provision, OpenReferralExport openReferral) {
        this.provision = provision;
        this.openReferral = openReferral;
    }

    void spreadsheet(UUID organisationId, HttpServletResponse response) {
        send(response, XLSX, "current-provision.xlsx", out -> BaselineWorkbook.write(provision.all(organisationId),
                provision.totals(organisationId), out));
    }

    void openReferralJson(UUID organisationId, HttpServletResponse response) {
        send(response, "application/json", "open-referral-services.json",
                out -> openReferral.json(organisationId, out));
    }

    void openReferralCsv(UUID organisationId, HttpServletResponse response) {
        send(response, ZIP, "open-referral-services-csv.zip", out -> openReferral.csv(organisationId, out));
    }

    private static void send(HttpServletResponse response, String type, String file, Consumer<OutputStream> body) {
        response.setContentType(type);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(file).build().toString());
        try {
            OutputStream out = response.getOutputStream();
            body.accept(out);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
