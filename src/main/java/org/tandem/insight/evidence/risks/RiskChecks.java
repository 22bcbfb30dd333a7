package org.tandem.insight.evidence.risks;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.springframework.validation.Errors;
import org.tandem.insight.evidence.FormInput;
import org.tandem.platform.FormValues;

/** The checks a risk must pass, shared by the pages and the API. */
public final class RiskChecks {

    public static final int TITLE_MAX = 200;
    public static final int TEXT_MAX = 4000;
    public static final int REASONING_MAX = 2000;
    public static final int FOUND_BY_MAX = 1000;
    public static final int OWNER_MAX = 200;

    private RiskChecks() {
    }

    /** A risk as sent: text until checked. */
    public record Typed(String title, String description, List<String> bearers, String benefits, String disbenefits,
                        String acceptance, String acceptanceReasoning, String acceptanceFoundBy, String likelihood,
                        String impact, String mitigation, String owner, String status) {
    }

    public static void check(Typed risk, Errors errors) {
        required(risk.title(), "title", "Enter the risk in a few words", TITLE_MAX, "Title", errors);
        longest(risk.description(), "description", TEXT_MAX, "Description", errors);
        if (risk.bearers() == null || risk.bearers().isEmpty()) {
            errors.rejectValue("bearers", "required", "Select whose risk it is");
        } else if (risk.bearers().stream().anyMatch(b -> FormValues.enumValue(RiskBearer.class, b) == null)) {
            errors.rejectValue("bearers", "invalid", "Select whose risk it is from the list");
        }
        required(risk.benefits(), "benefits", "Enter what taking the risk could make possible", TEXT_MAX,
                "Benefits", errors);
        required(risk.disbenefits(), "disbenefits", "Enter what could go wrong, and for whom", TEXT_MAX,
                "Disbenefits", errors);
        CitizenAcceptance acceptance = FormValues.enumValue(CitizenAcceptance.class, risk.acceptance());
        if (acceptance == null) {
            errors.rejectValue("acceptance", "required", "Select whether citizens accept the risk");
        } else if (acceptance != CitizenAcceptance.NOT_YET_ASKED) {
            required(risk.acceptanceReasoning(), "acceptanceReasoning", "Enter how citizens judged the risk",
                    REASONING_MAX, "How citizens judged it", errors);
            required(risk.acceptanceFoundBy(), "acceptanceFoundBy", "Enter how you found out what citizens think, "
                    + "for example a focus group on risk with Young Voices", FOUND_BY_MAX, "How you found out", errors);
        }
        if (FormValues.enumValue(Likelihood.class, risk.likelihood()) == null) {
            errors.rejectValue("likelihood", "required", "Select how likely it is");
        }
        if (FormValues.enumValue(Impact.class, risk.impact()) == null) {
            errors.rejectValue("impact", "required", "Select how much harm it would do");
        }
        longest(risk.mitigation(), "mitigation", TEXT_MAX, "Mitigation", errors);
        longest(risk.owner(), "owner", OWNER_MAX, "Owner", errors);
        RiskStatus status = FormValues.enumValue(RiskStatus.class, risk.status());
        if (status == null) {
            errors.rejectValue("status", "required", "Select where the risk stands");
        } else if (status == RiskStatus.TAKEN && acceptance != null && !acceptance.accepted()) {
            // Seed 002: an appropriate risk is one citizens are willing to accept for what it makes possible.
            errors.rejectValue("status", "acceptance", "A risk is only taken on purpose once citizens have been "
                    + "asked and accept it, or accept it on conditions");
        }
    }

    /** Only called once {@link #check} found nothing wrong. */
    public static RiskDraft draft(Typed risk) {
        Set<RiskBearer> bearers = EnumSet.noneOf(RiskBearer.class);
        risk.bearers().stream().map(b -> FormValues.enumValue(RiskBearer.class, b)).filter(Objects::nonNull)
                .forEach(bearers::add);
        return new RiskDraft(risk.title().strip(), FormInput.text(risk.description()), bearers,
                risk.benefits().strip(), risk.disbenefits().strip(),
                FormValues.enumValue(CitizenAcceptance.class, risk.acceptance()),
                FormInput.text(risk.acceptanceReasoning()), FormInput.text(risk.acceptanceFoundBy()),
                FormValues.enumValue(Likelihood.class, risk.likelihood()),
                FormValues.enumValue(Impact.class, risk.impact()), FormInput.text(risk.mitigation()),
                FormInput.text(risk.owner()), FormValues.enumValue(RiskStatus.class, risk.status()));
    }

    private static void required(String value, String field, String missing, int max, String label, Errors errors) {
        if (FormInput.text(value) == null) {
            errors.rejectValue(field, "required", missing);
        } else {
            longest(value, field, max, label, errors);
        }
    }

    private static void longest(String value, String field, int max, String label, Errors errors) {
        if (value != null && value.strip().length() > max) {
            errors.rejectValue(field, "size", label + " must be " + max + " characters or fewer");
        }
    }
}
