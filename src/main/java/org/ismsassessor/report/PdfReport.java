package org.ismsassessor.report;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.ismsassessor.assessment.AssessmentResult;
import org.ismsassessor.catalogue.Catalogue;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.TextNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTML report as a PDF, for sending to a client: same content in a print layout (cover, contents with
 * bookmarks, "page X of Y", the Statement of Applicability on landscape pages), no script, with DejaVu Sans
 * embedded so every Latin, Greek and Cyrillic letter prints (see {@link PdfFonts} for other scripts).
 */
public final class PdfReport {
    private static final Logger LOG = LoggerFactory.getLogger(PdfReport.class);
    private static final String STANDARD_FONT_LOGGER = "org.apache.pdfbox.pdmodel.font.PDType1Font";

    static {
        // The renderer logs its progress through java.util.logging; a command-line tool stays quiet.
        com.openhtmltopdf.util.XRLog.setLoggingEnabled(false);
    }

    private PdfReport() {
    }

    public static byte[] write(AssessmentResult result, Catalogue catalogue) {
        quietStandardFontLookups();
        Document html = Jsoup.parse(HtmlReport.writeForPrint(result, catalogue));
        // The renderer reads PDF bookmarks from <head>; an HTML parser moves the unknown element into <body>.
        html.select("bookmarks").forEach(bookmarks -> html.head().appendChild(bookmarks));
        PdfFonts.Plan fonts = PdfFonts.plan(html.text());
        if (!fonts.missing().isEmpty()) {
            LOG.warn("The PDF cannot show {} (no font on this system has them): they print as {}. Install a font"
                    + " covering them (e.g. Noto Sans CJK as a .ttf) to print them.",
                    PdfFonts.describe(fonts.missing()), PdfFonts.REPLACEMENT);
            html.traverse((node, depth) -> {
                if (node instanceof TextNode text) {
                    text.text(PdfFonts.replaceMissing(text.getWholeText(), fonts.missing()));
                }
            });
        }
        org.w3c.dom.Document document = new W3CDom().fromJsoup(html);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            // Tagged for screen readers (PDF/UA); in this mode the renderer also leaves out the PDF standard fonts,
            // which PDFBox would otherwise look up on the system with a warning each: every glyph is DejaVu's.
            builder.usePdfUaAccessibility(true);
            PdfFonts.register(builder, fonts);
            builder.withW3cDocument(document, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The renderer puts Helvetica and ZapfDingbats into every PDF's (unused) form resources; PDFBox looks them up on
     * the system and warns for each it lacks ("Using fallback font ..."). No text is drawn with them (every glyph is
     * an embedded DejaVu one, see PdfFonts), so that warning says nothing about the report. Set at each PDF, since
     * a logging configuration applied later (the service's) resets the levels; a level configured for that logger
     * is left alone.
     */
    private static void quietStandardFontLookups() {
        if (LoggerFactory.getLogger(STANDARD_FONT_LOGGER) instanceof ch.qos.logback.classic.Logger logger
                && logger.getLevel() == null) {
            logger.setLevel(ch.qos.logback.classic.Level.ERROR);
        }
    }
}
