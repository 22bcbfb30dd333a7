package org.tandem.insight.assets.web;

import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.tandem.platform.NotFoundException;
import org.tandem.platform.OrganisationKind;
import org.tandem.platform.OrganisationSummary;
import org.tandem.platform.Organisations;
import org.tandem.platform.FormValues;

/**
 * The organisation a public directory address names. Public addresses are typed, shared and guessed, so the id
 * arrives as text: anything that is not a commissioning body or partnership on Tandem is simply not found.
 */
@Component
class PublicOrganisation {

    private final Organisations organisations;

    PublicOrganisation(Organisations organisations) {
        this.organisations = organisations;
    }

    OrganisationSummary named(String organisationId) {
        UUID id = FormValues.uuid(organisationId);
        Optional<OrganisationSummary> found = id == null ? Optional.empty() : organisations.find(id);
        return found.filter(o -> o.kind() != OrganisationKind.PROVIDER)
                .orElseThrow(() -> new NotFoundException("Directory"));
    }

    static UUID id(String assetId) {
        UUID id = FormValues.uuid(assetId);
        if (id == null) {
            throw new NotFoundException("Community asset");
        }
        return id;
    }
}
