/**
 * Outcomes frameworks (SPEC 2.2): the outcomes a commission works towards, in the words of the people they are for
 * and in a professional wording, classified by level, value type, the triple bottom line, the dynamic model of
 * well-being, the five ways to well-being, prevention level and intervention pathway, each with its indicators.
 * Guidance warns (never blocks) when a framework is out of balance; versions are agreed by a named co-production
 * group and then locked; any two versions can be compared.
 *
 * <p>Other modules use {@link org.tandem.outcomes.OutcomesFrameworks}, its records
 * ({@link org.tandem.outcomes.FrameworkView}, {@link org.tandem.outcomes.FrameworkVersionView},
 * {@link org.tandem.outcomes.OutcomeView}, {@link org.tandem.outcomes.IndicatorView}), the classification enums, and
 * the event {@link org.tandem.outcomes.FrameworkVersionAgreed}. They can tell the guidance who shaped an outcome by
 * implementing {@link org.tandem.outcomes.OutcomeContributors}, and add links to a version's page by implementing
 * {@link org.tandem.outcomes.VersionPageLinks}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Outcomes")
package org.tandem.outcomes;
