package org.tandem.prioritisation.counting;

/**
 * What the count decided for one project, and why.
 *
 * @param fundedOrder          1 for the first project funded, 2 for the next...; 0 when not funded
 * @param rho                  for equal shares: the price per unit of utility ρ it was bought at (exact)
 * @param pricePerSupporter    for equal shares with approval utilities: what each supporter who could afford it
 *                             paid (ρ × their utility); null otherwise
 * @param leftAmongSupporters  for a project equal shares could not buy: what its supporters had left between them
 * @param leftInBudget         for a project a greedy pass reached: what was left of the budget when it did
 * @param payments             for a project bought by equal shares: who paid what
 * @param explanation          one or two sentences saying why, with the numbers
 */
public record ProjectOutcome(Project project, int index, int supporters, long score, Verdict verdict,
                             int fundedOrder, Rational rho, Rational pricePerSupporter,
                             Rational leftAmongSupporters, Long leftInBudget, Payments payments,
                             String explanation) {

    ProjectOutcome explainedAs(String text) {
        return new ProjectOutcome(project, index, supporters, score, verdict, fundedOrder, rho, pricePerSupporter,
                leftAmongSupporters, leftInBudget, payments, text);
    }

    public boolean funded() {
        return verdict.funded();
    }
}
