package org.tandem.prioritisation.implementation.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tandem.platform.AuditLog.Actor;
import org.tandem.platform.ConflictException;
import org.tandem.platform.CurrentUser;
import org.tandem.platform.OrganisationMember;
import org.tandem.platform.RequiresRole;
import org.tandem.platform.Role;
import org.tandem.platform.files.SafeFileName;
import org.tandem.platform.imports.CsvImport;
import org.tandem.platform.imports.ImportRejected;
import org.tandem.prioritisation.PbProcessView;
import org.tandem.prioritisation.implementation.ProgressSpreadsheet;
import org.tandem.prioritisation.process.ProcessService;

/**
 * Progress of every project at once: downloaded as a spreadsheet by anyone in the organisation, uploaded again by
 * commissioners and commissioning officers.
 */
@Controller
@RequestMapping("/o/{organisationId}/pb-processes/{processId}/projects")
class ProgressSpreadsheetPages {

    private final ProcessService processes;
    private final ProgressSpreadsheet spreadsheet;

    ProgressSpreadsheetPages(ProcessService processes, ProgressSpreadsheet spreadsheet) {
        this.processes = processes;
        this.spreadsheet = spreadsheet;
    }

    /** Starts with a byte-order mark so spreadsheets read it as UTF-8. */
    @GetMapping("/progress.csv")
    @OrganisationMember
    void download(CurrentUser.Membership organisation, @PathVariable UUID processId, HttpServletResponse response)
            throws IOException {
        PbProcessView process = processes.view(organisation.organisationId(), processId);
        response.setContentType("text/csv;charset=UTF-8");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Content-Disposition", SafeFileName.contentDisposition(process.title()
                + " project progress.csv"));
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "private, no-store");
        Writer writer = response.getWriter();
        writer.write('\uFEFF');
        spreadsheet.write(organisation.organisationId(), processId, writer);
    }

    @GetMapping("/upload")
    @RequiresRole({Role.COMMISSIONER, Role.COMMISSIONING_OFFICER})
    String uploadForm(CurrentUser.Membership organisation, @PathVariable UUID processId, Model model) {
        return page(organisation, processId, model);
    }

    @PostMapping("/upload")
    @RequiresRole({Role.COMMISSIONER, Role.COMMISSIONING_OFFICER})
    String upload(CurrentUser user, CurrentUser.Membership organisation, @PathVariable UUID processId,
                  @RequestParam(required = false) MultipartFile file, Model model, RedirectAttributes redirect,
                  HttpServletResponse response) throws IOException {
        processes.view(organisation.organisationId(), processId);
        if (file == null || file.isEmpty()) {
            model.addAttribute("fileError", "Choose a CSV file to upload");
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return page(organisation, processId, model);
        }
        try (InputStream csv = file.getInputStream()) {
            CsvImport.refuseIfTooBig(file.getSize(), ProgressSpreadsheet.LAYOUT);
            ProgressSpreadsheet.Result result = spreadsheet.read(new Actor(user.personId(), user.displayName()),
                    organisation.organisationId(), processId, csv);
            redirect.addFlashAttribute("flash", "Uploaded " + result.rows() + (result.rows() == 1 ? " row: "
                    : " rows: ") + result.updated() + " projects updated, " + result.unchanged() + " unchanged");
            return "redirect:" + ProjectPaths.projects(organisation.organisationId(), processId);
        } catch (ImportRejected e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("fileError", "The file was not uploaded: nothing in it has been changed. Correct it "
                    + "and upload it again.");
            model.addAttribute("problems", e.problems());
            model.addAttribute("moreProblems", e.moreNotShown());
            return page(organisation, processId, model);
        } catch (ConflictException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("fileError", e.getMessage());
            return page(organisation, processId, model);
        }
    }

    private String page(CurrentUser.Membership organisation, UUID processId, Model model) {
        model.addAttribute("process", processes.view(organisation.organisationId(), processId));
        model.addAttribute("base", ProjectPaths.projects(organisation.organisationId(), processId));
        model.addAttribute("backLink", ProjectPaths.projects(organisation.organisationId(), processId));
        return "prioritisation/projects-upload";
    }
}
