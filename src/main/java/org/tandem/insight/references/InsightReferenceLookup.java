package org.tandem.insight.references;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tandem.insight.InsightReference;
import org.tandem.insight.InsightReferences;
import org.tandem.insight.needs.NeedRepository;
import org.tandem.insight.provision.FundedServiceRepository;

/** Insight's needs, evidence and current services, named for other modules. */
@Component
class InsightReferenceLookup implements InsightReferences {

    private final NeedRepository needs;
    private final FundedServiceRepository services;
    private final JdbcClient jdbc;

    InsightReferenceLookup(NeedRepository needs, FundedServiceRepository services, JdbcClient jdbc) {
        this.needs = needs;
        this.services = services;
        this.jdbc = jdbc;
    }

    @Override
    public List<InsightReference> needs(UUID leadOrganisationId, UUID commissionId) {
        return needs.ofCommission(leadOrganisationId, commissionId).stream()
                .map(n -> new InsightReference(n.id(), n.title())).toList();
    }

    @Override
    public Optional<InsightReference> need(UUID leadOrganisationId, UUID commissionId, UUID needId) {
        return needs.find(leadOrganisationId, needId).filter(n -> commissionId.equals(n.commissionId()))
                .map(n -> new InsightReference(n.id(), n.title()));
    }

    @Override
    public List<InsightReference> evidenceItems(UUID leadOrganisationId, UUID commissionId) {
        // Titles only: the whole item, with quotes and attachments, is more than a choice in a list needs.
        return jdbc.sql("""
                        select id, title from evidence_item where organisation_id = ? and commission_id = ?
                        order by lower(title), id""")
                .params(leadOrganisationId, commissionId)
                .query((rs, n) -> new InsightReference(rs.getObject("id", UUID.class), rs.getString("title")))
                .list();
    }

    @Override
    public Optional<InsightReference> evidenceItem(UUID leadOrganisationId, UUID commissionId, UUID itemId) {
        return jdbc.sql("select id, title from evidence_item where organisation_id = ? and commission_id = ? "
                        + "and id = ?")
                .params(leadOrganisationId, commissionId, itemId)
                .query((rs, n) -> new InsightReference(rs.getObject("id", UUID.class), rs.getString("title")))
                .optional();
    }

    @Override
    public List<InsightReference> currentServices(UUID organisationId) {
        return services.servicesOf(organisationId).stream().map(s -> new InsightReference(s.id(), s.name())).toList();
    }

    @Override
    public Optional<InsightReference> currentService(UUID organisationId, UUID serviceId) {
        return services.find(organisationId, serviceId).map(s -> new InsightReference(s.id(), s.name()));
    }
}
