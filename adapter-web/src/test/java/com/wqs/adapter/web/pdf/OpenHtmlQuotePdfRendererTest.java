package com.wqs.adapter.web.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.wqs.adapter.web.support.CapturedLogs;
import com.wqs.domain.catalog.CompanyProfile;
import com.wqs.domain.catalog.Settings;
import com.wqs.domain.customer.Customer;
import com.wqs.domain.customer.CustomerId;
import com.wqs.domain.pricing.LineKind;
import com.wqs.domain.pricing.PricedLine;
import com.wqs.domain.pricing.QuotePricing;
import com.wqs.domain.quote.QuoteRates;
import com.wqs.domain.quote.QuoteRevision;
import com.wqs.domain.shared.Money;
import com.wqs.domain.shared.Rate;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class OpenHtmlQuotePdfRendererTest {
    private static final Instant SENT_AT = Instant.parse("2026-03-02T15:30:00Z");

    private final OpenHtmlQuotePdfRenderer renderer = new OpenHtmlQuotePdfRenderer();

    @Test
    void theDocumentShowsNumberCustomerEveryLineAndTheTotals() throws IOException {
        byte[] pdf = renderer.render("Q-2026-00042", workedExampleRevision(), false, settings(Locale.US, "USD"));

        String text = text(pdf);
        assertThat(text)
                .contains("Q-2026-00042")
                .contains("Ventanas del Norte S.A.", "Tax ID: VDN-990011")
                .contains("Acme Homes Ltd", "12 Harbour Road", "Tax ID: ACME-123")
                .contains("Sliding window, living room", "SLD-2L · GL-CLR6 · WHITE", "1,500 × 1,200 mm",
                        "$2,201.42", "$4,402.83")
                .contains("Silicone cartridges", "3 cartridges", "$106.40", "$319.20")
                .contains("Subtotal", "$4,722.03")
                .contains("Includes a 5 % discount of", "$248.53")
                .contains("Tax (16 %)", "$755.52")
                .contains("Total (USD)", "$5,477.55")
                // two 1.5 × 1.2 m windows: 3.6 m², 10.8 m of perimeter, $5,477.55 / 3.6 = $1,521.54 per m²
                .contains("Windows: 2 · area 3.6 m² · perimeter 10.8 m · $1,521.54 per m²")
                .contains("Mar 2, 2026", "Apr 1, 2026")
                .contains("Measurements checked on site.")
                .contains("Prices valid until the date shown.")
                .doesNotContain("DRAFT");
    }

    /** PDFBox warns on every document that it stands in for the Symbol font (unused here): kept out of the log. */
    @Test
    void renderingLogsNoWarnings() {
        renderer.render("Q-2026-00041", workedExampleRevision(), false, settings(Locale.US, "USD"));
        try (CapturedLogs logs = CapturedLogs.warningsAndErrors()) {
            renderer.render("Q-2026-00042", workedExampleRevision(), false, settings(Locale.US, "USD"));

            assertThat(logs.events()).extracting(event -> event.getLoggerName() + ": " + event.getFormattedMessage())
                    .isEmpty();
        }
    }

    @Test
    void theCompanyLogoIsEmbedded() throws IOException {
        byte[] pdf = renderer.render("Q-2026-00042", workedExampleRevision(), false, settings(Locale.US, "USD"));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            var resources = document.getPage(0).getResources();
            List<Object> images = new java.util.ArrayList<>();
            for (var name : resources.getXObjectNames()) {
                if (resources.getXObject(name) instanceof org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject image) {
                    images.add(image.getWidth() + "x" + image.getHeight());
                }
            }
            assertThat(images).containsExactly("120x40");
        }
    }

    @Test
    void aSentRevisionRendersToTheSameBytesEveryTime() {
        Settings settings = settings(Locale.US, "USD");

        byte[] first = renderer.render("Q-2026-00042", workedExampleRevision(), false, settings);
        byte[] second = new OpenHtmlQuotePdfRenderer().render("Q-2026-00042", workedExampleRevision(), false, settings);

        assertThat(second).isEqualTo(first);
    }

    @Test
    void theDocumentDatesAreThoseOfTheRevision() throws IOException {
        byte[] pdf = renderer.render("Q-2026-00042", workedExampleRevision(), false, settings(Locale.US, "USD"));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getDocumentInformation().getCreationDate().toInstant()).isEqualTo(SENT_AT);
            assertThat(document.getDocumentInformation().getModificationDate().toInstant()).isEqualTo(SENT_AT);
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Quote Q-2026-00042 revision 3");
        }
    }

    @Test
    void itsPagesRenderToImages() throws IOException {
        byte[] pdf = renderer.render("Q-2026-00042", workedExampleRevision(), true, settings(Locale.US, "USD"));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 72);
            // A4 is 595 × 842 points
            assertThat(page.getWidth()).isBetween(594, 596);
            assertThat(page.getHeight()).isBetween(841, 843);
            ImageIO.write(new PDFRenderer(document).renderImageWithDPI(0, 110), "png", screenshot("quote-draft.png"));
        }
    }

    @Test
    void aPreviewIsMarkedDraft() throws IOException {
        byte[] pdf = renderer.render("Q-2026-00042", workedExampleRevision(), true, settings(Locale.US, "USD"));

        assertThat(text(pdf)).contains("DRAFT QUOTE");
    }

    @Test
    void moneyAndDatesFollowTheConfiguredLocaleAndCurrency() throws IOException {
        byte[] pdf = renderer.render("Q-2026-00042", workedExampleRevision(), false,
                settings(Locale.forLanguageTag("es-ES"), "EUR"));

        assertThat(text(pdf)).contains("5477,55 €".replace("5477", "5.477")).contains("2 mar 2026");
    }

    @Test
    void aLongQuoteFlowsOverSeveralPages() throws IOException {
        QuoteRevision base = workedExampleRevision();
        List<PricedLine> many = java.util.stream.IntStream.range(0, 60)
                .mapToObj(i -> materialLine(i, "Spare part " + i))
                .toList();
        QuotePricing pricing = base.pricing();
        QuoteRevision big = new QuoteRevision(1, SENT_AT, base.validUntil(), base.customer(),
                new QuotePricing(many, pricing.rates(), pricing.materials(), pricing.labour(), pricing.base(),
                        pricing.profit(), pricing.indirect(), pricing.discount(), pricing.taxable(), pricing.tax(),
                        pricing.total()),
                "");

        byte[] pdf = renderer.render("Q-2026-00043", big, false, settings(Locale.US, "USD"));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThan(1);
        }
        assertThat(text(pdf)).contains("Spare part 0", "Spare part 59", "Page 2 of");
    }

    /** Regression: one stored control character (here in the notes) made every PDF of the quote a 500. */
    @Test
    void textWithCharactersXmlDoesNotAllowStillRenders() throws IOException {
        QuoteRevision base = workedExampleRevision();
        QuoteRevision odd = new QuoteRevision(1, SENT_AT, base.validUntil(), base.customer(), base.pricing(),
                "bell \u0007 nul \u0000 lone \ud800 end");

        byte[] pdf = renderer.render("Q-2026-00044", odd, false, settings(Locale.US, "USD"));

        assertThat(text(pdf)).contains("bell", "lone", "end");
    }

    @Test
    void eachWindowLineIsDrawnBesideItWithItsDimensionsAndCellLabelsAsText() throws IOException {
        byte[] pdf = renderer.render("Q-2026-00043", laidOutRevision(), false, settings(Locale.US, "USD"));

        String text = text(pdf);
        assertThat(text).contains("Sliding window, living room", "Kitchen window");
        // Beside each drawing its cells as text: overall size, every cell's label, opening and size (the
        // drawing's own text is painted as outlines by the SVG renderer, so this is what text extraction finds).
        assertThat(text.replace("\n", " ")).contains("Window 1500 × 1200 mm: A sliding left 750 × 1200, B sliding right 750 × 1200",
                "Window 2400 × 2000 mm: A top-hung 1165 × 265", "E casement hinged right");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            ImageIO.write(new PDFRenderer(document).renderImageWithDPI(0, 110), "png", screenshot("quote-pdf-drawings.png"));
        }
        assertThat(new OpenHtmlQuotePdfRenderer().render("Q-2026-00043", laidOutRevision(), false,
                settings(Locale.US, "USD"))).isEqualTo(pdf);
    }

    /** The worked example with its window split into two sliding leaves, and a second window with a transom. */
    static QuoteRevision laidOutRevision() {
        QuoteRevision base = workedExampleRevision();
        QuotePricing pricing = base.pricing();
        PricedLine plain = pricing.lines().get(0);
        PricedLine sliding = new PricedLine(0, plain.kind(), plain.code(), plain.description(), plain.glassCode(),
                plain.colour(), plain.widthMm(), plain.heightMm(), plain.quantity(), plain.unit(), plain.profiles(),
                plain.glass(), plain.hardware(), plain.consumables(), plain.labour(), plain.cost(), plain.price(),
                plain.unitPrice(), plain.materials(), com.wqs.domain.layout.LayoutNotation.parse("V[SL,SR]", "layout"),
                0, List.of());
        PricedLine kitchen = new PricedLine(1, LineKind.WINDOW, "CAS-1", "Kitchen window", "GL-CLR6", null, 2400, 2000,
                BigDecimal.ONE, null, plain.profiles(), plain.glass(), plain.hardware(), plain.consumables(),
                plain.labour(), plain.cost(), plain.price(), plain.unitPrice(), List.of(),
                com.wqs.domain.layout.LayoutNotation.parse("H(1700)[V[TTL,FIX,CR],V[AW,HO]]", "layout"), 70, List.of());
        PricedLine silicone = pricing.lines().get(1);
        QuotePricing laidOut = new QuotePricing(List.of(sliding, kitchen, silicone), pricing.rates(), pricing.materials(),
                pricing.labour(), pricing.base(), pricing.profit(), pricing.indirect(), pricing.discount(),
                pricing.taxable(), pricing.tax(), pricing.total());
        return new QuoteRevision(base.revision(), base.sentAt(), base.validUntil(), base.customer(), laidOut,
                base.notes(), base.settings());
    }

    private static java.io.File screenshot(String name) throws IOException {
        java.nio.file.Path dir = java.nio.file.Path.of("target", "screenshots");
        java.nio.file.Files.createDirectories(dir);
        return dir.resolve(name).toFile();
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replace('\u00a0', ' ').replace('\u202f', ' ');
        }
    }

    static Settings settings(Locale locale, String currency) {
        CompanyProfile company = new CompanyProfile("Ventanas del Norte S.A.", "Av. Industrial 45, Monterrey",
                "+52 81 5555 0000", "ventas@vdn.example", "VDN-990011", logo(), "image/png");
        Settings defaults = Settings.defaults();
        return new Settings(company, defaults.profitMargin(), defaults.indirectRate(), defaults.taxRate(),
                defaults.glassWaste(), defaults.validityDays(), currency, ZoneId.of("America/Monterrey"), locale,
                defaults.terms(), null, 1);
    }

    @Test
    void optionalLinesAndAlternativesShowHowTheyCountAndTheTotalIsThatOfTheChosenLines() throws IOException {
        List<com.wqs.domain.quote.QuoteLine> lines = List.of(
                new com.wqs.domain.quote.WindowLine("SLD-2L", "GL-CLR6", "WHITE", 1500, 1200, 2, "Clear", null,
                        com.wqs.domain.quote.LineOption.alternative("Glass", true)),
                new com.wqs.domain.quote.WindowLine("SLD-2L", "GL-LOWE6", "WHITE", 1500, 1200, 2, "Low-E", null,
                        com.wqs.domain.quote.LineOption.alternative("Glass", false)),
                new com.wqs.domain.quote.MaterialLine("CN-SIL", BigDecimal.valueOf(3), "Silicone",
                        com.wqs.domain.quote.LineOption.optional(false)));
        QuotePricing pricing = new com.wqs.domain.pricing.PricingEngine().price(lines,
                com.wqs.testing.CatalogFixtures.workedExampleRates(), com.wqs.testing.CatalogFixtures.catalog());
        QuoteRevision revision = workedExampleRevision();
        QuoteRevision withOptions = new QuoteRevision(revision.revision(), revision.sentAt(), revision.validUntil(),
                revision.customer(), pricing, "");

        String text = text(renderer.render("Q-2026-00045", withOptions, false, settings(Locale.US, "USD")))
                .replaceAll("\\s+", " ");

        assertThat(text).contains("Alternative A of Glass (A / B), chosen: A — Clear")
                .contains("Alternative B of Glass (A / B), chosen: A — Clear — not included")
                .contains("Optional — not included")
                .contains("(" + "$" + "319.20)")
                .contains("Total of the chosen lines")
                .contains("Total (USD) $" + String.format(Locale.US, "%,.2f", pricing.total().amount()))
                .contains("Subtotal $" + String.format(Locale.US, "%,.2f", pricing.taxable().amount()));
    }

    /** The worked example of PRODUCT.md, priced by hand. */
    static QuoteRevision workedExampleRevision() {
        Customer customer = new Customer(new CustomerId(UUID.fromString("6f1c2a7e-0000-4000-8000-000000000001")),
                "Acme Homes Ltd", "buyer@acme.example", "+1 555 0100", "12 Harbour Road", "ACME-123", "", 1);
        PricedLine window = new PricedLine(0, LineKind.WINDOW, "SLD-2L", "Sliding window, living room", "GL-CLR6",
                "WHITE", 1500, 1200, BigDecimal.valueOf(2), null, Money.of("2376.00"), Money.of("453.60"),
                Money.of("120.00"), Money.of("80.00"), Money.of("280.80"), Money.of("3310.40"), Money.of("4402.83"),
                Money.of("2201.42"), List.of());
        PricedLine silicone = new PricedLine(1, LineKind.MATERIAL, "CN-SIL", "Silicone cartridges", null, null, null,
                null, BigDecimal.valueOf(3), "CARTRIDGE", Money.ZERO, Money.ZERO, Money.ZERO, Money.of("240.00"),
                Money.ZERO, Money.of("240.00"), Money.of("319.20"), Money.of("106.40"), List.of());
        QuoteRates rates = new QuoteRates(Rate.of("0.25"), Rate.of("0.15"), Rate.of("0.05"), Rate.of("0.16"),
                Rate.of("0.05"), null);
        QuotePricing pricing = new QuotePricing(List.of(window, silicone), rates, Money.of("3269.60"),
                Money.of("280.80"), Money.of("3550.40"), Money.of("887.60"), Money.of("532.56"), Money.of("248.53"),
                Money.of("4722.03"), Money.of("755.52"), Money.of("5477.55"));
        return new QuoteRevision(3, SENT_AT, LocalDate.of(2026, 4, 1), customer, pricing,
                "Measurements checked on site.");
    }

    private static PricedLine materialLine(int index, String description) {
        return new PricedLine(index, LineKind.MATERIAL, "HW-" + index, description, null, null, null, null,
                BigDecimal.ONE, "PIECE", Money.ZERO, Money.ZERO, Money.of("10.00"), Money.ZERO, Money.ZERO,
                Money.of("10.00"), Money.of("13.30"), Money.of("13.30"), List.of());
    }

    private static byte[] logo() {
        BufferedImage image = new BufferedImage(120, 40, BufferedImage.TYPE_INT_RGB);
        var graphics = image.createGraphics();
        graphics.setColor(new Color(31, 95, 139));
        graphics.fillRect(0, 0, 120, 40);
        graphics.dispose();
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
