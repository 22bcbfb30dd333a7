package org.tandem.prioritisation.results.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
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
import org.tandem.platform.NotFoundException;
import org.tandem.platform.RequiresRole;
import org.tandem.platform.Role;
import org.tandem.platform.RuleViolation;
import org.tandem.prioritisation.PbProcessView;
import org.tandem.prioritisation.results.BallotFile;
import org.tandem.prioritisation.results.BallotFileRefused;
import org.tandem.prioritisation.results.CountService;
import org.tandem.prioritisation.results.PbCount;

/**
 * Counting a process's ballots and publishing the results, for commissioners and commissioning officers: the
 * results page shows the newest count before it is published, and the one the public sees after.
 */
@Controller
@RequestMapping("/o/{organisationId}/pb-processes/{processId}/results")
class ResultsPages {

    /** Where the ballots to count come from: those cast in Tandem, or a Pabulib file from elsewhere. */
    private static final String CAST = "CAST";
    private static final String FILE = "FILE";

    private final CountService counts;

    ResultsPages(CountService counts) {
        this.counts = counts;
    }

    @GetMapping
    @RequiresRole({Role.COMMISSIONER, Role.COMMISSIONING_OFFICER})
    String show(CurrentUser.Membership organisation, @PathVariable UUID processId, Model model) {
        PbProcessView process = counts.process(organisation.organisationId(), processId);
        return page(process, "", null, model);
    }

    private String page(PbProcessView process, String reason, String reasonError, Model model) {
        PbCount latest = counts.latest(process.organisationId(), process.id()).orElse(null);
        PbCount published = counts.published(process.organisationId(), process.id()).orElse(null);
        model.addAttribute("process", process);
        model.addAttribute("count", latest);
        model.addAttribute("publishedCount", published);
        model.addAttribute("history", counts.history(process.organisationId(), process.id()));
        model.addAttribute("countingOpen", counts.countingOpen(process));
        model.addAttribute("fmt", Formats.INSTANCE);
        model.addAttribute("reason", reason);
        model.addAttribute("reasonError", reasonError);
        model.addAttribute("base", ResultsPaths.results(process.organisationId(), process.id()));
        model.addAttribute("publicPath", ResultsPaths.publicResults(process.organisationId(), process.id()));
        model.addAttribute("backLink", ResultsPaths.process(process.organisationId(), process.id()));
        return "prioritisation/results";
    }

    @GetMapping("/count")
    @RequiresRole({Role.COMMISSIONER, Role.COMMISSIONING_OFFICER})
    String countForm(CurrentUser.Membership organisation, @PathVariable UUID processId, Model model) {
        PbProcessView process = counts.process(organisation.organisationId(), processId);
        return countPage(process, CountChoice.DEFAULT.name(), null, List.of(), model);
    }

