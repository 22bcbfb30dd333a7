package org.tandem.platform.files;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tandem.platform.NotFoundException;
import org.tandem.platform.OrganisationKind;
import org.tandem.support.TenantTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Files are kept by organisation, read back exactly, limited in size and judged by their content, not their name. */
class FileStoreTest extends TenantTest {

    private static final FilePolicy ANY = new FilePolicy(1024 * 1024, Set.of(FileKind.values()));

    @Autowired
    FileStore files;

    @Test
    void aFileLargerThanOneChunkIsReadBackByteForByteAndOnlyByItsOrganisation() throws Exception {
        UUID organisation = newOrganisation(OrganisationKind.COMMISSIONING_BODY);
        byte[] text = SampleFiles.text("line of workshop notes\n".repeat(30_000));
        StoredFile stored = files.save(organisation, "notes.txt", new ByteArrayInputStream(text),
                new FilePolicy(2 * 1024 * 1024, Set.of(FileKind.TEXT)));
        assertThat(stored.sizeBytes()).isEqualTo(text.length).isGreaterThan(DatabaseFileStore.CHUNK);
        assertThat(stored.kind()).isEqualTo(FileKind.TEXT);
        assertThat(stored.sha256()).hasSize(64);
        try (InputStream in = files.open(organisation, stored.id())) {
            assertThat(in.readAllBytes()).isEqualTo(text);
        }
        UUID other = newOrganisation(OrganisationKind.COMMISSIONING_BODY);
        assertThat(files.find(other, stored.id())).isEmpty();
        assertThatThrownBy(() -> files.open(other, stored.id())).isInstanceOf(NotFoundException.class);
        assertThat(files.delete(other, stored.id())).isFalse();
        assertThat(files.delete(organisation, stored.id())).isTrue();
        assertThat(files.find(organisation, stored.id())).isEmpty();
    }

    @Test
    void eachKindIsRecognisedFromItsContent() throws Exception {
        assertThat(kindOf("report.pdf", SampleFiles.pdf())).isEqualTo(FileKind.PDF);
        assertThat(kindOf("flipchart.png", SampleFiles.png())).isEqualTo(FileKind.PNG);
        assertThat(kindOf("photo.JPG", SampleFiles.jpeg())).isEqualTo(FileKind.JPEG);
        assertThat(kindOf("notes.docx", SampleFiles.docx())).isEqualTo(FileKind.DOCX);
        assertThat(kindOf("survey.xlsx", SampleFiles.xlsx())).isEqualTo(FileKind.XLSX);
        assertThat(kindOf("slides.pptx", SampleFiles.pptx())).isEqualTo(FileKind.PPTX);
        assertThat(kindOf("notes.odt", SampleFiles.odt())).isEqualTo(FileKind.ODT);
        assertThat(kindOf("figures.csv", SampleFiles.text("ward,count\nEastfield,12\n"))).isEqualTo(FileKind.TEXT);
    }

    @Test
    void aFileIsRefusedWhenItsContentIsNotAnAllowedKindWhateverItsName() throws Exception {
        assertRefused("minutes.pdf", SampleFiles.exe(), "is not a kind of file Tandem accepts");
        assertRefused("notes.docx", SampleFiles.zip(), "is not a kind of file Tandem accepts");
        assertRefused("page.txt", "hello\u0000world".getBytes(StandardCharsets.UTF_8), "is not a kind of file");
        assertRefused("latin.txt", "S\u00e9ance".getBytes(StandardCharsets.ISO_8859_1), "is not a kind of file");
        assertRefused("photo.pdf", SampleFiles.png(), "is a PNG image but its name ends in .pdf");
        assertRefused("page.html", SampleFiles.text("<script>alert(1)</script>"), "is a plain text but its name");
        assertRefused("noending", SampleFiles.pdf(), "has no ending");
        assertRefused("empty.txt", new byte[0], "is empty");
        assertRefused("big.txt", new byte[1024 * 1024 + 1], "is larger than 1 MB");
        FilePolicy picturesOnly = new FilePolicy(1024, Set.of(FileKind.PNG, FileKind.JPEG));
        UUID organisation = newOrganisation(OrganisationKind.COMMISSIONING_BODY);
        assertThatThrownBy(() -> files.save(organisation, "report.pdf", new ByteArrayInputStream(SampleFiles.pdf()),
                picturesOnly))
                .isInstanceOf(FileRefused.class)
                .hasMessageContaining("(it is a PDF document)")
                .hasMessageContaining("PNG image (.png), JPEG image (.jpg, .jpeg)");
    }

    @Test
    void namesLoseFoldersControlCharactersAndTricks() {
        assertThat(SafeFileName.of("../../etc/passwd")).isEqualTo("passwd");
        assertThat(SafeFileName.of("C:\\Users\\tom\\notes.docx")).isEqualTo("notes.docx");
        assertThat(SafeFileName.of("report\u202Efdp.exe")).isEqualTo("reportfdp.exe");
        assertThat(SafeFileName.of("\"quoted\";<b>.pdf")).isEqualTo("quotedb.pdf");
        assertThat(SafeFileName.of("  ...hidden.txt.  ")).isEqualTo("hidden.txt");
        assertThat(SafeFileName.of("")).isEqualTo("file");
        assertThat(SafeFileName.of("a".repeat(300) + ".pdf")).hasSize(SafeFileName.MAX_LENGTH).endsWith(".pdf");
        assertThat(SafeFileName.contentDisposition("Café notes.pdf"))
                .isEqualTo("attachment; filename=\"Caf_ notes.pdf\"; filename*=UTF-8''Caf%C3%A9%20notes.pdf");
        assertThat(SafeFileName.size(10L * 1024 * 1024)).isEqualTo("10 MB");
        assertThat(SafeFileName.size(2500)).isEqualTo("2 KB");
    }

    private FileKind kindOf(String name, byte[] content) {
        UUID organisation = newOrganisation(OrganisationKind.COMMISSIONING_BODY);
        return files.save(organisation, name, new ByteArrayInputStream(content), ANY).kind();
    }

    private void assertRefused(String name, byte[] content, String message) {
        UUID organisation = newOrganisation(OrganisationKind.COMMISSIONING_BODY);
        assertThatThrownBy(() -> files.save(organisation, name, new ByteArrayInputStream(content), ANY))
                .isInstanceOf(FileRefused.class).hasMessageContaining(message);
        assertThat(jdbc.sql("select count(*) from stored_file where organisation_id = ?").param(organisation)
                .query(Long.class).single()).as("nothing kept of " + name).isZero();
    }
}
