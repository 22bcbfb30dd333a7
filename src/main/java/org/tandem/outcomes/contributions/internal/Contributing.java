package org.tandem.outcomes.contributions.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.coproduction.ParticipantKind;
import org.tandem.outcomes.OutcomeView;
import org.tandem.outcomes.OutcomesFrameworks;
import org.tandem.platform.AuditEntry;
import org.tandem.platform.AuditLog;
import org.tandem.platform.AuditLog.Actor;
import org.tandem.platform.ConflictException;
import org.tandem.platform.NotFoundException;
import org.tandem.platform.RuleViolation;

/**
 * Suggesting outcomes, commenting and endorsing: by the organisation's people, shown at once, and by anyone with a
 * public link, held for a moderator. Contributions and decisions about them are audited; endorsements are counted
 * but not audited, since they decide nothing and public ones would fill the log with anonymous clicks.
 */
@Service
public class Contributing {

    private final ContributionRepository repository;
    private final ContributionCalls calls;
    private final OutcomesFrameworks outcomes;
    private final PublicLimits limits;
    private final AuditLog audit;
    private final Clock clock;

    Contributing(ContributionRepository repository, ContributionCalls calls, OutcomesFrameworks outcomes,
                 PublicLimits limits, AuditLog audit, Clock clock) {
        this.repository = repository;
        this.calls = calls;
        this.outcomes = outcomes;
        this.limits = limits;
        this.audit = audit;
        this.clock = clock;
    }

    /** What a comment is on: one outcome of the version, or one shown contribution to it. */
    public record Target(UUID outcomeId, UUID contributionId) {

        public static Target outcome(UUID outcomeId) {
            return new Target(outcomeId, null);
        }

        public static Target contribution(UUID contributionId) {
            return new Target(null, contributionId);
        }
    }

    // Reading

    public List<Contribution> ofVersion(UUID organisationId, UUID versionId) {
        return repository.ofVersion(organisationId, versionId);
    }

    public Contribution find(UUID organisationId, UUID contributionId) {
        return repository.find(organisationId, contributionId)
                .orElseThrow(() -> new NotFoundException("Contribution"));
    }

    public Contribution inVersion(UUID organisationId, UUID versionId, UUID contributionId) {
        return repository.find(organisationId, contributionId).filter(c -> c.versionId().equals(versionId))
                .orElseThrow(() -> new NotFoundException("Contribution"));
    }

    /** A public contributor's own contribution, by the private link they were given. */
    public Optional<Contribution> byReceipt(String receipt) {
        return receipt == null || !receipt.matches("[A-Za-z0-9_-]{43}") ? Optional.empty()
                : repository.byReceipt(receipt);
    }

    public Map<UUID, Integer> outcomeEndorsements(UUID organisationId, UUID versionId) {
        return repository.outcomeEndorsements(organisationId, versionId);
    }

    public List<UUID> endorsedByPerson(UUID organisationId, UUID versionId, UUID personId) {
        return repository.endorsedBy(organisationId, versionId, personId, null);
    }

    public List<UUID> endorsedByBrowser(UUID organisationId, UUID versionId, String browserKey) {
        return repository.endorsedBy(organisationId, versionId, null, browserKey);
    }

    // Members

    @Transactional
    public Contribution suggest(Actor by, UUID organisationId, UUID versionId, String words,
                                ParticipantKind speakingAs) {
        ContributionCall call = calls.requireOpen(organisationId, versionId);
        return add(call, ContributionKind.SUGGESTION, null, words, ContributionRoute.MEMBER, by, by.name(),
                speaking(speakingAs), null);
    }

    @Transactional
    public Contribution comment(Actor by, UUID organisationId, UUID versionId, Target target, String words,
                                ParticipantKind speakingAs) {
        ContributionCall call = calls.requireOpen(organisationId, versionId);
        return add(call, ContributionKind.COMMENT, about(call, target), words, ContributionRoute.MEMBER, by,
                by.name(), speaking(speakingAs), null);
    }

    /** @return false when the person had endorsed it already */
    @Transactional
    public boolean endorse(UUID personId, UUID organisationId, UUID versionId, Target item) {
        ContributionCall call = calls.requireOpen(organisationId, versionId);
        endorsable(call, item);
        return repository.endorse(organisationId, versionId, item.contributionId(), item.outcomeId(), personId, null,
                clock.instant());
    }

    // Anyone with the public link

    /** A public suggestion, held for a moderator; its receipt is the contributor's private link to it. */
    @Transactional
    public Contribution suggestPublicly(String token, String browserKey, String name, ParticipantKind speakingAs,
                                        String words) {
        ContributionCall call = calls.requirePublic(token);
        limits.contribution(call.versionId(), browserKey);
        return add(call, ContributionKind.SUGGESTION, null, words, ContributionRoute.PUBLIC, null,
                ContributionRules.name(name), publicSpeaking(speakingAs), browserKey);
    }

