package org.ismsassessor.report;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.ismsassessor.assessment.AssessmentResult;
import org.ismsassessor.catalogue.Catalogue;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;

/** The HTML report as a PDF, for sending to a client: same content, print layout, no script. */
public final class PdfReport {
    static {
        // The renderer logs its progress through java.util.logging; a command-line tool stays quiet.
        com.openhtmltopdf.util.XRLog.setLoggingEnabled(false);
    }

    private PdfReport() {
    }

    public static byte[] write(AssessmentResult result, Catalogue catalogue) {
        String html = HtmlReport.writeForPrint(result, catalogue);
        org.w3c.dom.Document document = new W3CDom().fromJsoup(Jsoup.parse(html));
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withW3cDocument(document, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
