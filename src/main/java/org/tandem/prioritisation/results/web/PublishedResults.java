package org.tandem.prioritisation.results.web;

import org.springframework.stereotype.Component;
import org.tandem.platform.FormValues;
import org.tandem.platform.NotFoundException;
import org.tandem.platform.OrganisationSummary;
import org.tandem.platform.Organisations;
import org.tandem.prioritisation.PbProcessView;
import org.tandem.prioritisation.results.CountService;
import org.tandem.prioritisation.results.PbCount;

/** The published count of a published process, from ids typed into an address; anything else is not found. */
@Component
class PublishedResults {

    record Found(OrganisationSummary organisation, PbProcessView process, PbCount count) {
    }

    private final Organisations organisations;
    private final CountService counts;

    PublishedResults(Organisations organisations, CountService counts) {
        this.organisations = organisations;
        this.counts = counts;
    }

    Found find(String organisationId, String processId) {
        var org = FormValues.uuid(organisationId);
        var id = FormValues.uuid(processId);
        OrganisationSummary organisation = org == null || id == null ? null : organisations.find(org).orElse(null);
        if (organisation == null) {
            throw notFound();
        }
        PbProcessView process = counts.process(organisation.id(), id);
        if (!process.published()) {
            throw notFound();
        }
        PbCount count = counts.published(organisation.id(), id).orElseThrow(PublishedResults::notFound);
        return new Found(organisation, process, count);
    }

    private static NotFoundException notFound() {
        return new NotFoundException("Published results");
    }
}
