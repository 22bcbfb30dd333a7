package org.tandem.insight.evidence;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.tandem.platform.files.SampleFiles;
import org.tandem.support.Demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Files kept with evidence: checked by content and size, downloaded safely, and only by those who may see them. */
class AttachmentsTest extends EvidenceTest {

    @Test
    void aWordDocumentIsKeptAndDownloadedAsAnAttachmentThatBrowsersWillNotSniff() throws Exception {
        String item = newItem(newCommission(demo.council()), Demo.OFFICER);
        mvc.perform(upload(item, "Workshop notes \u202Egpj.docx", SampleFiles.docx()).with(as(Demo.OFFICER)))
                .andExpect(status().is3xxRedirection());
        String page = mvc.perform(get(item).with(as(Demo.PANEL)))
                .andExpect(content().string(containsString("Word document")))
                .andReturn().getResponse().getContentAsString();
        String href = attachmentHref(page);
        mvc.perform(get(href).with(as(Demo.PANEL)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type",
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
                .andExpect(header().string("Content-Disposition",
                        "attachment; filename=\"Workshop notes gpj.docx\"; filename*=UTF-8''Workshop%20notes%20gpj.docx"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(content().bytes(bytesOf(href)));
        assertThat(auditEvents("evidence.attachment-added", idOf(item))).isEqualTo(1);
    }

    @Test
    void aProgramNamedLikeAPdfATooLargeFileAndAMissingFileAreRefusedAndNothingIsKept() throws Exception {
        UUID commission = newCommission(demo.council());
        String item = newItem(commission, Demo.OFFICER);
        long filesBefore = storedFiles();
        mvc.perform(upload(item, "minutes.pdf", SampleFiles.exe()).with(as(Demo.OFFICER)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("<title>Error: ")))
                .andExpect(content().string(containsString("minutes.pdf is not a kind of file Tandem accepts here")));
        mvc.perform(upload(item, "photo.pdf", SampleFiles.png()).with(as(Demo.OFFICER)))
                .andExpect(content().string(containsString("is a PNG image but its name ends in .pdf")));
        mvc.perform(upload(item, "huge.txt", new byte[10 * 1024 * 1024 + 1]).with(as(Demo.OFFICER)))
                .andExpect(content().string(containsString("huge.txt is larger than 10 MB")));
        mvc.perform(upload(item, "", new byte[0]).with(as(Demo.OFFICER)))
                .andExpect(content().string(containsString("Choose a file to upload")));
        assertThat(storedFiles()).isEqualTo(filesBefore);
        assertThat(jdbc.sql("select count(*) from evidence_attachment where item_id = ?").param(idOf(item))
                .query(Long.class).single()).isZero();
    }

    @Test
    void filesAreFoundOnlyThroughTheirOwnItemCommissionAndOrganisation() throws Exception {
        UUID commission = newCommission(demo.council());
        String item = newItem(commission, Demo.OFFICER);
        mvc.perform(upload(item, "flipchart.png", SampleFiles.png()).with(as(Demo.OFFICER)));
        String href = attachmentHref(mvc.perform(get(item).with(as(Demo.OFFICER))).andReturn().getResponse()
                .getContentAsString());
        String attachment = href.substring(href.lastIndexOf('/') + 1);
        String otherItem = newItem(commission, Demo.OFFICER);
        mvc.perform(get(otherItem + "/attachments/" + attachment).with(as(Demo.OFFICER)))
                .andExpect(status().isNotFound());
        mvc.perform(get(href).with(as(Demo.PROVIDER))).andExpect(status().isNotFound());
        UUID riverside = demo.organisation(Demo.RIVERSIDE);
        mvc.perform(get(href.replace(demo.council().toString(), riverside.toString())).with(as(Demo.PROVIDER)))
                .andExpect(status().isNotFound());
        mvc.perform(get(href).with(as(Demo.SCRUTINY))).andExpect(status().isOk());
    }

    @Test
    void onlyThoseWhoMayChangeTheItemAddOrRemoveFilesAndRemovingOneDeletesIt() throws Exception {
        UUID commission = newCommission(demo.council());
        String item = newItem(commission, Demo.OFFICER);
        mvc.perform(upload(item, "notes.odt", SampleFiles.odt()).with(as(Demo.CITIZEN)))
                .andExpect(status().isForbidden());
        mvc.perform(upload(item, "notes.odt", SampleFiles.odt()).with(as(Demo.OFFICER)));
        String href = attachmentHref(mvc.perform(get(item).with(as(Demo.OFFICER))).andReturn().getResponse()
                .getContentAsString());
        long filesBefore = storedFiles();
        mvc.perform(post(href + "/delete").with(csrf()).with(as(Demo.FINANCE))).andExpect(status().isForbidden());
        mvc.perform(post(href + "/delete").with(csrf()).with(as(Demo.COMMISSIONER)))
                .andExpect(status().is3xxRedirection());
        assertThat(storedFiles()).isEqualTo(filesBefore - 1);
        mvc.perform(get(href).with(as(Demo.OFFICER))).andExpect(status().isNotFound());
        mvc.perform(upload(item, "slides.pptx", SampleFiles.pptx()).with(as(Demo.OFFICER)));
        mvc.perform(post(item + "/delete").with(csrf()).with(as(Demo.OFFICER))).andExpect(status().is3xxRedirection());
        assertThat(storedFiles()).isEqualTo(filesBefore - 1);
        assertThat(auditEvents("evidence.attachment-removed", idOf(item))).isEqualTo(1);
    }

    private String newItem(UUID commission, String who) throws Exception {
        return mvc.perform(post(commissionPath(commission) + "/evidence/items").with(csrf()).with(as(who))
                        .param("title", "Site visit to the youth centres").param("method", "SITE_VISIT")
                        .param("gatheredDay", "2").param("gatheredMonth", "11").param("gatheredYear", "2026")
                        .param("summary", "The Castle centre was warm and busy; Abbey was closed early.")
                        .param("consent", "NOT_NEEDED").param("gathererNames", "Tom Okafor and Maya Collins"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
    }

    private MockMultipartHttpServletRequestBuilder upload(String item, String name, byte[] content) {
        return (MockMultipartHttpServletRequestBuilder) multipart(item + "/attachments")
                .file(new MockMultipartFile("file", name, "application/pdf", content)).with(csrf());
    }

    private byte[] bytesOf(String href) {
        UUID attachment = UUID.fromString(href.substring(href.lastIndexOf('/') + 1));
        UUID file = jdbc.sql("select file_id from evidence_attachment where id = ?").param(attachment)
                .query(UUID.class).single();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        jdbc.sql("select data from stored_file_chunk where file_id = ? order by position").param(file)
                .query(byte[].class).list().forEach(out::writeBytes);
        return out.toByteArray();
    }

    private long storedFiles() {
        return jdbc.sql("select count(*) from stored_file").query(Long.class).single();
    }

    private static String attachmentHref(String page) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("href=\"([^\"]+/attachments/[0-9a-f-]{36})\"")
                .matcher(page);
        assertThat(m.find()).as("a link to the file").isTrue();
        return m.group(1);
    }

    private static UUID idOf(String location) {
        return UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
    }
}
