/**
 * Insight, the first phase of NEF's cycle: what is provided now and how well (baseline of current provision,
 * co-produced quality assessment), what the community already has (asset map), and what people need (needs
 * evidence, risk register), organised by ward and by need.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Insight")
package org.tandem.insight;
