package com.wqs.adapter.web.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wqs.adapter.web.support.TestImages;
import com.wqs.domain.catalog.CompanyProfile;
import com.wqs.domain.shared.ValidationException;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Issue 13 item 5: the logo's type comes from its bytes, its size from its header (before any pixel is
 * decoded), and what is stored is a copy at most 1,024 px on a side.
 */
class LogoImagesTest {

    @Test
    void bytesThatAreNotAPngOrJpegAreRefusedWhateverTheyClaimToBe() {
        assertRefused(TestImages.gif(), "must be a PNG or JPEG image; this file is a GIF");
        assertRefused("<!DOCTYPE html><html><script>alert(1)</script>".getBytes(StandardCharsets.UTF_8), "HTML");
        assertRefused("just some text".getBytes(StandardCharsets.UTF_8), "not an image");
        assertRefused(("<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script>"
                + "</svg>").getBytes(StandardCharsets.UTF_8), "SVG, which is not accepted");
        assertRefused(new byte[0], "not an image");
    }

    @Test
    void aTruncatedPngIsRefusedAsUnreadable() {
        byte[] png = TestImages.png(300, 200, true);
        assertRefused(Arrays.copyOf(png, 60), "could not be read as a PNG image");
    }

    @Test
    void aJpegIsStoredAsAJpegAndASmallOneByteForByte() {
        byte[] jpeg = TestImages.jpeg(400, 300);
        LogoImages.Logo stored = LogoImages.toStore(jpeg);
        assertThat(stored.contentType()).isEqualTo("image/jpeg");
        assertThat(stored.bytes()).isEqualTo(jpeg);
    }

    @Test
    void aLargeJpegIsStoredAsADownscaledJpeg() {
        LogoImages.Logo stored = LogoImages.toStore(TestImages.jpeg(2400, 1200));
        assertThat(stored.contentType()).isEqualTo("image/jpeg");
        BufferedImage image = TestImages.decode(stored.bytes());
        assertThat(image.getWidth()).isEqualTo(1024);
        assertThat(image.getHeight()).isEqualTo(512);
    }

    @Test
    void aHugeImageIsRefusedFromItsHeaderWithoutDecodingIt() {
        byte[] bomb = TestImages.pngClaiming(40_000, 40_000);
        assertThat(bomb.length).isLessThan(100);
        long before = allocatedBytes();
        assertRefused(bomb, "must be at most 16 megapixels (4096 × 4096); this one is 40000 × 40000");
        // decoding would need 40,000 × 40,000 × 4 bytes = 6.4 GB; reading the header needs next to nothing
        assertThat(allocatedBytes() - before).isLessThan(64L * 1024 * 1024);
    }

    @Test
    void aVeryLongSideIsRefusedEvenUnderTheMegapixels() {
        assertRefused(TestImages.pngClaiming(100_000, 10), "must be at most 16384 px on its longest side");
    }

    @Test
    void aLargePngIsStoredDownscaledToAtMost1024PxKeepingItsTransparency() {
        LogoImages.Logo stored = LogoImages.toStore(TestImages.png(3000, 2000, true));
        assertThat(stored.contentType()).isEqualTo("image/png");
        BufferedImage image = TestImages.decode(stored.bytes());
        assertThat(image.getWidth()).isEqualTo(1024);
        assertThat(image.getHeight()).isEqualTo(683);
        assertThat(image.getColorModel().hasAlpha()).isTrue();
        assertThat(image.getRGB(10, 300) >>> 24).as("alpha of the transparent half").isZero();
        assertThat(image.getRGB(1000, 300) >>> 24).as("alpha of the opaque half").isEqualTo(255);
    }

    @Test
    void theLargestAllowedImageIsDecodedInLittleMemory() {
        byte[] largest = TestImages.png(4096, 4096, true);
        assertThat(largest.length).isLessThan(CompanyProfile.MAX_LOGO_BYTES);
        long before = allocatedBytes();
        LogoImages.Logo stored = LogoImages.toStore(largest);
        long allocated = allocatedBytes() - before;
        BufferedImage image = TestImages.decode(stored.bytes());
        assertThat(image.getWidth()).isEqualTo(1024);
        assertThat(image.getHeight()).isEqualTo(1024);
        // the full image would be 4096 × 4096 × 4 bytes = 64 MiB; subsampled to 2048 px it is 16 MiB
        assertThat(allocated).isLessThan(160L * 1024 * 1024);
    }

    @Test
    void storingTheStoredCopyAgainChangesNothing() {
        LogoImages.Logo stored = LogoImages.toStore(TestImages.png(1500, 900, true));
        LogoImages.Logo again = LogoImages.toStore(stored.bytes());
        assertThat(again.bytes()).isEqualTo(stored.bytes());
        assertThat(again.contentType()).isEqualTo("image/png");
    }

    @Test
    void aDocumentPrintsAFitLogoAsStored() {
        LogoImages.Logo stored = LogoImages.toStore(TestImages.png(600, 300, false));
        CompanyProfile company = company(stored.bytes(), stored.contentType());
        assertThat(LogoImages.forDocument(company)).hasValueSatisfying(logo -> {
            assertThat(logo.bytes()).isEqualTo(stored.bytes());
            assertThat(logo.contentType()).isEqualTo("image/png");
        });
    }

    @Test
    void aDocumentPrintsALogoStoredBeforeTheLimitsAsAFitCopyOrNotAtAll() {
        // stored before the limits: a large PNG, a JPEG declared as PNG, a GIF declared as PNG, a bomb
        assertThat(LogoImages.forDocument(company(TestImages.png(3000, 2000, false), "image/png")))
                .hasValueSatisfying(logo -> assertThat(TestImages.decode(logo.bytes()).getWidth()).isEqualTo(1024));
        assertThat(LogoImages.forDocument(company(TestImages.jpeg(200, 100), "image/png")))
                .hasValueSatisfying(logo -> assertThat(logo.contentType()).isEqualTo("image/jpeg"));
        assertThat(LogoImages.forDocument(company(TestImages.gif(), "image/png"))).isEmpty();
        assertThat(LogoImages.forDocument(company(TestImages.pngClaiming(40_000, 40_000), "image/png"))).isEmpty();
        assertThat(LogoImages.forDocument(company(null, null))).isEmpty();
    }

    private static CompanyProfile company(byte[] logo, String type) {
        return new CompanyProfile("Ventanas", "", "", "", "", logo, type);
    }

    private static void assertRefused(byte[] upload, String message) {
        assertThatThrownBy(() -> LogoImages.toStore(upload))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.errors()).hasSize(1);
                    assertThat(e.errors().get(0).field()).isEqualTo("logo");
                    assertThat(e.errors().get(0).message()).contains(message);
                });
    }

    /** Bytes this thread has allocated so far (HotSpot's per-thread counter). */
    private static long allocatedBytes() {
        return ((com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean())
                .getThreadAllocatedBytes(Thread.currentThread().getId());
    }
}
