package org.tandem.prioritisation.results.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tandem.platform.GuessThrottle;
import org.tandem.platform.RuleViolation;
import org.tandem.platform.Timestamps;
import org.tandem.prioritisation.results.CountService;

/**
 * The published results of a process, for everyone without signing in: the winners and why each project won or
 * lost, greedy and equal shares side by side, and what anyone needs to check the count: the ballot file exactly as
 * counted, "check my receipt" and the command that recounts it. Before publication there is nothing here (404).
 */
@Controller
@RequestMapping("/public/o/{organisationId}/pb-processes/{processId}/results")
class PublicResultsPages {

    private final PublishedResults published;
    private final CountService counts;
    private final GuessThrottle guesses;

    PublicResultsPages(PublishedResults published, CountService counts, GuessThrottle guesses) {
        this.published = published;
        this.counts = counts;
        this.guesses = guesses;
    }

    @GetMapping
    String show(@PathVariable String organisationId, @PathVariable String processId, CsrfToken csrf, Model model) {
        csrf.getToken();
        return page(published.find(organisationId, processId), "", null, null, model);
    }

    /**
     * The page is long, so its start is sent before the receipt form near its end is written: the form's CSRF
     * token (and the visitor's session) must exist before then, so the handlers make it before rendering.
     */
    private String page(PublishedResults.Found found, String receipt, String receiptError,
                        CountService.ReceiptCheck check, Model model) {
        model.addAttribute("organisation", found.organisation());
        model.addAttribute("process", found.process());
        model.addAttribute("count", found.count());
        model.addAttribute("fmt", Formats.INSTANCE);
        model.addAttribute("receipt", receipt);
        model.addAttribute("receiptError", receiptError);
        model.addAttribute("check", check);
        model.addAttribute("base", ResultsPaths.publicResults(found.organisation().id(), found.process().id()));
        model.addAttribute("backLink", ResultsPaths.publicProcess(found.organisation().id(), found.process().id()));
        return "prioritisation/public-results";
    }

    /**
     * Whether a ballot with this receipt was counted, and what it chose; nothing about any other ballot. A receipt
     * found in no ballot counts against the visitor's network address ({@link GuessThrottle}), so nobody can go
     * through receipts to read other people's ballots.
     */
    @PostMapping("/receipt")
    String checkReceipt(@PathVariable String organisationId, @PathVariable String processId,
                        @RequestParam(required = false) String receipt, CsrfToken csrf, Model model,
                        HttpServletRequest request, HttpServletResponse response) {
        csrf.getToken();
        PublishedResults.Found found = published.find(organisationId, processId);
        String typed = receipt == null ? "" : receipt.length() > 210 ? receipt.substring(0, 210) : receipt;
        Instant blocked = guesses.blockedUntil(GuessThrottle.Guess.RECEIPT, request.getRemoteAddr());
        if (blocked != null) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            return page(found, typed, "Too many receipt codes that are in no ballot were typed from your connection. "
                    + "Try again after " + Timestamps.londonDateTime(blocked) + ".", null, model);
        }
        try {
            CountService.ReceiptCheck check = counts.checkReceipt(found.count(), receipt);
            if (!check.found()) {
                guesses.recordWrong(GuessThrottle.Guess.RECEIPT, request.getRemoteAddr());
            }
            return page(found, typed, null, check, model);
        } catch (RuleViolation e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return page(found, typed, e.getMessage(), null, model);
        }
    }

    @GetMapping("/ballots.pb")
    ResponseEntity<byte[]> ballots(@PathVariable String organisationId, @PathVariable String processId) {
        PublishedResults.Found found = published.find(organisationId, processId);
        return Downloads.ballots(counts, found.process(), found.count());
    }

    @GetMapping("/areas/{position}/ballots.pb")
    ResponseEntity<byte[]> areaBallots(@PathVariable String organisationId, @PathVariable String processId,
                                       @PathVariable String position) {
        PublishedResults.Found found = published.find(organisationId, processId);
        return Downloads.areaBallots(counts, found.count(), position);
    }

    @GetMapping("/results.csv")
    ResponseEntity<byte[]> csv(@PathVariable String organisationId, @PathVariable String processId) {
        PublishedResults.Found found = published.find(organisationId, processId);
        return Downloads.csv(found.process(), found.count());
    }

    @GetMapping("/results.xlsx")
    ResponseEntity<byte[]> xlsx(@PathVariable String organisationId, @PathVariable String processId) {
        PublishedResults.Found found = published.find(organisationId, processId);
        return Downloads.xlsx(found.process(), found.count());
    }
}
