package org.tandem.platform.organisations.web;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.springframework.validation.Errors;
import org.tandem.platform.OrganisationKind;
import org.tandem.platform.SelfChecking;
import org.tandem.platform.ServiceArea;
import org.tandem.platform.organisations.Organisation;
import org.tandem.platform.organisations.OrganisationDetails;
import org.tandem.platform.organisations.OrganisationRules;
import org.tandem.platform.FormValues;

/** An organisation's details as typed, for changing them or for forming a partnership. */
public record OrganisationForm(String name, String charityNumber, String companyNumber, String contactEmail,
                               String contactPhone, String address, String website, String description,
                               List<String> areasOfWork, String version) implements SelfChecking {

    static OrganisationForm blank() {
        return new OrganisationForm("", "", "", "", "", "", "", "", List.of(), null);
    }

    static OrganisationForm of(Organisation o) {
        return new OrganisationForm(o.name(), o.charityNumber(), o.companyNumber(), o.contactEmail(),
                o.contactPhone(), o.address(), o.website(), o.description(),
                o.areasOfWork().stream().sorted().map(Enum::name).toList(), Integer.toString(o.version()));
    }

    @Override
    public void check(Errors errors) {
        // Checked as a registered body's details, so registration numbers are checked whenever they are sent.
        OrganisationRules.problemsWith(details(OrganisationKind.COMMISSIONING_BODY))
                .forEach((field, message) -> errors.rejectValue(field, "invalid", message));
        if (areasOfWork != null && areasOfWork.stream().anyMatch(a -> FormValues.enumValue(ServiceArea.class, a) == null)) {
            errors.rejectValue("areasOfWork", "invalid", "Select areas of work from the list");
        }
    }

    /**
     * The details tidied up: trimmed, blanks as nothing, registration numbers written the standard way. A
     * partnership is an agreement between organisations, not a registered body, so it has no registration numbers.
     */
    OrganisationDetails details(OrganisationKind kind) {
        boolean registered = kind != OrganisationKind.PARTNERSHIP;
        Set<ServiceArea> areas = EnumSet.noneOf(ServiceArea.class);
        if (areasOfWork != null) {
            areasOfWork.stream().map(a -> FormValues.enumValue(ServiceArea.class, a)).filter(Objects::nonNull)
                    .forEach(areas::add);
        }
        return new OrganisationDetails(OrganisationRules.blankToNull(name),
                registered ? OrganisationRules.normaliseCharityNumber(charityNumber) : null,
                registered ? OrganisationRules.normaliseCompanyNumber(companyNumber) : null,
                OrganisationRules.blankToNull(contactEmail), OrganisationRules.blankToNull(contactPhone),
                OrganisationRules.blankToNull(address), OrganisationRules.blankToNull(website),
                OrganisationRules.blankToNull(description), areas);
    }
}
