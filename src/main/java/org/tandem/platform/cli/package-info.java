/** Tandem's command line; the application's entry point hands command words to it. */
@org.springframework.modulith.NamedInterface("cli")
package org.tandem.platform.cli;
