package com.wqs.adapter.web.image;

import com.wqs.domain.catalog.CompanyProfile;
import com.wqs.domain.shared.ValidationException;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Locale;
import java.util.Optional;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The company logo as it is stored and printed. An upload's type is read from its bytes (the declared content
 * type is ignored): PNG or JPEG only, SVG refused (it can carry scripts and links, and sanitising it is not
 * worth it for a logo). Its dimensions are read from the header before any pixel is decoded, and an image
 * over {@value #MAX_PIXELS} pixels (16 MP, 4096 × 4096) or over {@value #MAX_SIDE} px on a side is refused.
 * What is stored is a re-encoded copy whose longest side is at most {@value #STORED_SIDE} px: PNG (alpha kept)
 * for a PNG, JPEG for a JPEG (a JPEG already small enough is kept byte for byte, so saving the settings again
 * never degrades it). Decoding is bounded too: a large image is read with source subsampling, so at most
 * about 2,048 × 2,048 pixels are ever held in memory for one logo.
 */
public final class LogoImages {
    /** 16 MP: a 4096 × 4096 image, far more than a printed logo needs. */
    public static final long MAX_PIXELS = 4096L * 4096L;
    /** A longer side than this is refused whatever the pixel count (one decoded row stays small). */
    public static final int MAX_SIDE = 16_384;
    /** The longest side of the stored copy. */
    public static final int STORED_SIDE = 1024;
    private static final Logger LOG = LoggerFactory.getLogger(LogoImages.class);
    private static final String FIELD = "logo";
    private static final int DECODE_SIDE = 2 * STORED_SIDE;
    private static final float JPEG_QUALITY = 0.9f;

    private LogoImages() {
    }

    /** The stored form of a logo: its bytes and the content type read from them. */
    public record Logo(byte[] bytes, String contentType) {
    }

    /**
     * The copy of an uploaded logo to store.
     *
     * @throws ValidationException on field {@code logo} when the bytes are not a PNG or JPEG, are over the
     *     limits, or cannot be decoded
     */
    public static Logo toStore(byte[] upload) {
        if (upload.length > CompanyProfile.MAX_LOGO_BYTES) {
            throw new ValidationException(FIELD, "must be at most 512 KiB");
        }
        Format format = Format.of(upload);
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(upload))) {
            ImageReader reader = format.reader();
            try {
                reader.setInput(in, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                checkDimensions(width, height);
                int longest = Math.max(width, height);
                ImageReadParam param = reader.getDefaultReadParam();
                int step = (longest + DECODE_SIDE - 1) / DECODE_SIDE;
                param.setSourceSubsampling(step, step, 0, 0);
                BufferedImage decoded = reader.read(0, param);
                if (format == Format.JPEG && longest <= STORED_SIDE) {
                    return new Logo(upload.clone(), format.contentType);
                }
                return encode(decoded, width, height, format);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException unreadable) {
            if (unreadable instanceof ValidationException invalid) {
                throw invalid;
            }
            throw new ValidationException(FIELD, "could not be read as a " + format.name() + " image ("
                    + describe(unreadable) + ")");
        }
    }

    /**
     * The logo to print on a document: the stored one when it is within the limits (as every logo stored since
     * they exist is), else a copy made fit on the fly; empty (the document goes without it, with a warning in the
     * log) when a logo stored before the limits is unreadable or too large to decode safely.
     */
    public static Optional<Logo> forDocument(CompanyProfile company) {
        if (!company.hasLogo()) {
            return Optional.empty();
        }
        byte[] stored = company.logo();
        try {
            if (isFit(stored, company.logoContentType())) {
                return Optional.of(new Logo(stored, company.logoContentType()));
            }
            Logo fitted = toStore(stored);
            LOG.warn("The company logo was stored before logos were checked ({} bytes declared {}); documents print"
                    + " a checked copy ({}, at most {} px on a side): upload it again on the settings page to store it",
                    stored.length, company.logoContentType(), fitted.contentType(), STORED_SIDE);
            return Optional.of(fitted);
        } catch (ValidationException unusable) {
            LOG.warn("The stored company logo is left off the document: it {}. Upload a PNG or JPEG on the settings"
                    + " page.", unusable.errors().get(0).message());
            return Optional.empty();
        }
    }

    /** True when the bytes are of the declared type and the header gives at most {@link #STORED_SIDE} px a side. */
    private static boolean isFit(byte[] bytes, String declared) {
        Format format = Format.of(bytes);
        if (!format.contentType.equals(declared)) {
            return false;
        }
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            ImageReader reader = format.reader();
            try {
                reader.setInput(in, true, true);
                return reader.getWidth(0) <= STORED_SIDE && reader.getHeight(0) <= STORED_SIDE;
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException unreadable) {
            return false;
        }
    }

    private static void checkDimensions(int width, int height) {
        if (width <= 0 || height <= 0) {
            throw new ValidationException(FIELD, "has no pixels (its header gives " + width + " × " + height + ")");
        }
        if ((long) width * height > MAX_PIXELS) {
            throw new ValidationException(FIELD, "must be at most 16 megapixels (4096 × 4096); this one is "
                    + width + " × " + height);
        }
        if (Math.max(width, height) > MAX_SIDE) {
            throw new ValidationException(FIELD, "must be at most " + MAX_SIDE + " px on its longest side; this one is "
                    + width + " × " + height);
        }
    }

    /** The image scaled so its longest side is at most {@link #STORED_SIDE} (from the original size), re-encoded. */
    private static Logo encode(BufferedImage decoded, int width, int height, Format format) throws IOException {
        boolean alpha = format == Format.PNG && decoded.getColorModel().hasAlpha();
        int longest = Math.max(width, height);
        double scale = Math.min(1.0, (double) STORED_SIDE / longest);
        while (true) {
            int w = Math.max(1, (int) Math.round(width * scale));
            int h = Math.max(1, (int) Math.round(height * scale));
            byte[] bytes = format.write(scaled(decoded, w, h, alpha));
            // a noisy picture can encode larger than it came; shrink it until it fits the stored size limit
            if (bytes.length <= CompanyProfile.MAX_LOGO_BYTES || Math.max(w, h) <= 64) {
                return new Logo(bytes, format.contentType);
            }
            scale *= 0.75;
        }
    }

    private static BufferedImage scaled(BufferedImage source, int width, int height, boolean alpha) {
        BufferedImage target = new BufferedImage(width, height,
                alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = target.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            if (!alpha) {
                // a transparent pixel of an opaque output (a JPEG has none, so only a PNG's) becomes white, not black
                g.setColor(Color.WHITE);
                g.fillRect(0, 0, width, height);
            }
            g.drawImage(source, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return target;
    }

    private static String describe(Exception e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }

    /** The accepted formats, told by their first bytes. */
    private enum Format {
        PNG("image/png", "png"),
        JPEG("image/jpeg", "jpeg");

        private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

        private final String contentType;
        private final String imageIoName;

        Format(String contentType, String imageIoName) {
            this.contentType = contentType;
            this.imageIoName = imageIoName;
        }

        static Format of(byte[] bytes) {
            if (startsWith(bytes, PNG_SIGNATURE)) {
                return PNG;
            }
            if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8 && (bytes[2] & 0xFF) == 0xFF) {
                return JPEG;
            }
            throw new ValidationException(FIELD, "must be a PNG or JPEG image; this file is " + whatElse(bytes));
        }

        ImageReader reader() {
            Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(imageIoName);
            if (!readers.hasNext()) {
                throw new IllegalStateException("the Java runtime has no " + imageIoName + " image reader");
            }
            return readers.next();
        }

        byte[] write(BufferedImage image) throws IOException {
            Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName(imageIoName);
            if (!writers.hasNext()) {
                throw new IllegalStateException("the Java runtime has no " + imageIoName + " image writer");
            }
            ImageWriter writer = writers.next();
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
                writer.setOutput(out);
                ImageWriteParam param = writer.getDefaultWriteParam();
                if (this == JPEG) {
                    param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                    param.setCompressionQuality(JPEG_QUALITY);
                }
                writer.write(null, new IIOImage(image, null, null), param);
            } finally {
                writer.dispose();
            }
            return bytes.toByteArray();
        }

        private static String whatElse(byte[] bytes) {
            if (startsWith(bytes, "GIF8".getBytes(StandardCharsets.US_ASCII))) {
                return "a GIF";
            }
            if (bytes.length >= 12 && startsWith(bytes, "RIFF".getBytes(StandardCharsets.US_ASCII))
                    && new String(bytes, 8, 4, StandardCharsets.US_ASCII).equals("WEBP")) {
                return "a WebP";
            }
            if (startsWith(bytes, "BM".getBytes(StandardCharsets.US_ASCII))) {
                return "a BMP";
            }
            String head = new String(bytes, 0, Math.min(bytes.length, 1024), StandardCharsets.ISO_8859_1)
                    .toLowerCase(Locale.ROOT);
            if (head.contains("<svg")) {
                return "an SVG, which is not accepted (it can carry scripts and links): export the logo as PNG";
            }
            if (head.contains("<html") || head.contains("<!doctype") || head.contains("<script")) {
                return "HTML, not an image";
            }
            return "not an image of a known kind";
        }

        private static boolean startsWith(byte[] bytes, byte[] prefix) {
            if (bytes.length < prefix.length) {
                return false;
            }
            for (int i = 0; i < prefix.length; i++) {
                if (bytes[i] != prefix[i]) {
                    return false;
                }
            }
            return true;
        }
    }
}
