package org.tandem.insight.provision;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.validation.Errors;
import org.tandem.platform.Money;

import static org.tandem.platform.FormValues.uuid;

import static org.tandem.platform.FormValues.enumValue;

/**
 * The checks a funded service must pass, wherever it comes from. What the checks cannot know (whether a ward, need
 * or provider belongs to the organisation) the {@link ProvisionService} checks against the database.
 */
public final class ServiceChecks {

    public static final int NAME_MAX = 200;
    public static final int DESCRIPTION_MAX = 4000;
    public static final int PROVIDER_MAX = 200;
    public static final int OUTCOME_MAX = 500;
    public static final int OUTCOMES_MAX = 20;
    public static final int NOTES_MAX = 4000;
    public static final int REACH_MAX = 10_000_000;

    /** The names of the fields that differ between the page's form and the API. */
    public record Fields(String area, String funding, String contractEndsOn) {
        public static final Fields API = new Fields("boroughWide", "funding", "contractEndsOn");
    }

    private ServiceChecks() {
    }

    public static void check(ServiceInput in, Errors errors, Fields fields) {
        if (blank(in.name())) {
            errors.rejectValue("name", "required", "Enter the name of the service");
        } else if (in.name().strip().length() > NAME_MAX) {
            errors.rejectValue("name", "size", "Name must be " + NAME_MAX + " characters or fewer");
        }
        if (!blank(in.description()) && in.description().strip().length() > DESCRIPTION_MAX) {
            errors.rejectValue("description", "size", "Description must be " + DESCRIPTION_MAX
                    + " characters or fewer");
        }
        if (!blank(in.providerOrganisationId()) && uuid(in.providerOrganisationId()) == null) {
            errors.rejectValue("providerOrganisationId", "invalid", "Choose the provider from the list");
        } else if (blank(in.providerOrganisationId()) && blank(in.providerName())) {
            errors.rejectValue("providerName", "required",
                    "Choose the provider from the list, or enter the name of a provider that is not on Tandem");
        } else if (!blank(in.providerName()) && in.providerName().strip().length() > PROVIDER_MAX) {
            errors.rejectValue("providerName", "size", "Provider's name must be " + PROVIDER_MAX
                    + " characters or fewer");
        }
        if (enumValue(ClientGroup.class, in.clientGroup()) == null) {
            errors.rejectValue("clientGroup", "required", "Select who the service is for");
        }
        if (in.boroughWide() == null) {
            errors.rejectValue(fields.area(), "required", "Select whether the service is borough-wide or works in "
                    + "particular wards");
        } else if (!in.boroughWide() && in.wardIds().isEmpty()) {
            errors.rejectValue("wardIds", "required", "Select the wards the service works in");
        } else if (in.boroughWide() && !in.wardIds().isEmpty()) {
            errors.rejectValue("wardIds", "both", "A borough-wide service works in every ward: either choose "
                    + "particular wards, or leave the wards empty");
        }
        if (in.wardIds().stream().anyMatch(w -> uuid(w) == null)) {
            errors.rejectValue("wardIds", "invalid", "Select wards from the list");
        }
        checkFunding(in.funding(), errors, fields.funding());
        if (!blank(in.peopleReachedPerYear())) {
            String reach = in.peopleReachedPerYear().strip().replace(",", "");
            if (!reach.matches("\\d{1,8}") || Integer.parseInt(reach) > REACH_MAX) {
                errors.rejectValue("peopleReachedPerYear", "format",
                        "People reached a year must be a whole number, like 640");
            }
        }
        if (in.outcomesClaimed().size() > OUTCOMES_MAX) {
            errors.rejectValue("outcomesClaimed", "size", "List up to " + OUTCOMES_MAX + " outcomes");
        } else if (in.outcomesClaimed().stream().anyMatch(o -> o.length() > OUTCOME_MAX)) {
            errors.rejectValue("outcomesClaimed", "size", "Each outcome must be " + OUTCOME_MAX
                    + " characters or fewer");
        }
        if (!blank(in.overlapsAndGaps()) && in.overlapsAndGaps().strip().length() > NOTES_MAX) {
            errors.rejectValue("overlapsAndGaps", "size", "Overlaps and gaps must be " + NOTES_MAX
                    + " characters or fewer");
        }
        if (in.needIds().stream().anyMatch(n -> uuid(n) == null)) {
            errors.rejectValue("needIds", "invalid", "Select needs from the list");
        }
    }

    private static void checkFunding(List<ServiceInput.Funding> lines, Errors errors, String field) {
        Set<FundingSource> seen = EnumSet.noneOf(FundingSource.class);
        int filled = 0;
        Money total = Money.ZERO;
        for (int i = 0; i < lines.size(); i++) {
            ServiceInput.Funding line = lines.get(i);
            if (line == null || (blank(line.source()) && blank(line.annualAmount()))) {
                continue;
            }
            filled++;
            String which = "Funding line " + (i + 1) + ": ";
            FundingSource source = enumValue(FundingSource.class, line.source());
            if (source == null) {
                errors.rejectValue(field, "source", which + "select where the money comes from");
            } else if (!seen.add(source)) {
                errors.rejectValue(field, "duplicate", which + source.label()
                        + " is already listed; put its whole amount on one line");
            }
            Money amount = Money.parse(line.annualAmount());
            if (blank(line.annualAmount())) {
                errors.rejectValue(field, "amount", which + "enter the amount a year in pounds");
            } else if (amount == null) {
                errors.rejectValue(field, "amount", which + "amount must be in pounds and pence, like 180000 or "
                        + "180,000.50");
            } else if (amount.isNegative()) {
                errors.rejectValue(field, "amount", which + "amount cannot be less than £0");
            } else if (amount.amount().compareTo(Money.MAX) > 0) {
                errors.rejectValue(field, "amount", which + "amount must be less than £1,000,000,000,000");
            } else {
                total = total.plus(amount);
            }
        }
        if (total.amount().compareTo(Money.MAX) > 0) {
            errors.rejectValue(field, "total", "The amounts add up to more than £1,000,000,000,000 a year");
        }
        if (filled == 0) {
            errors.rejectValue(field, "required", "Enter at least one source of funding and its amount a year");
        }
    }

    /** Only called once {@link #check} found nothing wrong. */
    public static ServiceDraft draft(ServiceInput in) {
        List<FundingLine> funding = new ArrayList<>();
        for (ServiceInput.Funding line : in.funding()) {
            if (line != null && !(blank(line.source()) && blank(line.annualAmount()))) {
                funding.add(new FundingLine(enumValue(FundingSource.class, line.source()),
                        Money.parse(line.annualAmount())));
            }
        }
        Set<UUID> wards = new LinkedHashSet<>();
        in.wardIds().forEach(w -> wards.add(uuid(w)));
        Set<UUID> needs = new LinkedHashSet<>();
        in.needIds().forEach(n -> needs.add(uuid(n)));
        return new ServiceDraft(in.name().strip(), text(in.description()),
                blank(in.providerName()) ? "" : in.providerName().strip(),
                blank(in.providerOrganisationId()) ? null : uuid(in.providerOrganisationId()),
                enumValue(ClientGroup.class, in.clientGroup()), in.boroughWide(), wards, funding,
                in.contractEndsOn(),
                blank(in.peopleReachedPerYear()) ? null
                        : Integer.valueOf(in.peopleReachedPerYear().strip().replace(",", "")),
                in.outcomesClaimed(), text(in.overlapsAndGaps()), needs);
    }

    private static String text(String value) {
        return blank(value) ? null : value.strip();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
