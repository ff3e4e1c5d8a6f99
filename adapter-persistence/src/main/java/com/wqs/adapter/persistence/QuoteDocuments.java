package com.wqs.adapter.persistence;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.type.TypeReference;
import com.wqs.domain.catalog.MaterialCategory;
import com.wqs.domain.catalog.MaterialUnit;
import com.wqs.domain.catalog.Settings;
import com.wqs.domain.customer.Customer;
import com.wqs.domain.layout.Layout;
import com.wqs.domain.layout.Opening;
import com.wqs.domain.layout.Pane;
import com.wqs.domain.pricing.LineKind;
import com.wqs.domain.pricing.MaterialUsage;
import com.wqs.domain.pricing.PricedLine;
import com.wqs.domain.pricing.ProfilePiece;
import com.wqs.domain.pricing.QuotePricing;
import com.wqs.domain.quote.LineOption;
import com.wqs.domain.quote.MaterialLine;
import com.wqs.domain.quote.QuoteLine;
import com.wqs.domain.quote.QuoteRates;
import com.wqs.domain.quote.WindowLine;
import com.wqs.domain.shared.Money;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * The stored form of a quote's documents (schema version 11; {@code docs/STORAGE.md}), the one place that
 * encodes and decodes them. A priced line is split in two: what comes from the catalogue and does not
 * depend on the window's size or quantity (codes, material names, categories, units, unit costs, stock
 * lengths, the layout, the panes' labels and openings, the profile pieces' places, counts and angles, a
 * description made from the catalogue) is a <em>shared part</em>, stored once in {@code snapshot_parts}
 * under the hash of its JSON and named by that hash from every quote and revision that used it; the rest
 * (sizes, quantities, amounts in cents, bars, pane sizes, piece lengths, the option) is a compact array,
 * numbers as numbers. The revision's customer and settings and the quote's rates are shared parts too.
 * Documents are deflated JSON, so a document reads back exactly equal to what was written.
 *
 * <p>Shared parts never change: a hash names one content, so a parsed part is cached by hash alone,
 * correct whichever instance wrote it. They are never deleted (quotes are not either): there are as many
 * as distinct catalogue states, customers and settings ever quoted with.
 */
final class QuoteDocuments {
    /** Parsed shared parts of the quotes read most recently (a line's part is a few KB of objects). */
    static final int CACHED_PARTS = 1024;
    private static final TypeReference<List<LineEntry>> LINES = new TypeReference<>() {
    };
    private static final int HASH_CHARS = 16;

    private final StoredJson json;
    /** Parsed parts by hash; a part has one content, so every entry is version 0. */
    private final VersionedCache<Object> parts = new VersionedCache<>(CACHED_PARTS);

    QuoteDocuments(StoredJson json) {
        this.json = json;
    }

    /** The shared parts a write names, by hash: inserted (if absent) before the rows that name them. */
    static final class NewParts {
        private final Map<String, String> bodies = new LinkedHashMap<>();

        Map<String, String> bodies() {
            return bodies;
        }
    }

    /** Where the bodies of shared parts not cached are read from: hash to JSON, for the hashes asked. */
    interface PartSource {
        Map<String, String> bodies(Collection<String> hashes);
    }

    /** A quote's lines and pricing as stored. */
    record Written(byte[] lines, byte[] pricing) {
    }

    /** A stored pricing document, parsed but not yet joined with its shared parts. */
    static final class StoredPricing {
        private final PricingRow row;
        private final String text;

        private StoredPricing(PricingRow row, String text) {
            this.row = row;
            this.text = text;
        }
    }

    /**
     * A quote's documents. The lines are deflated with the pricing's JSON as the preset dictionary: the sizes,
     * quantities and descriptions they repeat cost a back-reference each.
     */
    Written write(List<QuoteLine> lines, QuotePricing pricing, NewParts out) {
        String pricingText = pricingText(pricing, out);
        return new Written(deflate(json.write(lines.stream().map(LineEntry::of).toList(), LINES), pricingText),
                deflate(pricingText, null));
    }