    @PostMapping("/count")
    @RequiresRole({Role.COMMISSIONER, Role.COMMISSIONING_OFFICER})
    String count(CurrentUser user, CurrentUser.Membership organisation, @PathVariable UUID processId,
                 @RequestParam(required = false) MultipartFile file, @RequestParam(required = false) String method,
                 @RequestParam(required = false) String source, Model model, RedirectAttributes redirect,
                 HttpServletResponse response) throws IOException {
        PbProcessView process = counts.process(organisation.organisationId(), processId);
        CountChoice choice = CountChoice.of(method);
        String chosen = choice == null ? null : choice.name();
        if (choice == null) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return countPage(process, null, null, List.of(), model.addAttribute("methodError",
                    "Choose how to count the ballots"));
        }
        model.addAttribute("source", CAST.equals(source) ? CAST : FILE);
        if (CAST.equals(source)) {
            try {
                return counted(counts.countCastBallots(new Actor(user.personId(), user.displayName()),
                        organisation.organisationId(), processId, choice.method()), redirect);
            } catch (ConflictException e) {
                response.setStatus(HttpStatus.CONFLICT.value());
                return countPage(process, chosen, e.getMessage(), List.of(), model);
            }
        }
        if (file == null || file.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return countPage(process, chosen, "Choose the .pb file of the ballots", List.of(), model);
        }
        try (InputStream in = file.getInputStream()) {
            return counted(counts.count(new Actor(user.personId(), user.displayName()),
                    organisation.organisationId(), processId, choice.method(),
                    BallotFile.upload(file.getOriginalFilename(), file.getSize(), in)), redirect);
        } catch (BallotFileRefused e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return countPage(process, chosen, "The file was not counted: nothing in it has been kept. Correct it "
                    + "and count it again.", e.problems(), model);
        } catch (ConflictException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return countPage(process, chosen, e.getMessage(), List.of(), model);
        }
    }

    private static String counted(PbCount count, RedirectAttributes redirect) {
        redirect.addFlashAttribute("flash", "The " + count.voters() + " ballots have been counted. Check the "
                + "results, then publish them.");
        return "redirect:" + ResultsPaths.results(count.organisationId(), count.processId());
    }

    private String countPage(PbProcessView process, String method, String fileError, List<?> problems,
                             Model model) {
        if (!model.containsAttribute("source")) {
            model.addAttribute("source", CAST);
        }
        model.addAttribute("process", process);
        model.addAttribute("method", method);
        model.addAttribute("methods", CountChoice.choices());
        model.addAttribute("fileError", fileError);
        model.addAttribute("problems", problems);
        model.addAttribute("countingOpen", counts.countingOpen(process));
        model.addAttribute("maxMegabytes", BallotFile.MAX_BYTES / (1024 * 1024));
        model.addAttribute("action", ResultsPaths.results(process.organisationId(), process.id()) + "/count");
        model.addAttribute("backLink", ResultsPaths.results(process.organisationId(), process.id()));
        return "prioritisation/count-form";
    }

    @PostMapping("/publication")
    @RequiresRole({Role.COMMISSIONER, Role.COMMISSIONING_OFFICER})
    String publish(CurrentUser user, CurrentUser.Membership organisation, @PathVariable UUID processId,
                   @RequestParam(required = false) String reason, Model model, RedirectAttributes redirect,
                   HttpServletResponse response) {
        PbProcessView process = counts.process(organisation.organisationId(), processId);
        try {
            counts.publish(new Actor(user.personId(), user.displayName()), organisation.organisationId(), processId,
                    reason);
            redirect.addFlashAttribute("flash", "The results of " + process.title() + " are published");
            return "redirect:" + ResultsPaths.results(organisation.organisationId(), processId);
        } catch (RuleViolation e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return page(process, kept(reason), e.getMessage(), model);
        } catch (ConflictException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("error", e.getMessage());
            return page(process, kept(reason), null, model);
        }
    }

    private static String kept(String reason) {
        return reason == null ? "" : reason.length() > 2100 ? reason.substring(0, 2100) : reason;
    }

    @GetMapping("/ballots.pb")
    @RequiresRole({Role.COMMISSIONER, Role.COMMISSIONING_OFFICER})
    ResponseEntity<byte[]> ballots(CurrentUser.Membership organisation, @PathVariable UUID processId) {
        PbProcessView process = counts.process(organisation.organisationId(), processId);
        return Downloads.ballots(counts, process, latest(process));
    }

    @GetMapping("/areas/{position}/ballots.pb")
    @RequiresRole({Role.COMMISSIONER, Role.COMMISSIONING_OFFICER})
    ResponseEntity<byte[]> areaBallots(CurrentUser.Membership organisation, @PathVariable UUID processId,
                                       @PathVariable String position) {
        PbProcessView process = counts.process(organisation.organisationId(), processId);
        return Downloads.areaBallots(counts, latest(process), position);
    }

    @GetMapping("/results.csv")
    @RequiresRole({Role.COMMISSIONER, Role.COMMISSIONING_OFFICER})
    ResponseEntity<byte[]> csv(CurrentUser.Membership organisation, @PathVariable UUID processId) {
        PbProcessView process = counts.process(organisation.organisationId(), processId);
        return Downloads.csv(process, latest(process));
    }

    @GetMapping("/results.xlsx")
    @RequiresRole({Role.COMMISSIONER, Role.COMMISSIONING_OFFICER})
    ResponseEntity<byte[]> xlsx(CurrentUser.Membership organisation, @PathVariable UUID processId) {
        PbProcessView process = counts.process(organisation.organisationId(), processId);
        return Downloads.xlsx(process, latest(process));
    }

    private PbCount latest(PbProcessView process) {
        return counts.latest(process.organisationId(), process.id())
                .orElseThrow(() -> new NotFoundException("Count"));
    }
}
