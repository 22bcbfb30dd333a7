package org.tandem.platform.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Set;
import org.springframework.validation.Errors;
import org.tandem.platform.SelfChecking;
import org.tandem.platform.ServiceArea;
import org.tandem.platform.organisations.OrganisationDetails;
import org.tandem.platform.organisations.OrganisationRules;
import org.tandem.platform.people.EmailAddress;

/** Every editable detail of an organisation, replacing what is there, and the version they were read at. */
record OrganisationRequest(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = NAME_MAX) String name,
        @Schema(description = "England and Wales, Scotland (SC...) or Northern Ireland (NIC...)") String charityNumber,
        @Schema(description = "Companies House number, such as 01234567 or SC123456") String companyNumber,
        String contactEmail, String contactPhone,
        @Schema(maxLength = ADDRESS_MAX) String address,
        @Schema(description = "Starting with http:// or https://") String website,
        @Schema(maxLength = DESCRIPTION_MAX) String description,
        Set<ServiceArea> areasOfWork,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "The version you read") Integer version)
        implements SelfChecking {

    static final int NAME_MAX = 200;
    static final int ADDRESS_MAX = 500;
    static final int DESCRIPTION_MAX = 2000;

    @Override
    public void check(Errors errors) {
        if (name == null || name.isBlank()) {
            errors.rejectValue("name", "required", "Enter the organisation's name");
        } else if (name.strip().length() > NAME_MAX) {
            errors.rejectValue("name", "size", "Name must be " + NAME_MAX + " characters or fewer");
        }
        if (!OrganisationRules.validCharityNumber(OrganisationRules.normaliseCharityNumber(charityNumber))) {
            errors.rejectValue("charityNumber", "format",
                    "Enter a charity number in the right format, like 1234567, SC012345 or NIC123456");
        }
        if (!OrganisationRules.validCompanyNumber(OrganisationRules.normaliseCompanyNumber(companyNumber))) {
            errors.rejectValue("companyNumber", "format",
                    "Enter a company number of 8 characters, like 01234567 or SC123456");
        }
        String emailProblem = EmailAddress.problemWith(contactEmail);
        if (contactEmail != null && !contactEmail.isBlank() && emailProblem != null) {
            errors.rejectValue("contactEmail", "format", emailProblem);
        }
        if (!OrganisationRules.validPhone(contactPhone)) {
            errors.rejectValue("contactPhone", "format", "Enter a phone number, like 01632 960 001");
        }
        if (address != null && address.strip().length() > ADDRESS_MAX) {
            errors.rejectValue("address", "size", "Address must be " + ADDRESS_MAX + " characters or fewer");
        }
        if (!OrganisationRules.validWebsite(website)) {
            errors.rejectValue("website", "format", "Enter the website address in full, like https://example.org");
        }
        if (description != null && description.strip().length() > DESCRIPTION_MAX) {
            errors.rejectValue("description", "size",
                    "Description must be " + DESCRIPTION_MAX + " characters or fewer");
        }
        if (version == null) {
            errors.rejectValue("version", "required",
                    "Send the version you read, so that changes made since then are not overwritten");
        }
    }

    /** Only called once {@link #check} found nothing wrong. */
    OrganisationDetails details() {
        return new OrganisationDetails(name.strip(), OrganisationRules.normaliseCharityNumber(charityNumber),
                OrganisationRules.normaliseCompanyNumber(companyNumber), OrganisationRules.blankToNull(contactEmail),
                OrganisationRules.blankToNull(contactPhone), OrganisationRules.blankToNull(address),
                OrganisationRules.blankToNull(website), OrganisationRules.blankToNull(description),
                areasOfWork == null ? Set.of() : areasOfWork);
    }
}