    /** A quote's lines, read with its pricing (their dictionary). */
    List<QuoteLine> readLines(byte[] stored, StoredPricing pricing) {
        return json.read(inflate(stored, pricing.text), LINES).stream().map(LineEntry::toLine).toList();
    }

    /** A revision's pricing (a quote's is written with its lines, {@link #write}). */
    byte[] writePricing(QuotePricing pricing, NewParts out) {
        return deflate(pricingText(pricing, out), null);
    }

    private String pricingText(QuotePricing pricing, NewParts out) {
        List<LineRow> lines = new ArrayList<>(pricing.lines().size());
        for (PricedLine line : pricing.lines()) {
            LineTemplate template = LineTemplate.of(line);
            lines.add(LineRow.of(line, part(template, out), template.description() != null));
        }
        PricingRow row = new PricingRow(part(pricing.rates(), out), new long[] {pricing.materials().minorUnits(),
                pricing.labour().minorUnits(), pricing.base().minorUnits(), pricing.profit().minorUnits(),
                pricing.indirect().minorUnits(), pricing.discount().minorUnits(), pricing.taxable().minorUnits(),
                pricing.tax().minorUnits(), pricing.total().minorUnits()}, lines);
        return json.write(row);
    }

    StoredPricing readPricing(byte[] stored) {
        String text = inflate(stored, null);
        return new StoredPricing(json.read(text, PricingRow.class), text);
    }

    /** The pricing of a stored document, its shared parts from {@code resolved} (see {@link #resolve}). */
    QuotePricing pricing(StoredPricing stored, Map<String, Object> resolved) {
        PricingRow row = stored.row;
        List<PricedLine> lines = new ArrayList<>(row.lines().size());
        for (LineRow line : row.lines()) {
            lines.add(line.toLine((LineTemplate) resolved.get(line.part())));
        }
        long[] a = row.amounts();
        return new QuotePricing(lines, (QuoteRates) resolved.get(row.rates()), Money.ofMinor(a[0]),
                Money.ofMinor(a[1]), Money.ofMinor(a[2]), Money.ofMinor(a[3]), Money.ofMinor(a[4]), Money.ofMinor(a[5]),
                Money.ofMinor(a[6]), Money.ofMinor(a[7]), Money.ofMinor(a[8]));
    }

    /** The hash of a value stored as a shared part (a revision's customer or settings), added to {@code out}. */
    String writePart(Object value, NewParts out) {
        return part(value, out);
    }

    Customer customer(String hash, Map<String, Object> resolved) {
        return (Customer) resolved.get(hash);
    }

    Settings settings(String hash, Map<String, Object> resolved) {
        return hash == null ? null : (Settings) resolved.get(hash);
    }

    /**
     * The parsed shared parts named by {@code hashes} ({@code kinds}: what each is, to parse it), from the
     * cache or else read from {@code source} in one go and cached.
     */
    Map<String, Object> resolve(Map<String, PartKind> kinds, PartSource source) {
        Map<String, Object> resolved = new HashMap<>();
        List<String> missing = new ArrayList<>();
        kinds.forEach((hash, kind) -> parts.get(hash, 0).ifPresentOrElse(value -> resolved.put(hash, value),
                () -> missing.add(hash)));
        if (!missing.isEmpty()) {
            Map<String, String> bodies = source.bodies(missing);
            for (String hash : missing) {
                String body = bodies.get(hash);
                if (body == null) {
                    throw new IllegalStateException("stored quote names shared part " + hash + ", which is missing");
                }
                Object value = json.read(body, kinds.get(hash).type);
                parts.put(hash, 0, value);
                resolved.put(hash, value);
            }
        }
        return resolved;
    }

    /** What a shared part is, to parse its JSON. */
    enum PartKind {
        LINE(LineTemplate.class),
        RATES(QuoteRates.class),
        CUSTOMER(Customer.class),
        SETTINGS(Settings.class);

