package org.tandem.outcomes.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.commissions.CommissionView;
import org.tandem.commissions.Commissions;
import org.tandem.outcomes.FrameworkVersionView;
import org.tandem.outcomes.FrameworkView;
import org.tandem.outcomes.OutcomeDraft;
import org.tandem.outcomes.OutcomeView;
import org.tandem.outcomes.OutcomesFrameworks;
import org.tandem.platform.AuditEntry;
import org.tandem.platform.AuditLog;
import org.tandem.platform.AuditLog.Actor;
import org.tandem.platform.ConflictException;
import org.tandem.platform.NotFoundException;

/**
 * Frameworks and their versions: a commission's framework started blank or from a template, organisation-wide
 * templates, and new drafts copied from the agreed version. Frameworks belong to the organisation that leads the
 * commission; its people read them and its commissioners change them. Every change is audited.
 */
@Service
public class FrameworkService implements OutcomesFrameworks {

    private final FrameworkRepository frameworks;
    private final OutcomeRepository outcomes;
    private final OutcomeEditing editing;
    private final Commissions commissions;
    private final AuditLog audit;
    private final Clock clock;

    FrameworkService(FrameworkRepository frameworks, OutcomeRepository outcomes, OutcomeEditing editing,
                     Commissions commissions, AuditLog audit, Clock clock) {
        this.frameworks = frameworks;
        this.outcomes = outcomes;
        this.editing = editing;
        this.commissions = commissions;
        this.audit = audit;
        this.clock = clock;
    }

    // What other modules ask

    @Override
    public Optional<FrameworkView> forCommission(UUID organisationId, UUID commissionId) {
        return frameworks.forCommission(organisationId, commissionId);
    }

    @Override
    public Optional<FrameworkVersionView> agreedVersion(UUID organisationId, UUID commissionId) {
        return forCommission(organisationId, commissionId).flatMap(FrameworkView::agreed);
    }

    @Override
    public Optional<FrameworkVersionView> version(UUID organisationId, UUID versionId) {
        return frameworks.version(organisationId, versionId);
    }

    @Override
    public List<OutcomeView> outcomes(UUID organisationId, UUID versionId) {
        return outcomes.ofVersion(organisationId, versionId);
    }

    @Override
    public Optional<OutcomeView> outcome(UUID organisationId, UUID outcomeId) {
        return outcomes.find(organisationId, outcomeId);
    }

    @Override
    public boolean isLocked(UUID organisationId, UUID versionId) {
        return version(organisationId, versionId).map(FrameworkVersionView::isLocked).orElse(true);
    }

    @Override
    public OutcomeView addOutcome(Actor by, UUID organisationId, UUID versionId, OutcomeDraft outcome) {
        return editing.add(by, organisationId, versionId, outcome);
    }

    @Override
    public FrameworkVersionView holdDraft(UUID organisationId, UUID versionId) {
        return editing.requireDraft(organisationId, versionId);
    }

    // Reading, for the pages and the API

    public FrameworkView framework(UUID organisationId, UUID frameworkId) {
        return frameworks.find(organisationId, frameworkId).orElseThrow(() -> new NotFoundException("Framework"));
    }

    public List<FrameworkView> all(UUID organisationId) {
        return frameworks.all(organisationId);
    }

    public List<FrameworkView> templates(UUID organisationId) {
        return all(organisationId).stream().filter(FrameworkView::isTemplate).toList();
    }

    public FrameworkVersionView version(FrameworkView framework, int number) {
        return framework.version(number).orElseThrow(() -> new NotFoundException("Version"));
    }

    /** The commission, when the organisation leads it: a framework belongs to the lead organisation. */
    public CommissionView ledCommission(UUID organisationId, UUID commissionId) {
        return commissions.find(commissionId, organisationId).filter(c -> c.ledBy(organisationId))
                .orElseThrow(() -> new NotFoundException("Commission"));
    }

    /** The commission a framework is for; empty for a template. */
    public Optional<CommissionView> commissionOf(FrameworkView framework) {
        return framework.isTemplate() ? Optional.empty()
                : commissions.find(framework.commissionId(), framework.organisationId());
    }

    // Changes

    /** Starts the commission's framework, blank or with a copy of a template's newest version. */
    @Transactional
    public FrameworkView start(Actor by, UUID organisationId, UUID commissionId, UUID templateId) {
        CommissionView commission = ledCommission(organisationId, commissionId);
        FrameworkView template = templateId == null ? null : frameworks.find(organisationId, templateId)
                .filter(FrameworkView::isTemplate).orElseThrow(() -> new NotFoundException("Template"));
        if (frameworks.forCommission(organisationId, commissionId).isPresent()) {
            throw new ConflictException(commission.title() + " already has an outcomes framework.");
        }
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        frameworks.insert(id, organisationId, commissionId, "Outcomes framework: " + commission.title(),
                template == null ? null : template.purpose(), now);
        UUID version = firstVersion(by, organisationId, id, template, now);
        audit.recordAs(by, AuditEntry.of(organisationId, "outcomes.framework-started", "outcomes-framework", id,
                "Outcomes framework started for " + commission.title()
                        + (template == null ? "" : ", from the template " + template.title()))
                .after(Map.of("commissionId", commissionId, "versionId", version,
                        "templateId", templateId == null ? "" : templateId)));
        return framework(organisationId, id);
    }

