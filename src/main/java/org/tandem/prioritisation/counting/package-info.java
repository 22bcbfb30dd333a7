/**
 * Counting participatory-budgeting votes with exact arithmetic: no floating point is used anywhere, so no rounding
 * error can change a winner. {@link org.tandem.prioritisation.counting.Counting} counts a
 * {@link org.tandem.prioritisation.counting.PbInstance} by greedy by support or by the Method of Equal Shares
 * (equalshares.net), and every {@link org.tandem.prioritisation.counting.CountResult} says for each project why it
 * won or lost. Ties are broken by more supporters, then lower cost, then proposal order
 * ({@link org.tandem.prioritisation.counting.TieBreaking}). No Spring: usable from any Java program.
 */
@org.springframework.modulith.NamedInterface("counting")
package org.tandem.prioritisation.counting;
