/**
 * Co-producing an outcomes framework (SPEC 2.2; seed 000's Planning chapter): a commissioner opens a draft version
 * for contributions, to the organisation's people and, if they choose, to anyone with an unguessable link. People
 * suggest outcomes in their own words, comment and endorse; facilitators record what appreciative inquiry, world café,
 * peer research and focus groups produced; commissioners merge contributions into outcomes or decline them, saying
 * why. Every outcome keeps the trail of contributions that shaped it, and each workshop and merge is also recorded in
 * the co-production record. Public contributions wait for a moderator; abusive ones are hidden with a reason, never
 * deleted.
 *
 * <p>Part of the outcomes module: it uses the framework through {@link org.tandem.outcomes.OutcomesFrameworks},
 * tells the guidance who shaped each outcome through {@link org.tandem.outcomes.OutcomeContributors}, and links from
 * a version's page through {@link org.tandem.outcomes.VersionPageLinks}.
 */
package org.tandem.outcomes.contributions;