    @Transactional
    public FrameworkView createTemplate(Actor by, UUID organisationId, String title, String purpose,
                                        UUID copyFrameworkId, Integer copyNumber) {
        String tidyTitle = OutcomeRules.title(title);
        String tidyPurpose = OutcomeRules.paragraph("purpose", purpose, "The purpose");
        FrameworkView source = copyFrameworkId == null ? null : framework(organisationId, copyFrameworkId);
        FrameworkVersionView from = source == null ? null
                : copyNumber == null ? source.latest() : version(source, copyNumber);
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        frameworks.insert(id, organisationId, null, tidyTitle, tidyPurpose, now);
        UUID version = UUID.randomUUID();
        frameworks.insertVersion(version, organisationId, id, 1, null, null, by.name(), now);
        if (from != null) {
            editing.copy(organisationId, from.id(), version, false, now);
        }
        audit.recordAs(by, AuditEntry.of(organisationId, "outcomes.template-created", "outcomes-framework", id,
                "Outcomes framework template " + tidyTitle + " created"
                        + (source == null ? "" : " from " + source.title() + ", " + from.label().toLowerCase()))
                .after(Map.of("title", tidyTitle, "purpose", tidyPurpose == null ? "" : tidyPurpose)));
        return framework(organisationId, id);
    }

    /** A framework's title and purpose belong to the framework, not a version, so they change at any time. */
    @Transactional
    public FrameworkView describe(UUID organisationId, UUID frameworkId, String title, String purpose) {
        FrameworkView before = framework(organisationId, frameworkId);
        String tidyTitle = OutcomeRules.title(title);
        String tidyPurpose = OutcomeRules.paragraph("purpose", purpose, "The purpose");
        frameworks.rename(organisationId, frameworkId, tidyTitle, tidyPurpose, clock.instant());
        audit.record(AuditEntry.of(organisationId, "outcomes.framework-described", "outcomes-framework",
                        frameworkId, "Outcomes framework " + tidyTitle + " described")
                .before(Map.of("title", before.title(), "purpose", before.purpose() == null ? "" : before.purpose()))
                .after(Map.of("title", tidyTitle, "purpose", tidyPurpose == null ? "" : tidyPurpose)));
        return framework(organisationId, frameworkId);
    }

    /**
     * A new draft, copied from the newest agreed version, to change an agreed framework. Only one version is open
     * (draft or in review) at a time, so there is never a question of which draft is the real one.
     */
    @Transactional
    public FrameworkVersionView newDraft(Actor by, UUID organisationId, UUID frameworkId, String note) {
        if (!frameworks.lock(organisationId, frameworkId)) {
            throw new NotFoundException("Framework");
        }
        FrameworkView framework = framework(organisationId, frameworkId);
        Optional<FrameworkVersionView> open = framework.open();
        if (open.isPresent()) {
            throw new ConflictException(open.get().label() + " is still " + (open.get().isDraft() ? "a draft"
                    : "in review") + ": change that version rather than starting another.");
        }
        String tidyNote = OutcomeRules.paragraph("note", note, "The note");
        FrameworkVersionView from = framework.latest();
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        frameworks.insertVersion(id, organisationId, frameworkId, from.number() + 1, from.number(), tidyNote,
                by.name(), now);
        editing.copy(organisationId, from.id(), id, true, now);
        audit.recordAs(by, AuditEntry.of(organisationId, "outcomes.version-drafted", "outcomes-version", id,
                "Version " + (from.number() + 1) + " of " + framework.title() + " drafted from " + from.label()
                        .toLowerCase()).after(Map.of("basedOn", from.number(), "note", tidyNote == null ? ""
                : tidyNote)));
        return frameworks.version(organisationId, id).orElseThrow();
    }

    private UUID firstVersion(Actor by, UUID organisationId, UUID frameworkId, FrameworkView template, Instant now) {
        UUID version = UUID.randomUUID();
        frameworks.insertVersion(version, organisationId, frameworkId, 1, null,
                template == null ? null : "Started from the template " + template.title(), by.name(), now);
        if (template != null) {
            editing.copy(organisationId, template.latest().id(), version, false, now);
        }
        return version;
    }
}
