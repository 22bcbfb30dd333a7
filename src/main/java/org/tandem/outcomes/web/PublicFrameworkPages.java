package org.tandem.outcomes.web;

import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.tandem.outcomes.internal.FrameworkDocument;
import org.tandem.outcomes.internal.FrameworkExports;
import org.tandem.outcomes.internal.Labels;
import org.tandem.platform.FormValues;
import org.tandem.platform.NotFoundException;

/**
 * The agreed outcomes framework of a commission, for anyone: residents, providers getting ready to bid, scrutiny.
 * Under {@code /public/**}, which the platform declares open to everyone. Only the newest agreed version is shown;
 * drafts, versions in review and templates are never public.
 */
@Controller
class PublicFrameworkPages {

    private final FrameworkExports exports;

    PublicFrameworkPages(FrameworkExports exports) {
        this.exports = exports;
    }

    @GetMapping("/public/o/{organisationId}/outcomes/{frameworkId}")
    String framework(@PathVariable String organisationId, @PathVariable String frameworkId, Model model) {
        UUID organisation = FormValues.uuid(organisationId);
        UUID framework = FormValues.uuid(frameworkId);
        if (organisation == null || framework == null) {
            throw new NotFoundException("Framework");
        }
        FrameworkDocument document = exports.published(organisation, framework);
        model.addAttribute("doc", document);
        model.addAttribute("classifications", document.outcomes().stream().collect(java.util.stream.Collectors
                .toMap(o -> o.id(), o -> Labels.classification(o.details()))));
        return "outcomes/public";
    }
}
