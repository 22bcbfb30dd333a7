package org.tandem.platform.organisations.web;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.validation.Errors;
import org.tandem.platform.SelfChecking;
import org.tandem.platform.ServiceArea;
import org.tandem.platform.organisations.OrganisationDetails;
import org.tandem.platform.organisations.OrganisationRules;
import org.tandem.platform.people.EmailAddress;
import org.tandem.platform.people.PersonName;

/** A provider's registration as typed: the organisation's details, then the person registering it. */
public record RegistrationForm(String name, String charityNumber, String companyNumber, String contactEmail,
                               String contactPhone, String address, String website, String description,
                               List<String> areasOfWork, String yourName, String email, String password)
        implements SelfChecking {

    static final int MAX_NAME = 200;
    static final int MAX_ADDRESS = 500;
    static final int MAX_DESCRIPTION = 2000;

    static RegistrationForm blank() {
        return new RegistrationForm("", "", "", "", "", "", "", "", List.of(), "", "", "");
    }

    @Override
    public void check(Errors errors) {
        if (name == null || name.isBlank()) {
            errors.rejectValue("name", "required", "Enter the name of your organisation");
        } else if (name.strip().length() > MAX_NAME) {
            errors.rejectValue("name", "length", "Organisation name must be " + MAX_NAME + " characters or fewer");
        } else if (name.chars().anyMatch(Character::isISOControl)) {
            // The name goes into the subject line of invitation emails.
            errors.rejectValue("name", "format", "Organisation name must be on one line, without tabs or line breaks");
        }
        if (!OrganisationRules.validCharityNumber(OrganisationRules.normaliseCharityNumber(charityNumber))) {
            errors.rejectValue("charityNumber", "format",
                    "Enter a charity number like 1234567, SC012345 or NIC100001, or leave it blank");
        }
        if (!OrganisationRules.validCompanyNumber(OrganisationRules.normaliseCompanyNumber(companyNumber))) {
            errors.rejectValue("companyNumber", "format",
                    "Enter a company number like 01234567 or SC123456, or leave it blank");
        }
        if (contactEmail == null || contactEmail.isBlank()) {
            errors.rejectValue("contactEmail", "required", "Enter an email address people can contact your organisation on");
        } else if (EmailAddress.problemWith(contactEmail) != null) {
            errors.rejectValue("contactEmail", "format", EmailAddress.problemWith(contactEmail));
        }
        if (!OrganisationRules.validPhone(contactPhone)) {
            errors.rejectValue("contactPhone", "format",
                    "Enter a telephone number, like 01632 960 001 or +44 808 157 0192, or leave it blank");
        }
        if (address != null && address.strip().length() > MAX_ADDRESS) {
            errors.rejectValue("address", "length", "Address must be " + MAX_ADDRESS + " characters or fewer");
        }
        if (!OrganisationRules.validWebsite(website)) {
            errors.rejectValue("website", "format",
                    "Enter a website address that starts with https://, like https://www.example.org.uk, or leave it blank");
        }
        if (description == null || description.isBlank()) {
            errors.rejectValue("description", "required", "Describe what your organisation does");
        } else if (description.strip().length() > MAX_DESCRIPTION) {
            errors.rejectValue("description", "length",
                    "What your organisation does must be " + MAX_DESCRIPTION + " characters or fewer");
        }
        if (areasOfWork == null || areasOfWork.isEmpty()) {
            errors.rejectValue("areasOfWork", "required", "Select at least one area your organisation works in");
        } else if (areas() == null) {
            errors.rejectValue("areasOfWork", "format", "Select the areas your organisation works in from the list");
        }
        String nameProblem = PersonName.problemWith(yourName);
        if (nameProblem != null) {
            errors.rejectValue("yourName", "format", nameProblem);
        }
        if (email == null || email.isBlank()) {
            errors.rejectValue("email", "required", "Enter your email address");
        } else if (EmailAddress.problemWith(email) != null) {
            errors.rejectValue("email", "format", EmailAddress.problemWith(email));
        }
        if (password == null || password.isEmpty()) {
            errors.rejectValue("password", "required", "Enter a password");
        }
    }

    OrganisationDetails details() {
        return new OrganisationDetails(name.strip(), OrganisationRules.normaliseCharityNumber(charityNumber),
                OrganisationRules.normaliseCompanyNumber(companyNumber), contactEmail.strip(),
                OrganisationRules.blankToNull(contactPhone), OrganisationRules.blankToNull(address),
                OrganisationRules.blankToNull(website), description.strip(), areas());
    }

    /** The chosen areas, or null when any of them is not an area Tandem knows. */
    private Set<ServiceArea> areas() {
        Set<ServiceArea> areas = EnumSet.noneOf(ServiceArea.class);
        for (String value : areasOfWork) {
            ServiceArea area = Arrays.stream(ServiceArea.values()).filter(a -> a.name().equals(value)).findFirst()
                    .orElse(null);
            if (area == null) {
                return null;
            }
            areas.add(area);
        }
        return areas;
    }
}
