package org.tandem.prioritisation.implementation.web;

import org.springframework.stereotype.Component;
import org.tandem.platform.FormValues;
import org.tandem.platform.NotFoundException;
import org.tandem.platform.OrganisationSummary;
import org.tandem.platform.Organisations;
import org.tandem.prioritisation.PbProcessView;
import org.tandem.prioritisation.implementation.ProjectTracking;

/**
 * Finds a process for the public pages from ids typed into an address: only a published process whose results are
 * published; anything else, mistyped or another organisation's, is not found.
 */
@Component
class PublicProjects {

    private final Organisations organisations;
    private final ProjectTracking tracking;

    PublicProjects(Organisations organisations, ProjectTracking tracking) {
        this.organisations = organisations;
        this.tracking = tracking;
    }

    record Found(OrganisationSummary organisation, PbProcessView process) {
    }

    Found find(String organisationId, String processId) {
        var org = FormValues.uuid(organisationId);
        var id = FormValues.uuid(processId);
        OrganisationSummary organisation = org == null || id == null ? null : organisations.find(org).orElse(null);
        if (organisation == null) {
            throw new NotFoundException("Participatory budgeting process");
        }
        return new Found(organisation, tracking.publicProcess(organisation.id(), id));
    }

    static java.util.UUID id(String typed, String what) {
        java.util.UUID id = FormValues.uuid(typed);
        if (id == null) {
            throw new NotFoundException(what);
        }
        return id;
    }
}