    @Transactional
    public Contribution commentPublicly(String token, String browserKey, String name, ParticipantKind speakingAs,
                                        Target target, String words) {
        ContributionCall call = calls.requirePublic(token);
        limits.contribution(call.versionId(), browserKey);
        return add(call, ContributionKind.COMMENT, about(call, target), words, ContributionRoute.PUBLIC, null,
                ContributionRules.name(name), publicSpeaking(speakingAs), browserKey);
    }

    /** @return false when this browser had endorsed it already */
    @Transactional
    public boolean endorsePublicly(String token, String browserKey, Target item) {
        ContributionCall call = calls.requirePublic(token);
        endorsable(call, item);
        limits.endorsement(browserKey);
        return repository.endorse(call.organisationId(), call.versionId(), item.contributionId(), item.outcomeId(),
                null, browserKey, clock.instant());
    }

    /** Adds a workshop's output: called by {@link Workshops} with the call already held. */
    Contribution addOutput(ContributionCall call, Actor by, UUID workshopId, String words, ParticipantKind kind) {
        return add(call, ContributionKind.SUGGESTION, null, words, ContributionRoute.WORKSHOP, by, null, kind,
                null, workshopId);
    }

    private Contribution add(ContributionCall call, ContributionKind kind, Contribution.About on, String words,
                             ContributionRoute route, Actor by, String name, ParticipantKind speakingAs,
                             String browserKey) {
        return add(call, kind, on, words, route, by, name, speakingAs, browserKey, null);
    }

    private Contribution add(ContributionCall call, ContributionKind kind, Contribution.About on, String words,
                             ContributionRoute route, Actor by, String name, ParticipantKind speakingAs,
                             String browserKey, UUID workshopId) {
        String tidy = ContributionRules.words(kind, words);
        boolean isPublic = route == ContributionRoute.PUBLIC;
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        repository.insert(new ContributionRepository.NewContribution(id, call.organisationId(), call.versionId(),
                kind, on, tidy, route, route == ContributionRoute.MEMBER ? by.actorId() : null, name, speakingAs,
                workshopId, browserKey, isPublic ? ContributionCalls.newToken() : null,
                isPublic ? Visibility.HELD : Visibility.SHOWN), now);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("kind", kind.name());
        after.put("words", tidy);
        after.put("route", route.name());
        after.put("speakingAs", speakingAs.name());
        if (on != null) {
            after.put("on", on.outcomeId() != null ? "outcome " + on.outcomeId() : "contribution "
                    + on.contributionId());
        }
        AuditEntry entry = AuditEntry.of(call.organisationId(), "outcomes.contribution-received",
                "outcomes-contribution", id, kind.label() + " \"" + ContributionRules.summary(tidy, 80) + "\" "
                        + switch (route) {
                    case MEMBER -> "from " + name;
                    case PUBLIC -> "through the public link, held for moderation";
                    case WORKSHOP -> "from a workshop";
                }).after(after);
        if (isPublic) {
            audit.record(entry);
        } else {
            audit.recordAs(by, entry);
        }
        return repository.find(call.organisationId(), id).orElseThrow();
    }

    private Contribution.About about(ContributionCall call, Target target) {
        if (target == null || (target.outcomeId() == null) == (target.contributionId() == null)) {
            throw new RuleViolation("target", "Say which outcome or contribution the comment is about");
        }
        if (target.outcomeId() != null) {
            OutcomeView outcome = outcome(call, target.outcomeId());
            return new Contribution.About(outcome.id(), outcome.ownWords(), null);
        }
        Contribution on = shown(call, target.contributionId());
        return new Contribution.About(null, null, on.id());
    }

    private void endorsable(ContributionCall call, Target item) {
        if (item == null || (item.outcomeId() == null) == (item.contributionId() == null)) {
            throw new RuleViolation("target", "Say which outcome or contribution you endorse");
        }
        if (item.outcomeId() != null) {
            outcome(call, item.outcomeId());
        } else if (shown(call, item.contributionId()).kind() != ContributionKind.SUGGESTION) {
            throw new ConflictException("Only suggested outcomes and outcomes can be endorsed, not comments.");
        }
    }

    private OutcomeView outcome(ContributionCall call, UUID outcomeId) {
        return outcomes.outcome(call.organisationId(), outcomeId).filter(o -> o.versionId().equals(call.versionId()))
                .orElseThrow(() -> new NotFoundException("Outcome"));
    }

    /** A contribution others may respond to: in the same version and shown. */
    private Contribution shown(ContributionCall call, UUID contributionId) {
        return repository.find(call.organisationId(), contributionId)
                .filter(c -> c.versionId().equals(call.versionId()) && c.isShown())
                .orElseThrow(() -> new NotFoundException("Contribution"));
    }

    private static ParticipantKind speaking(ParticipantKind kind) {
        if (kind == null) {
            throw new RuleViolation("speakingAs", "Select which describes you best");
        }
        return kind;
    }

    private static ParticipantKind publicSpeaking(ParticipantKind kind) {
        if (kind == null || !Speaking.PUBLIC_KINDS.contains(kind)) {
            throw new RuleViolation("speakingAs", "Select which describes you best");
        }
        return kind;
    }
}
