package org.tandem.platform.cli;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.UUID;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.platform.AuditEntry;
import org.tandem.platform.AuditLog;
import org.tandem.platform.AuditLog.Actor;
import org.tandem.platform.OrganisationKind;
import org.tandem.platform.Role;
import org.tandem.platform.organisations.OrganisationDetails;
import org.tandem.platform.organisations.OrganisationRepository;
import org.tandem.platform.organisations.OrganisationService;
import org.tandem.platform.people.EmailAddress;
import org.tandem.platform.people.MembershipRepository;
import org.tandem.platform.people.Person;
import org.tandem.platform.people.PersonRepository;
import org.tandem.platform.security.PasswordPolicy;

/** The administration commands: how the first administrator of a new installation gets in. */
@Component
class AdminCommands {

    private static final Actor COMMAND_LINE = new Actor(null, "Command line");

    private final PersonRepository people;
    private final MembershipRepository memberships;
    private final OrganisationRepository organisations;
    private final OrganisationService organisationService;
    private final PasswordEncoder passwords;
    private final PasswordPolicy policy;
    private final AuditLog audit;
    private final Clock clock;

    AdminCommands(PersonRepository people, MembershipRepository memberships, OrganisationRepository organisations,
                  OrganisationService organisationService, PasswordEncoder passwords, PasswordPolicy policy,
                  AuditLog audit, Clock clock) {
        this.people = people;
        this.memberships = memberships;
        this.organisations = organisations;
        this.organisationService = organisationService;
        this.passwords = passwords;
        this.policy = policy;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    String createUser(Map<String, List<String>> options, Supplier<String> askPassword) {
        String email = single(options, "email", true);
        String problem = EmailAddress.problemWith(email);
        if (problem != null) {
            throw new TandemCommandLine.CommandException(problem);
        }
        List<String> report = new ArrayList<>();
        Person person = people.findByEmail(email).orElse(null);
        if (person == null) {
            String name = single(options, "name", true);
            if (name.isBlank() || name.length() > 200) {
                throw new TandemCommandLine.CommandException("--name must be 1 to 200 characters");
            }
            String password = askPassword.get();
            String passwordProblem = policy.problemWith(password, email, name);
            if (passwordProblem != null) {
                throw new TandemCommandLine.CommandException(passwordProblem);
            }
            person = people.create(email, name, passwords.encode(password), clock.instant(), clock.instant());
            audit.recordAs(COMMAND_LINE, AuditEntry.of(null, "person.created", "person", person.id(),
                    person.displayName() + " created from the command line"));
            report.add("Created " + person.displayName() + " <" + person.email() + ">.");
        } else {
            report.add(person.displayName() + " <" + person.email() + "> already has an account; password unchanged.");
        }
        String organisationName = single(options, "organisation", false);
        if (organisationName != null) {
            OrganisationKind kind = kind(single(options, "kind", false));
            UUID organisationId = organisations.findIdByName(organisationName).orElse(null);
            if (organisationId == null) {
                organisationId = organisationService.createOrganisation(kind, new OrganisationDetails(
                        organisationName.strip(), null, null, null, null, null, null, null, Set.of()), COMMAND_LINE);
                report.add("Created the " + kind.label().toLowerCase() + " " + organisationName.strip() + ".");
            } else {
                kind = organisationService.details(organisationId).kind();
            }
            for (Role role : roles(options.getOrDefault("role", List.of("administrator")))) {
                if (!role.fitsOrganisation(kind)) {
                    throw new TandemCommandLine.CommandException(role.label() + " is not a role in a "
                            + kind.label().toLowerCase());
                }
                memberships.grant(person.id(), organisationId, role, null, clock.instant());
                audit.recordAs(COMMAND_LINE, AuditEntry.of(organisationId, "membership.granted", "person", person.id(),
                        person.displayName() + " made " + role.label().toLowerCase() + " from the command line"));
                report.add("Gave them the role " + role.label().toLowerCase() + " in " + organisationName.strip() + ".");
            }
        }
        return String.join("\n", report);
    }

    private static String single(Map<String, List<String>> options, String name, boolean required) {
        List<String> values = options.get(name);
        if (values == null || values.isEmpty()) {
            if (required) {
                throw new TandemCommandLine.CommandException("--" + name + " is required");
            }
            return null;
        }
        if (values.size() > 1) {
            throw new TandemCommandLine.CommandException("--" + name + " was given more than once");
        }
        return values.getFirst();
    }

    private static OrganisationKind kind(String value) {
        if (value == null) {
            return OrganisationKind.COMMISSIONING_BODY;
        }
        try {
            return OrganisationKind.valueOf(value.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new TandemCommandLine.CommandException("--kind must be commissioning-body, provider or partnership");
        }
    }

    private static Set<Role> roles(List<String> values) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String value : values) {
            try {
                roles.add(Role.valueOf(value.strip().toUpperCase(Locale.ROOT).replace('-', '_')));
            } catch (IllegalArgumentException e) {
                throw new TandemCommandLine.CommandException("Unknown role '" + value + "'; see --help for the roles");
            }
        }
        return roles;
    }
}
