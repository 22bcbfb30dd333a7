/**
 * Reading uploaded files the same safe way in every module: streamed (never the whole file in memory), with a
 * size limit, a line-length limit, strict UTF-8, and every problem reported with its row and column. A module
 * writes rows as they are read inside one transaction and throws {@link org.tandem.platform.imports.ImportRejected}
 * when there were problems, so a bad file changes nothing.
 */
@org.springframework.modulith.NamedInterface("imports")
package org.tandem.platform.imports;
