package com.wqs.adapter.web.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer.SvgExternalResourceMode;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer.SvgScriptMode;
import com.openhtmltopdf.util.XRLog;
import com.wqs.adapter.web.i18n.Messages;
import com.wqs.adapter.web.input.TextRules;
import com.wqs.application.port.out.QuotePdfRenderer;
import com.wqs.domain.catalog.Settings;
import com.wqs.domain.quote.QuoteRevision;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Calendar;
import java.util.EnumSet;
import java.util.GregorianCalendar;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

/**
 * The quote PDF, rendered from the {@code pdf/quote.jte} HTML template with openhtmltopdf and an
 * embedded font, in the customer's language ({@link DocumentTexts#languageOf}: the one set on the revision's
 * frozen customer, else the installation's). Deterministic: the document dates are the revision's {@code sentAt} and the file
 * identifier is derived from the quote number and revision, so the same revision always gives the
 * same bytes (PDFBox would otherwise stamp the current time into the identifier).
 */
public final class OpenHtmlQuotePdfRenderer implements QuotePdfRenderer {
    static final String FONT_FAMILY = "DejaVu Sans Condensed";
    private static final String PRODUCER = "Window Quotation System";

    static {
        // openhtmltopdf's logger is a process-wide setting of the library.
        XRLog.setLoggerImpl(new Slf4jXRLogger());
    }

    private final TemplateEngine templates;
    private final RenderSlots slots;

    /** One renderer per process (the modules bind it as a singleton): its render slots are the process's. */
    @Inject
    public OpenHtmlQuotePdfRenderer() {
        this(RenderSlots.forThisJvm());
    }

    OpenHtmlQuotePdfRenderer(RenderSlots slots) {
        this.templates = TemplateEngine.createPrecompiled(ContentType.Html);
        this.slots = slots;
    }

    /**
     * Renders in one of the {@link RenderSlots}; when they and their queue are full, throws
     * {@link com.wqs.domain.shared.UnavailableException} instead.
     */
    @Override
    public byte[] render(String quoteNumber, QuoteRevision revision, boolean draft, Settings settings) {
        return slots.run(() -> renderNow(quoteNumber, revision, draft, settings));
    }

    private byte[] renderNow(String quoteNumber, QuoteRevision revision, boolean draft, Settings settings) {
        QuoteDocument document = QuoteDocument.of(quoteNumber, revision, draft, settings);
        String html = html(document);
        PdfRendererBuilder builder = new PdfRendererBuilder()
                .useFastMode()
                .withHtmlContent(html, null)
                .withProducer(PRODUCER)
                // Everything the document needs is inline (the logo is a data URI): fetch nothing.
                .useExternalResourceAccessControl((uri, type) -> uri != null && uri.startsWith("data:"),
                        ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
                .useExternalResourceAccessControl((uri, type) -> uri != null && uri.startsWith("data:"),
                        ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI)
                // The window drawings are inline SVG: no scripts, nothing fetched, text in the document's font.
                .useSVGDrawer(new BatikSVGDrawer(SvgScriptMode.SECURE, SvgExternalResourceMode.SECURE))
                .useFont(() -> font("DejaVuSansCondensed.ttf"), FONT_FAMILY, 400, FontStyle.NORMAL, true,
                        EnumSet.of(FSFontUseCase.DOCUMENT, FSFontUseCase.SVG))
                .useFont(() -> font("DejaVuSansCondensed-Bold.ttf"), FONT_FAMILY, 700, FontStyle.NORMAL, true,
                        EnumSet.of(FSFontUseCase.DOCUMENT, FSFontUseCase.SVG));
        try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
            renderer.createPDFWithoutClosing();
            PDDocument pdf = renderer.getPdfDocument();
            describe(pdf, quoteNumber, revision, settings, document.t());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            pdf.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("rendering the PDF of quote " + quoteNumber, e);
        }
    }

    private String html(QuoteDocument document) {
        StringOutput output = new StringOutput();
        templates.render("pdf/quote.jte", Map.of("doc", document), output);
        // Text stored before input was checked (or by the CLI) may hold characters XML does not allow; the
        // renderer parses the page as XML and would fail on the whole document for one of them.
        return TextRules.printable(output.toString());
    }

    private static void describe(PDDocument pdf, String quoteNumber, QuoteRevision revision, Settings settings,
            Messages t) {
        Calendar sentAt = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.ROOT);
        sentAt.setTimeInMillis(revision.sentAt().toEpochMilli());
        PDDocumentInformation info = pdf.getDocumentInformation();
        info.setTitle(t.text("doc.pdf.meta-title", quoteNumber, revision.revision()));
        info.setAuthor(settings.company().name());
        info.setSubject(t.text("doc.pdf.meta-subject", revision.customer().name()));
        info.setCreator(PRODUCER);
        info.setProducer(PRODUCER);
        info.setCreationDate(sentAt);
        info.setModificationDate(sentAt);
        pdf.getDocumentCatalog().setLanguage(t.tag());
        byte[] id = documentId(quoteNumber, revision);
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        pdf.getDocument().getTrailer().setItem(COSName.ID, ids);
    }

    /** The same 16 bytes for the same quote revision, as PDF file identifiers should be. */
    private static byte[] documentId(String quoteNumber, QuoteRevision revision) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            String key = quoteNumber + "/" + revision.revision() + "/" + revision.sentAt();
            return Arrays.copyOf(sha.digest(key.getBytes(StandardCharsets.UTF_8)), 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static InputStream font(String file) {
        InputStream in = OpenHtmlQuotePdfRenderer.class.getResourceAsStream("/fonts/" + file);
        if (in == null) {
            throw new IllegalStateException("font /fonts/" + file + " is missing from the classpath");
        }
        return in;
    }
}
