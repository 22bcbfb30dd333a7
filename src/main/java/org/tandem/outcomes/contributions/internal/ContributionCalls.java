package org.tandem.outcomes.contributions.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.outcomes.FrameworkVersionView;
import org.tandem.outcomes.FrameworkView;
import org.tandem.outcomes.OutcomesFrameworks;
import org.tandem.outcomes.internal.FrameworkService;
import org.tandem.platform.AuditEntry;
import org.tandem.platform.AuditLog;
import org.tandem.platform.AuditLog.Actor;
import org.tandem.platform.ConflictException;
import org.tandem.platform.NotFoundException;

/**
 * Opening a draft version for contributions and closing it, to the organisation's people and to anyone with the
 * link. Only a draft of a commission's framework takes contributions; every route that takes one asks here first,
 * holding the version so that it cannot be sent for review or agreed at the same moment. Every change is audited.
 */
@Service
public class ContributionCalls {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final ContributionRepository repository;
    private final OutcomesFrameworks outcomes;
    private final FrameworkService frameworks;
    private final AuditLog audit;
    private final Clock clock;

    ContributionCalls(ContributionRepository repository, OutcomesFrameworks outcomes, FrameworkService frameworks,
                      AuditLog audit, Clock clock) {
        this.repository = repository;
        this.outcomes = outcomes;
        this.frameworks = frameworks;
        this.audit = audit;
        this.clock = clock;
    }

    public Optional<ContributionCall> call(UUID organisationId, UUID versionId) {
        return repository.call(organisationId, versionId);
    }

    @Transactional
    public ContributionCall open(Actor by, UUID organisationId, UUID versionId, String question) {
        FrameworkVersionView version = outcomes.holdDraft(organisationId, versionId);
        FrameworkView framework = frameworks.framework(organisationId, version.frameworkId());
        if (framework.isTemplate()) {
            throw new ConflictException("A template has no commission and no people to ask: open a commission's "
                    + "framework for contributions instead.");
        }
        String tidy = ContributionRules.question(question);
        Instant now = clock.instant();
        Optional<ContributionCall> before = repository.call(organisationId, versionId);
        if (before.filter(ContributionCall::isOpen).isPresent()) {
            throw new ConflictException(version.label() + " is already open for contributions.");
        }
        if (before.isPresent()) {
            repository.reopen(organisationId, versionId, tidy, by.name(), now);
        } else {
            repository.insertCall(new ContributionCall(versionId, organisationId, framework.id(),
                    framework.commissionId(), tidy, now, by.name(), null, null, null, 0), now);
        }
        audit.recordAs(by, AuditEntry.of(organisationId, "outcomes.contributions-opened", "outcomes-version",
                versionId, version.label() + " of " + framework.title() + " opened for contributions")
                .after(Map.of("question", tidy)));
        return repository.call(organisationId, versionId).orElseThrow();
    }

    /** Closing stops new contributions and endorsements; what was given stays, and can still be decided on. */
    @Transactional
    public void close(Actor by, UUID organisationId, UUID versionId) {
        ContributionCall call = requireOpen(organisationId, versionId);
        repository.close(organisationId, versionId, clock.instant());
        audit.recordAs(by, AuditEntry.of(organisationId, "outcomes.contributions-closed", "outcomes-version",
                versionId, "Contributions closed" + (call.isPublic() ? ", and the public link stopped working" : "")));
    }

    /** A fresh, unguessable link each time, so a link shared the last time it was open no longer works. */
    @Transactional
    public ContributionCall openPublicly(Actor by, UUID organisationId, UUID versionId) {
        ContributionCall call = requireOpen(organisationId, versionId);
        if (call.isPublic()) {
            throw new ConflictException("Contributions are already open to anyone with the link.");
        }
        repository.publicLink(organisationId, versionId, newToken(), clock.instant());
        audit.recordAs(by, AuditEntry.of(organisationId, "outcomes.contributions-opened-publicly",
                "outcomes-version", versionId, "Contributions opened to anyone with the link, held for moderation"));
        return repository.call(organisationId, versionId).orElseThrow();
    }

    @Transactional
    public void closePublicly(Actor by, UUID organisationId, UUID versionId) {
        ContributionCall call = requireOpen(organisationId, versionId);
        if (!call.isPublic()) {
            throw new ConflictException("Contributions are not open to the public.");
        }
        repository.publicLink(organisationId, versionId, null, clock.instant());
        audit.recordAs(by, AuditEntry.of(organisationId, "outcomes.contributions-closed-publicly",
                "outcomes-version", versionId, "The public link for contributions stopped working"));
    }

    /** The open call of a draft, with the version held; refused when the version is not a draft or not open. */
    ContributionCall requireOpen(UUID organisationId, UUID versionId) {
        FrameworkVersionView version = outcomes.holdDraft(organisationId, versionId);
        return repository.call(organisationId, versionId).filter(ContributionCall::isOpen)
                .orElseThrow(() -> new ConflictException(version.label() + " is not open for contributions."));
    }

    /**
     * The call a public link opens, with the version held. A link that is wrong, closed, or whose version is no
     * longer a draft is simply not found: a visitor learns nothing about what was there.
     */
    ContributionCall requirePublic(String token) {
        ContributionCall call = publicCall(token).orElseThrow(() -> new NotFoundException("Page"));
        try {
            outcomes.holdDraft(call.organisationId(), call.versionId());
        } catch (ConflictException e) {
            throw new NotFoundException("Page");
        }
        return call;
    }

    /** The call behind a public link, while it is open to the public and its version is a draft. */
    public Optional<ContributionCall> publicCall(String token) {
        if (token == null || !token.matches("[A-Za-z0-9_-]{43}")) {
            return Optional.empty();
        }
        return repository.callByToken(token).filter(ContributionCall::isPublic)
                .filter(c -> outcomes.version(c.organisationId(), c.versionId())
                        .map(FrameworkVersionView::isDraft).orElse(false));
    }

    static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
