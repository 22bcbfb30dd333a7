package org.tandem.platform.organisations;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.platform.AuditEntry;
import org.tandem.platform.AuditLog;
import org.tandem.platform.AuditLog.Actor;
import org.tandem.platform.ConflictException;
import org.tandem.platform.CurrentUser;
import org.tandem.platform.NotFoundException;
import org.tandem.platform.OrganisationKind;
import org.tandem.platform.OrganisationSummary;
import org.tandem.platform.Organisations;
import org.tandem.platform.PageRequest;
import org.tandem.platform.ResultPage;
import org.tandem.platform.Role;
import org.tandem.platform.RuleViolation;
import org.tandem.platform.people.AccountService;
import org.tandem.platform.people.EmailAddress;
import org.tandem.platform.people.MembershipRepository;
import org.tandem.platform.people.Person;
import org.tandem.platform.people.PersonName;
import org.tandem.platform.people.PersonRepository;
import org.tandem.platform.security.PasswordPolicy;

/** Organisations: their details, providers registering themselves, and partnerships of several organisations. */
@Service
public class OrganisationService implements Organisations {

    private final OrganisationRepository organisations;
    private final PersonRepository people;
    private final MembershipRepository memberships;
    private final AccountService accounts;
    private final PasswordEncoder passwords;
    private final PasswordPolicy policy;
    private final AuditLog audit;
    private final Clock clock;

