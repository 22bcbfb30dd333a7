package org.tandem.prioritisation.results;

import java.util.List;
import java.util.UUID;

/**
 * One project's outcome in one rule's count, as stored: amounts in whole pounds, exact fractions as {@code p/q}
 * text (see {@link Amounts}), and the sentence that says why it won or lost.
 *
 * @param number             the proposal number (the project id in the ballot file)
 * @param placeBySupport     1 for the project with the most support, then 2, ... (ties broken as the count breaks
 *                           them)
 * @param rho                for equal shares: the price per unit of utility it was bought at
 * @param pricePerSupporter  for equal shares with approval ballots: what each supporter who could afford it paid
 * @param leftInBudget       what was left of the budget when a greedy pass reached it
 * @param payments           for equal shares: how many voters paid each amount, largest first
 */
public record ProjectResult(int number, UUID proposalId, String title, String district, long cost, int supporters,
                            long score, String verdict, boolean funded, int fundedOrder, int placeBySupport,
                            String rho, String pricePerSupporter, String leftAmongSupporters, Long leftInBudget,
                            List<Payment> payments, String explanation) {

    public ProjectResult {
        payments = payments == null ? List.of() : List.copyOf(payments);
    }

    /** The same outcome, funded in the place given: a process counted area by area numbers its winners across areas. */
    ProjectResult fundedAs(int order) {
        return new ProjectResult(number, proposalId, title, district, cost, supporters, score, verdict, funded, order,
                placeBySupport, rho, pricePerSupporter, leftAmongSupporters, leftInBudget, payments, explanation);
    }

    /** So many voters paid this exact amount towards the project. */
    public record Payment(String amount, int voters) {
    }
}
