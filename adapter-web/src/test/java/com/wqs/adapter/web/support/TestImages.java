package com.wqs.adapter.web.support;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import javax.imageio.ImageIO;

/**
 * Images for the logo tests, made cheaply: a huge PNG is written row by row (one row in memory, blocks of
 * colour that deflate to almost nothing), and a "bomb" is a 1 × 1 PNG whose header claims other dimensions.
 */
public final class TestImages {
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    private TestImages() {
    }

    /**
     * A valid PNG of {@code width × height} (RGBA when {@code alpha}, with a transparent left half; else RGB)
     * in 64-px blocks of colour, streamed row by row so the test never holds the pixels.
     */
    public static byte[] png(int width, int height, boolean alpha) {
        int channels = alpha ? 4 : 3;
        ByteArrayOutputStream idat = new ByteArrayOutputStream();
        byte[] row = new byte[1 + width * channels];
        try (DeflaterOutputStream deflate = new DeflaterOutputStream(idat, new Deflater(9), 64 * 1024)) {
            for (int y = 0; y < height; y++) {
                if (y % 64 == 0) {
                    for (int x = 0; x < width; x++) {
                        int at = 1 + x * channels;
                        int block = (x / 64 + y / 64) % 4;
                        row[at] = (byte) (block * 60);
                        row[at + 1] = (byte) (200 - block * 40);
                        row[at + 2] = (byte) 90;
                        if (alpha) {
                            row[at + 3] = (byte) (x < width / 2 ? 0 : 255);
                        }
                    }
                }
                deflate.write(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return png(ihdr(width, height, alpha ? 6 : 2), idat.toByteArray());
    }

    /** A real 1 × 1 PNG whose IHDR (CRC fixed up) claims {@code width × height}: a decompression bomb's header. */
    public static byte[] pngClaiming(int width, int height) {
        byte[] png = encode(new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB), "png");
        ByteBuffer buffer = ByteBuffer.wrap(png);
        // signature (8), IHDR length (4), "IHDR" (4), then width and height, then 5 bytes, then the CRC
        buffer.putInt(16, width).putInt(20, height);
        CRC32 crc = new CRC32();
        crc.update(png, 12, 4 + 13);
        buffer.putInt(29, (int) crc.getValue());
        return png;
    }

    /** A JPEG of {@code width × height} painted in two colours. */
    public static byte[] jpeg(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.ORANGE);
        g.fillRect(0, 0, width, height);
        g.setColor(Color.BLUE);
        g.fillRect(0, 0, width / 2, height / 2);
        g.dispose();
        return encode(image, "jpeg");
    }

    /** A small GIF. */
    public static byte[] gif() {
        return encode(new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB), "gif");
    }

    public static BufferedImage decode(byte[] bytes) {
        try {
            return ImageIO.read(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] encode(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("no " + format + " writer");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] ihdr(int width, int height, int colourType) {
        return ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).put((byte) colourType)
                .put((byte) 0).put((byte) 0).put((byte) 0).array();
    }

    private static byte[] png(byte[] ihdr, byte[] idat) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DataOutputStream data = new DataOutputStream(out)) {
            data.write(PNG_SIGNATURE);
            chunk(data, "IHDR", ihdr);
            chunk(data, "IDAT", idat);
            chunk(data, "IEND", new byte[0]);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void chunk(DataOutputStream out, String type, byte[] data) throws IOException {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        out.writeInt(data.length);
        out.write(name);
        out.write(data);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        out.writeInt((int) crc.getValue());
    }
}
