package org.tandem.insight.provision.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tandem.insight.provision.ProvisionService.ImportSummary;
import org.tandem.insight.provision.openreferral.OpenReferralImport;
import org.tandem.insight.provision.openreferral.OpenReferralProblem;
import org.tandem.insight.provision.openreferral.OpenReferralRejected;
import org.tandem.platform.CurrentUser;
import org.tandem.platform.OrganisationMember;
import org.tandem.platform.RequiresRole;
import org.tandem.platform.Role;

/** Downloading the baseline (XLSX, Open Referral UK JSON and CSV) and importing Open Referral UK files. */
@Controller
@RequestMapping("/o/{organisationId}/provision")
class ProvisionFilePages {

    private final ProvisionDownloads downloads;
    private final OpenReferralImport imports;

    ProvisionFilePages(ProvisionDownloads downloads, OpenReferralImport imports) {
        this.downloads = downloads;
        this.imports = imports;
    }

    @GetMapping("/export/baseline.xlsx")
    @OrganisationMember
    void spreadsheet(CurrentUser.Membership organisation, HttpServletResponse response) {
        downloads.spreadsheet(organisation.organisationId(), response);
    }

    @GetMapping("/export/open-referral.json")
    @OrganisationMember
    void openReferralJson(CurrentUser.Membership organisation, HttpServletResponse response) {
        downloads.openReferralJson(organisation.organisationId(), response);
    }

    @GetMapping("/export/open-referral-csv.zip")
    @OrganisationMember
    void openReferralCsv(CurrentUser.Membership organisation, HttpServletResponse response) {
        downloads.openReferralCsv(organisation.organisationId(), response);
    }

    @GetMapping("/import")
    @RequiresRole({Role.COMMISSIONER, Role.COMMISSIONING_OFFICER})
    String importForm() {
        return "insight/provision/import";
    }

    @PostMapping("/import")
    @RequiresRole({Role.COMMISSIONER, Role.COMMISSIONING_OFFICER})
    String importFile(CurrentUser.Membership organisation, @RequestParam(required = false) MultipartFile file,
                      Model model, RedirectAttributes redirect, HttpServletResponse response) throws IOException {
        if (file == null || file.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("fileError", "Select an Open Referral UK file to import");
            return "insight/provision/import";
        }
        try (InputStream upload = file.getInputStream()) {
            ImportSummary summary = read(organisation.organisationId(), upload);
            redirect.addFlashAttribute("flash", "Imported " + (summary.added() + summary.replaced())
                    + " services: " + summary.added() + " added, " + summary.replaced() + " replaced");
            return "redirect:/o/" + organisation.organisationId() + "/provision/services";
        } catch (OpenReferralRejected rejected) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("fileError", "The file was not imported. Nothing in it was kept. Put these right "
                    + "and try again.");
            model.addAttribute("problems", rejected.problems().stream().map(OpenReferralProblem::describe).toList());
            model.addAttribute("moreNotShown", rejected.moreNotShown());
            return "insight/provision/import";
        }
    }

    /** A ZIP starts with "PK": the CSV form. Anything else is read as JSON. */
    private ImportSummary read(UUID organisationId, InputStream upload) throws IOException {
        PushbackInputStream in = new PushbackInputStream(upload, 2);
        byte[] start = in.readNBytes(2);
        in.unread(start);
        return start.length == 2 && start[0] == 'P' && start[1] == 'K' ? imports.csv(organisationId, in)
                : imports.json(organisationId, in);
    }
}
