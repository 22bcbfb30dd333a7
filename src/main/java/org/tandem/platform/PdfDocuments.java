package org.tandem.platform;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Turns a report's XHTML (from a Thymeleaf template) into a tagged, accessible PDF (PDF/UA and PDF/A-3a) with
 * Liberation Sans embedded, metrically the Arial the pages use, so every report reads the same and works with a
 * screen reader.
 */
public final class PdfDocuments {

    /** PDFBox's own copy of Liberation Sans, so the PDF embeds a font without Tandem shipping one. */
    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

    private PdfDocuments() {
    }

    public static byte[] fromHtml(String html) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePdfUaAccessibility(true);
            builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_3_A);
            for (int weight : new int[] {400, 700}) {
                builder.useFont(PdfDocuments::font, "Liberation Sans", weight, FontStyle.NORMAL, true);
            }
            builder.withHtmlContent(html, "/");
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static InputStream font() {
        return PDDocument.class.getResourceAsStream(FONT);
    }
}