        private final Class<?> type;

        PartKind(Class<?> type) {
            this.type = type;
        }
    }

    /** The kinds of the parts a pricing names, added to {@code kinds}. */
    static void partsOf(StoredPricing stored, Map<String, PartKind> kinds) {
        kinds.put(stored.row.rates(), PartKind.RATES);
        stored.row.lines().forEach(line -> kinds.put(line.part(), PartKind.LINE));
    }

    private String part(Object value, NewParts out) {
        String body = json.write(value);
        String hash = hash(body);
        out.bodies.putIfAbsent(hash, body);
        return hash;
    }

    /** The first 96 bits of the SHA-256 of the body, base64url. */
    static String hash(String body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, HASH_CHARS);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static byte[] deflate(String text, String dictionary) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
        try {
            if (dictionary != null) {
                deflater.setDictionary(dictionary.getBytes(StandardCharsets.UTF_8));
            }
            deflater.setInput(text.getBytes(StandardCharsets.UTF_8));
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(text.length() / 3 + 16);
            byte[] buffer = new byte[4096];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    private static String inflate(byte[] stored, String dictionary) {
        Inflater inflater = new Inflater(true);
        try {
            if (dictionary != null) {
                // A raw stream names no dictionary: it is set before reading.
                inflater.setDictionary(dictionary.getBytes(StandardCharsets.UTF_8));
            }
            inflater.setInput(stored);
            ByteArrayOutputStream out = new ByteArrayOutputStream(stored.length * 6 + 16);
            byte[] buffer = new byte[8192];
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw new IllegalStateException("stored quote document is truncated");
                }
                out.write(buffer, 0, n);
            }
            return out.toString(StandardCharsets.UTF_8);
        } catch (DataFormatException e) {
            throw new IllegalStateException("stored quote document is not readable", e);
        } finally {
            inflater.end();
        }
    }

    /**
     * A line the user asked for, as stored: a window has a glass code and a whole quantity, a material line
     * none (its code is the material's); the option is null when required, the layout null for the product's.
     */
    @JsonFormat(shape = JsonFormat.Shape.ARRAY)
    @JsonPropertyOrder({"code", "glassCode", "colour", "widthMm", "heightMm", "quantity", "description", "layout",
        "option", "material"})
    record LineEntry(String code, String glassCode, String colour, Integer widthMm, Integer heightMm,
            BigDecimal quantity, String description, Layout layout, LineOption option, Boolean material) {

        static LineEntry of(QuoteLine line) {
            LineOption option = line.option().equals(LineOption.REQUIRED) ? null : line.option();
            if (line instanceof WindowLine w) {
                return new LineEntry(w.productCode(), w.glassCode(), w.colour(), w.widthMm(), w.heightMm(),
                        BigDecimal.valueOf(w.quantity()), w.description(), w.layout(), option, null);
            }
            MaterialLine m = (MaterialLine) line;
            return new LineEntry(m.materialCode(), null, null, null, null, m.quantity(), m.description(), null, option,
                    Boolean.TRUE);
        }

        QuoteLine toLine() {
            LineOption chosen = option == null ? LineOption.REQUIRED : option;
            return Boolean.TRUE.equals(material) ? new MaterialLine(code, quantity, description, chosen)
                    : new WindowLine(code, glassCode, colour, widthMm, heightMm, quantity.intValueExact(), description,
                            layout, chosen);
        }
    }

    /** A quote's pricing as stored: the rates' part, the nine amounts in cents, the lines. */
    @JsonFormat(shape = JsonFormat.Shape.ARRAY)
    @JsonPropertyOrder({"rates", "amounts", "lines"})
    record PricingRow(String rates, long[] amounts, List<LineRow> lines) {
    }

    /**
     * A priced line's own values: its part, index, description (null: the part's), size, quantity, the
     * amounts in cents (profiles, glass, hardware, consumables, labour, price, then cost and unit price unless
     * they are the sum of the components and price / quantity), the option (null: required), and per material used, per pane, per profile piece of
     * the part the values that depend on the size and quantity.
     */
    @JsonFormat(shape = JsonFormat.Shape.ARRAY)
    @JsonPropertyOrder({"part", "index", "description", "widthMm", "heightMm", "quantity", "amounts", "option",
        "usageQuantities", "usageBars", "paneSizes", "pieceLengths"})
    record LineRow(String part, int index, String description, Integer widthMm, Integer heightMm, BigDecimal quantity,
            long[] amounts, LineOption option, List<BigDecimal> usageQuantities, List<Integer> usageBars,
            int[] paneSizes, int[] pieceLengths) {

        static LineRow of(PricedLine line, String part, boolean descriptionInPart) {
            List<BigDecimal> quantities = new ArrayList<>();
            List<Integer> bars = new ArrayList<>();
            for (MaterialUsage usage : line.materials()) {
                quantities.add(usage.quantity());
                bars.add(usage.bars());
            }
            int[] paneSizes = new int[line.panes().size() * 2];
            for (int i = 0; i < line.panes().size(); i++) {
                paneSizes[2 * i] = line.panes().get(i).widthMm();
                paneSizes[2 * i + 1] = line.panes().get(i).heightMm();
            }
            int[] lengths = line.pieces().stream().mapToInt(ProfilePiece::lengthMm).toArray();
            // The cost and the unit price are left out (-1) when they are what they are made from.
            boolean costIsSum = line.cost().equals(componentSum(line.profiles(), line.glass(), line.hardware(),
                    line.consumables(), line.labour()));
            boolean unitPriceIsShare = line.quantity() != null && line.quantity().signum() != 0
                    && line.unitPrice().equals(unitPrice(line.price(), line.quantity()));
            long[] amounts = costIsSum && unitPriceIsShare
                    ? new long[] {line.profiles().minorUnits(), line.glass().minorUnits(), line.hardware().minorUnits(),
                        line.consumables().minorUnits(), line.labour().minorUnits(), line.price().minorUnits()}
                    : new long[] {line.profiles().minorUnits(), line.glass().minorUnits(), line.hardware().minorUnits(),
                        line.consumables().minorUnits(), line.labour().minorUnits(), line.price().minorUnits(),
                        line.cost().minorUnits(), line.unitPrice().minorUnits()};
            boolean anyBars = bars.stream().anyMatch(b -> b != null);
            return new LineRow(part, line.index(), descriptionInPart ? null : line.description(), line.widthMm(),
                    line.heightMm(), line.quantity(), amounts,
                    line.option().equals(LineOption.REQUIRED) ? null : line.option(), quantities,
                    anyBars ? bars : null, paneSizes, lengths);
        }

        private static Money componentSum(Money profiles, Money glass, Money hardware, Money consumables,
                Money labour) {
            return profiles.plus(glass).plus(hardware).plus(consumables).plus(labour);
        }

        /** As {@link PricedLine#withPrice}: price / quantity, to the cent, half up. */
        private static Money unitPrice(Money price, BigDecimal quantity) {
            return Money.of(price.amount().divide(quantity, Money.SCALE, RoundingMode.HALF_UP));
        }

        PricedLine toLine(LineTemplate t) {
            Money profiles = Money.ofMinor(amounts[0]);
            Money glass = Money.ofMinor(amounts[1]);
            Money hardware = Money.ofMinor(amounts[2]);
            Money consumables = Money.ofMinor(amounts[3]);
            Money labour = Money.ofMinor(amounts[4]);
            Money price = Money.ofMinor(amounts[5]);
            boolean derived = amounts.length == 6;
            Money cost = derived ? componentSum(profiles, glass, hardware, consumables, labour) : Money.ofMinor(amounts[6]);
            Money unitPrice = derived ? unitPrice(price, quantity) : Money.ofMinor(amounts[7]);
            List<MaterialUsage> usages = new ArrayList<>(t.materials().size());
            for (int i = 0; i < t.materials().size(); i++) {
                UsagePart u = t.materials().get(i);
                usages.add(new MaterialUsage(u.materialCode(), u.materialName(), u.category(), u.unit(),
                        usageQuantities.get(i), usageBars == null ? null : usageBars.get(i), u.stockLengthM(),
                        u.unitCost(), u.colour()));
            }
            List<Pane> panes = new ArrayList<>(t.panes().size());
            for (int i = 0; i < t.panes().size(); i++) {
                PanePart p = t.panes().get(i);
                panes.add(new Pane(p.label(), p.opening(), p.glassCode(), paneSizes[2 * i], paneSizes[2 * i + 1]));
            }
            List<ProfilePiece> pieces = new ArrayList<>(t.pieces().size());
            for (int i = 0; i < t.pieces().size(); i++) {
                PiecePart p = t.pieces().get(i);
                pieces.add(new ProfilePiece(p.materialCode(), p.colour(), p.place(), p.description(), p.count(),
                        pieceLengths[i], p.startAngle(), p.endAngle(), p.fromFormula()));
            }
            return new PricedLine(index, t.kind(), t.code(), description == null ? t.description() : description,
                    t.glassCode(), t.colour(), widthMm, heightMm, quantity, t.unit(), profiles, glass, hardware,
                    consumables, labour, cost, price, unitPrice, usages, t.layout(), t.divisionWidthMm(), panes, pieces,
                    option == null ? LineOption.REQUIRED : option);
        }
    }

    /**
     * What a priced line took from the catalogue, whatever its size and quantity: the shared part. The
     * description is in it when the catalogue made it (it ends with the name of the line's glass or
     * material, perhaps followed by the colour), else it stays with the line.
     */
    record LineTemplate(LineKind kind, String code, String description, String glassCode, String colour, String unit,
            List<UsagePart> materials, Layout layout, Integer divisionWidthMm, List<PanePart> panes,
            List<PiecePart> pieces) {

        static LineTemplate of(PricedLine line) {
            List<UsagePart> usages = line.materials().stream().map(u -> new UsagePart(u.materialCode(),
                    u.materialName(), u.category(), u.unit(), u.stockLengthM(), u.unitCost(), u.colour())).toList();
            List<PanePart> panes = line.panes().stream().map(p -> new PanePart(p.label(), p.opening(), p.glassCode()))
                    .toList();
            List<PiecePart> pieces = line.pieces().stream().map(p -> new PiecePart(p.materialCode(), p.colour(),
                    p.place(), p.description(), p.count(), p.startAngle(), p.endAngle(), p.fromFormula())).toList();
            return new LineTemplate(line.kind(), line.code(), catalogueDescription(line), line.glassCode(),
                    line.colour(), line.unit(), usages, line.layout(), line.divisionWidthMm(), panes, pieces);
        }

        private static String catalogueDescription(PricedLine line) {
            String description = line.description();
            if (description == null) {
                return null;
            }
            String named = line.kind() == LineKind.WINDOW ? line.glassCode() : line.code();
            for (MaterialUsage usage : line.materials()) {
                if (usage.materialCode().equals(named) && usage.materialName() != null) {
                    String name = usage.materialName();
                    boolean made = description.equals(name) || description.endsWith(", " + name)
                            || (line.colour() != null && description.endsWith(", " + name + ", " + line.colour()));
                    return made ? description : null;
                }
            }
            return null;
        }
    }

    record UsagePart(String materialCode, String materialName, MaterialCategory category, MaterialUnit unit,
            BigDecimal stockLengthM, BigDecimal unitCost, String colour) {
    }

    record PanePart(String label, Opening opening, String glassCode) {
    }

    record PiecePart(String materialCode, String colour, String place, String description, int count,
            BigDecimal startAngle, BigDecimal endAngle, boolean fromFormula) {
    }
}
