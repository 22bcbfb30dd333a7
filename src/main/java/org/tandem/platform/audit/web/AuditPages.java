package org.tandem.platform.audit.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import org.tandem.platform.CurrentUser;
import org.tandem.platform.PageRequest;
import org.tandem.platform.RequiresRole;
import org.tandem.platform.Role;
import org.tandem.platform.Timestamps;
import org.tandem.platform.audit.AuditEventView;
import org.tandem.platform.audit.AuditEvents;
import org.tandem.platform.audit.AuditFilter;
import org.tandem.platform.audit.AuditVerifier;
import org.tandem.platform.SpreadsheetCells;

/** The audit log of an organisation: search it, export it, and check that nobody has tampered with it. */
@Controller
@RequestMapping("/o/{organisationId}/audit")
@RequiresRole(Role.ADMINISTRATOR)
class AuditPages {

    private static final String[] CSV_HEADER = {"event", "when (UTC)", "who", "action", "about", "about id", "summary",
            "before", "after", "from address", "hash"};

    private final AuditEvents events;
    private final AuditVerifier verifier;
    private final TransactionTemplate transactions;

    AuditPages(AuditEvents events, AuditVerifier verifier, TransactionTemplate transactions) {
        this.events = events;
        this.verifier = verifier;
        this.transactions = transactions;
    }

    @GetMapping
    String log(CurrentUser.Membership organisation, @RequestParam(required = false) String who,
               @RequestParam(required = false) String action, @RequestParam(required = false) String about,
               @RequestParam(required = false) String from, @RequestParam(required = false) String to,
               @RequestParam(required = false) Integer page, Model model) {
        AuditFilter filter = filter(organisation.organisationId(), who, action, about, from, to, model);
        model.addAttribute("results", events.search(filter, PageRequest.of(page, 50)));
        model.addAttribute("entityTypes", events.entityTypes(organisation.organisationId()));
        model.addAttribute("who", who);
        model.addAttribute("action", action);
        model.addAttribute("about", about);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        String query = query(who, action, about, from, to);
        model.addAttribute("pageBase", "/o/" + organisation.organisationId() + "/audit?" + query
                + (query.isEmpty() ? "" : "&"));
        model.addAttribute("csvLink", "/o/" + organisation.organisationId() + "/audit/export.csv"
                + (query.isEmpty() ? "" : "?" + query));
        return "platform/audit/log";
    }

    /** The filtered log as CSV, streamed row by row. */
    @GetMapping("/export.csv")
    void export(CurrentUser.Membership organisation, @RequestParam(required = false) String who,
                @RequestParam(required = false) String action, @RequestParam(required = false) String about,
                @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                HttpServletResponse response) throws IOException {
        AuditFilter filter = filter(organisation.organisationId(), who, action, about, from, to, null);
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"audit-log-"
                + LocalDate.now(Timestamps.LONDON) + ".csv\"");
        Writer writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        try (CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setHeader(CSV_HEADER).get())) {
            transactions.executeWithoutResult(tx -> events.stream(filter, event -> print(csv, event)));
        }
    }

    @GetMapping("/verify")
    String verify(Model model) {
        model.addAttribute("result", verifier.verify());
        return "platform/audit/verify";
    }

    private static void print(CSVPrinter csv, AuditEventView e) {
        try {
            csv.printRecord(e.seq(), e.occurredAt(), SpreadsheetCells.safe(e.actorName()), e.action(), e.entityType(),
                    SpreadsheetCells.safe(e.entityId()), SpreadsheetCells.safe(e.summary()), SpreadsheetCells.safe(e.before()), SpreadsheetCells.safe(e.after()), SpreadsheetCells.safe(e.remoteAddress()),
                    e.hash());
        } catch (IOException io) {
            throw new java.io.UncheckedIOException(io);
        }
    }

    private static AuditFilter filter(UUID organisationId, String who, String action, String about, String from,
                                      String to, Model model) {
        return new AuditFilter(organisationId, limit(who), limit(action), limit(about), date(from, "from", model),
                date(to, "to", model));
    }

    private static String limit(String text) {
        return text == null ? null : text.length() > 200 ? text.substring(0, 200) : text;
    }

    /** A date typed into a filter; one that is not a date is ignored, and the page says so. */
    private static LocalDate date(String value, String field, Model model) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            if (model != null) {
                model.addAttribute(field + "Error", "Enter a real date");
            }
            return null;
        }
    }

    private static String query(String who, String action, String about, String from, String to) {
        String built = UriComponentsBuilder.newInstance()
                .queryParamIfPresent("who", blankToEmpty(who)).queryParamIfPresent("action", blankToEmpty(action))
                .queryParamIfPresent("about", blankToEmpty(about)).queryParamIfPresent("from", blankToEmpty(from))
                .queryParamIfPresent("to", blankToEmpty(to))
                .build().encode().getQuery();
        return built == null ? "" : built;
    }

    private static java.util.Optional<String> blankToEmpty(String value) {
        return value == null || value.isBlank() ? java.util.Optional.empty() : java.util.Optional.of(value);
    }
}
