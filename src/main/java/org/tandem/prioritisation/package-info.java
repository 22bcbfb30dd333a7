/**
 * Co-prioritisation (seed 002): people deciding together what money is spent on. It holds participatory-budgeting
 * processes and their proposals ({@link org.tandem.prioritisation.PbProcesses}), and the counting of votes, a plain
 * Java library with no Spring in it, so the same code counts a Tandem ballot, a published Pabulib file on the
 * command line, and anyone's own recount:
 * <ul>
 *   <li>{@link org.tandem.prioritisation.counting} — instances, ballots and the counting rules (greedy by support,
 *   the Method of Equal Shares with Add1 completion), each result explaining every project;</li>
 *   <li>{@link org.tandem.prioritisation.pabulib} — reading, writing and checking Pabulib {@code .pb} files.</li>
 * </ul>
 */
@org.springframework.modulith.ApplicationModule(displayName = "Prioritisation")
package org.tandem.prioritisation;
