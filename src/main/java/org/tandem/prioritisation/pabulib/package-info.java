/**
 * The Pabulib {@code .pb} format (pabulib.org): META, PROJECTS and VOTES sections of semicolon-separated fields.
 * {@link org.tandem.prioritisation.pabulib.PabulibReader} streams a file line by line,
 * {@link org.tandem.prioritisation.pabulib.PabulibValidator} reports the line and field of every problem, and
 * {@link org.tandem.prioritisation.pabulib.PabulibWriter} writes one back, so a Tandem vote can be published and
 * recounted by anyone with any Pabulib tool. No Spring: usable from any Java program.
 */
@org.springframework.modulith.NamedInterface("pabulib")
package org.tandem.prioritisation.pabulib;
