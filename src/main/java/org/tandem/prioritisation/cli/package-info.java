/**
 * {@code ./tandem pb count} and {@code ./tandem pb validate}: counting and checking Pabulib files from the command
 * line, with a plain {@code main} that starts no Spring and needs no database.
 */
package org.tandem.prioritisation.cli;
