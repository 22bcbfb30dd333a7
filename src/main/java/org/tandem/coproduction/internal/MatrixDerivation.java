package org.tandem.coproduction.internal;

import java.util.List;
import java.util.function.Predicate;
import org.tandem.coproduction.ActivityDetails;
import org.tandem.coproduction.CoProductionMode;

/**
 * The commission's cell in Dorset's matrix, derived from its activities. The rule, for each side:
 * <ul>
 *   <li><b>Planning</b> is read from activities serving co-commissioning (co-planning, co-prioritisation) or
 *       co-design; <b>delivery</b> from activities serving co-delivery. Co-assessment reviews a service rather than
 *       planning or delivering it, so it moves neither side.</li>
 *   <li>An activity counts as involving users and communities when power was shared with them: it reached
 *       co-designing or co-producing (Figure 14's "doing with") and people using services, carers or community
 *       members took part. Consulting them, however many, leaves the side with professionals.</li>
 *   <li>No such activity: <b>professionals only</b>. Every such activity without professionals or providers
 *       (citizens led it themselves): <b>no professional input</b>. Otherwise: <b>professionals and users and
 *       communities</b>.</li>
 * </ul>
 */
public record MatrixDerivation(Side planning, Side delivery, InvolvementModel model) {

    /**
     * What one side was read from: how many activities, how many of them shared power, and how many of those had no
     * professionals.
     */
    public record Side(Involvement involvement, int activities, int sharedPower, int withoutProfessionals) {
    }

    public static MatrixDerivation of(List<ActivityDetails> activities) {
        Side planning = side(activities, a -> a.serves(CoProductionMode.CO_COMMISSIONING)
                || a.serves(CoProductionMode.CO_DESIGN));
        Side delivery = side(activities, a -> a.serves(CoProductionMode.CO_DELIVERY));
        return new MatrixDerivation(planning, delivery,
                InvolvementModel.of(planning.involvement(), delivery.involvement()));
    }

    private static Side side(List<ActivityDetails> activities, Predicate<ActivityDetails> onThisSide) {
        List<ActivityDetails> here = activities.stream().filter(onThisSide).toList();
        List<ActivityDetails> shared = here.stream().filter(ActivityDetails::sharedPowerWithCitizens).toList();
        int withoutProfessionals = (int) shared.stream().filter(a -> !a.hasProfessionals()).count();
        Involvement involvement = shared.isEmpty() ? Involvement.PROFESSIONALS_ONLY
                : withoutProfessionals == shared.size() ? Involvement.NO_PROFESSIONAL_INPUT
                : Involvement.PROFESSIONALS_WITH_USERS;
        return new Side(involvement, here.size(), shared.size(), withoutProfessionals);
    }
}