    OrganisationService(OrganisationRepository organisations, PersonRepository people, MembershipRepository memberships,
                        AccountService accounts, PasswordEncoder passwords, PasswordPolicy policy, AuditLog audit,
                        Clock clock) {
        this.organisations = organisations;
        this.people = people;
        this.memberships = memberships;
        this.accounts = accounts;
        this.passwords = passwords;
        this.policy = policy;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public Optional<OrganisationSummary> find(UUID id) {
        return organisations.summaries(List.of(id)).stream().findFirst();
    }

    @Override
    public List<OrganisationSummary> findAll(Collection<UUID> ids) {
        return organisations.summaries(ids);
    }

    @Override
    public List<OrganisationSummary> commissioningPartnersFor(UUID organisationId) {
        return organisations.allOfKinds(EnumSet.of(OrganisationKind.COMMISSIONING_BODY, OrganisationKind.PARTNERSHIP))
                .stream().filter(o -> !o.id().equals(organisationId)).toList();
    }

    @Override
    public List<OrganisationSummary> providers() {
        return organisations.allOfKinds(EnumSet.of(OrganisationKind.PROVIDER));
    }

    public Organisation details(UUID id) {
        return organisations.find(id).orElseThrow(() -> new NotFoundException("Organisation"));
    }

    public ResultPage<Organisation> directory(String query, OrganisationKind kind, PageRequest page) {
        return organisations.search(query, kind, page);
    }

    @Transactional
    public void update(CurrentUser.Membership organisation, int version, OrganisationDetails details) {
        OrganisationRules.requireValid(details);
        Organisation before = details(organisation.organisationId());
        requireUniqueName(details.name(), before.id());
        boolean saved;
        try {
            saved = organisations.update(before.id(), version, details, clock.instant());
        } catch (DuplicateKeyException e) {
            throw nameTaken(details.name());
        }
        if (!saved) {
            throw new ConflictException("Someone else changed these details while you were editing. "
                    + "Reload the page to see their changes, then make yours again.");
        }
        audit.record(AuditEntry.of(before.id(), "organisation.updated", "organisation", before.id(),
                        "Details of " + details.name() + " updated")
                .before(before).after(details(before.id())));
    }

    /**
     * A provider signs itself up. The person registering becomes its administrator and a provider user, and must
     * confirm their email address before they can sign in.
     * <p>
     * When the email address already has an account, nothing is created and the answer is the same as for a new
     * address: the address's owner is emailed instead (a fresh confirmation link if they never confirmed it). So the
     * registration page cannot be used to find out who has a Tandem account, any more than the sign-in page can.
     */
    @Transactional
    public void registerProvider(OrganisationDetails details, String yourName, String email, String password) {
        String nameProblem = PersonName.problemWith(yourName);
        if (nameProblem != null) {
            throw new RuleViolation("yourName", nameProblem);
        }
        String emailProblem = EmailAddress.problemWith(email);
        if (emailProblem != null) {
            throw new RuleViolation("email", emailProblem);
        }
        requireUniqueName(details.name(), null);
        String problem = policy.problemWith(password, email, yourName);
        if (problem != null) {
            throw new RuleViolation("password", problem);
        }
        // Hashed whether or not the address has an account, so the slowest step cannot tell the two apart.
        String passwordHash = passwords.encode(password);
        Optional<Person> existing = people.findByEmail(email);
        if (existing.isPresent()) {
            accounts.remindOfExistingAccount(existing.get());
            return;
        }
        Instant now = clock.instant();
        UUID organisationId = organisations.create(OrganisationKind.PROVIDER, details, now);
        Person person = people.create(email, yourName, passwordHash, null, now);
        memberships.grant(person.id(), organisationId, Role.ADMINISTRATOR, person.id(), now);
        memberships.grant(person.id(), organisationId, Role.PROVIDER_USER, person.id(), now);
        Actor actor = new Actor(person.id(), person.displayName());
        audit.recordAs(actor, AuditEntry.of(organisationId, "organisation.registered", "organisation", organisationId,
                details.name() + " registered as a provider by " + person.displayName()).after(details));
        audit.recordAs(actor, AuditEntry.of(organisationId, "person.created", "person", person.id(),
                person.displayName() + " joined Tandem as administrator of " + details.name()));
        accounts.sendVerification(person);
    }

    /**
     * Whether this person may start a partnership led by this organisation. Only commissioning bodies lead
     * partnerships: a partnership's members are commissioning bodies and providers, never other partnerships.
     */
    public static boolean mayFormPartnership(CurrentUser.Membership lead) {
        return lead.kind() == OrganisationKind.COMMISSIONING_BODY && lead.has(Role.ADMINISTRATOR, Role.COMMISSIONER);
    }

    /**
     * Starts a partnership led by the organisation the person is working in (SPEC §1: collaborative or joint
     * commissioning). The person becomes the partnership's administrator.
     */
    @Transactional
    public UUID createPartnership(CurrentUser user, CurrentUser.Membership lead, OrganisationDetails details) {
        if (!mayFormPartnership(lead)) {
            throw new AccessDeniedException(lead.kind() == OrganisationKind.COMMISSIONING_BODY
                    ? "Only an administrator or commissioner of " + lead.organisationName() + " can form a partnership"
                    : "Partnerships are formed by commissioning bodies");
        }
        OrganisationRules.requireValid(details);
        requireUniqueName(details.name(), null);
        Instant now = clock.instant();
        UUID partnershipId;
        try {
            partnershipId = organisations.create(OrganisationKind.PARTNERSHIP, details, now);
        } catch (DuplicateKeyException e) {
            throw nameTaken(details.name());
        }
        organisations.addPartnershipMember(partnershipId, lead.organisationId(), true, now);
        memberships.grant(user.personId(), partnershipId, Role.ADMINISTRATOR, user.personId(), now);
        audit.record(AuditEntry.of(partnershipId, "organisation.created", "organisation", partnershipId,
                "Partnership " + details.name() + " formed, led by " + lead.organisationName()).after(details));
        audit.record(AuditEntry.of(lead.organisationId(), "partnership.joined", "organisation", partnershipId,
                lead.organisationName() + " leads the new partnership " + details.name()));
        return partnershipId;
    }

    public List<PartnershipMember> partnershipMembers(UUID partnershipId) {
        return organisations.partnershipMembers(partnershipId);
    }

    public List<OrganisationSummary> partnershipsOf(UUID organisationId) {
        return organisations.partnershipsOf(organisationId);
    }

    /** Organisations that could join this partnership: commissioning bodies and providers not already in it. */
    public List<OrganisationSummary> candidateMembers(UUID partnershipId) {
        Set<UUID> already = new HashSet<>();
        organisations.partnershipMembers(partnershipId).forEach(m -> already.add(m.organisation().id()));
        return organisations.allOfKinds(EnumSet.of(OrganisationKind.COMMISSIONING_BODY, OrganisationKind.PROVIDER))
                .stream().filter(o -> !already.contains(o.id())).toList();
    }

    @Transactional
    public void addPartnershipMember(CurrentUser.Membership partnership, UUID memberId) {
        requirePartnership(partnership);
        OrganisationSummary member = Optional.ofNullable(memberId).flatMap(this::find)
                .filter(o -> o.kind() != OrganisationKind.PARTNERSHIP)
                .orElseThrow(() -> new RuleViolation("memberId", "Select an organisation to add"));
        organisations.lock(partnership.organisationId());
        boolean present = organisations.partnershipMembers(partnership.organisationId()).stream()
                .anyMatch(m -> m.organisation().id().equals(memberId));
        if (present) {
            throw new RuleViolation("memberId", member.name() + " is already a member");
        }
        organisations.addPartnershipMember(partnership.organisationId(), memberId, false, clock.instant());
        audit.record(AuditEntry.of(partnership.organisationId(), "partnership.member-added", "organisation", memberId,
                member.name() + " joined " + partnership.organisationName()));
    }

    @Transactional
    public void makeLead(CurrentUser.Membership partnership, UUID memberId) {
        PartnershipMember member = memberOf(partnership, memberId);
        if (member.lead()) {
            return;
        }
        organisations.makeLead(partnership.organisationId(), memberId);
        audit.record(AuditEntry.of(partnership.organisationId(), "partnership.lead-changed", "organisation", memberId,
                member.organisation().name() + " now leads " + partnership.organisationName()));
    }

    @Transactional
    public void removePartnershipMember(CurrentUser.Membership partnership, UUID memberId) {
        PartnershipMember member = memberOf(partnership, memberId);
        if (member.lead()) {
            throw new RuleViolation(null, "Make another member the lead before removing " + member.organisation().name());
        }
        organisations.removePartnershipMember(partnership.organisationId(), memberId);
        audit.record(AuditEntry.of(partnership.organisationId(), "partnership.member-removed", "organisation",
                memberId, member.organisation().name() + " left " + partnership.organisationName()));
    }

    /** Locks the partnership first, so two administrators changing its members at once cannot leave it without a lead. */
    private PartnershipMember memberOf(CurrentUser.Membership partnership, UUID memberId) {
        requirePartnership(partnership);
        organisations.lock(partnership.organisationId());
        return organisations.partnershipMembers(partnership.organisationId()).stream()
                .filter(m -> m.organisation().id().equals(memberId)).findFirst()
                .orElseThrow(() -> new NotFoundException("Partnership member"));
    }

    private static void requirePartnership(CurrentUser.Membership organisation) {
        if (organisation.kind() != OrganisationKind.PARTNERSHIP) {
            throw new NotFoundException("Partnership");
        }
    }

    private void requireUniqueName(String name, UUID except) {
        if (organisations.nameTaken(name, except)) {
            throw nameTaken(name);
        }
    }

    /** Also caught from the database's unique index, for when two people claim the same name at the same moment. */
    private static RuleViolation nameTaken(String name) {
        return new RuleViolation("name", "There is already an organisation called " + name.strip() + " on Tandem");
    }

    /** Used by demo data and the command line, outside any web request. */
    @Transactional
    public UUID createOrganisation(OrganisationKind kind, OrganisationDetails details, Actor actor) {
        requireUniqueName(details.name(), null);
        UUID id = organisations.create(kind, details, clock.instant());
        audit.recordAs(actor, AuditEntry.of(id, "organisation.created", "organisation", id,
                kind.label() + " " + details.name() + " created").after(details));
        return id;
    }

    @Transactional
    public void addPartnershipMemberAs(UUID partnershipId, UUID memberId, boolean lead, Actor actor) {
        organisations.addPartnershipMember(partnershipId, memberId, lead, clock.instant());
        audit.recordAs(actor, AuditEntry.of(partnershipId, "partnership.member-added", "organisation", memberId,
                "Member added to partnership" + (lead ? " as lead" : "")));
    }

}
