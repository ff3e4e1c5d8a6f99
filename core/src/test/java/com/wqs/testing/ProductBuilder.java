package com.wqs.testing;

import com.wqs.domain.catalog.BomLine;
import com.wqs.domain.catalog.BomPieces;
import com.wqs.domain.catalog.BomScope;
import com.wqs.domain.catalog.Formula;
import com.wqs.domain.catalog.Product;
import com.wqs.domain.catalog.ProductCategory;
import com.wqs.domain.catalog.ProductId;
import com.wqs.domain.catalog.WindowType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Test products: a sliding window 800–3000 × 600–2500 mm whose BOM is that of PRODUCT.md's worked
 * example unless {@link #bomLine} is called. Codes are unique by default.
 */
public final class ProductBuilder {
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final int n = SEQUENCE.incrementAndGet();
    private ProductId id = ProductId.newId();
    private String code = "PRD-" + n;
    private String name = "Sliding window " + n;
    private ProductCategory category = ProductCategory.WINDOW;
    private WindowType windowType = WindowType.SLIDING;
    private int minWidthMm = 800;
    private int maxWidthMm = 3000;
    private int minHeightMm = 600;
    private int maxHeightMm = 2500;
    private List<BomLine> bom;
    private boolean active = true;
    private long version;

    private ProductBuilder() {
    }

    public static ProductBuilder aProduct() {
        return new ProductBuilder();
    }

    public ProductBuilder id(ProductId value) {
        this.id = value;
        return this;
    }

    public ProductBuilder code(String value) {
        this.code = value;
        return this;
    }

    public ProductBuilder name(String value) {
        this.name = value;
        return this;
    }

    public ProductBuilder category(ProductCategory value) {
        this.category = value;
        return this;
    }

    public ProductBuilder windowType(WindowType value) {
        this.windowType = value;
        return this;
    }

    public ProductBuilder widthRange(int min, int max) {
        this.minWidthMm = min;
        this.maxWidthMm = max;
        return this;
    }

    public ProductBuilder heightRange(int min, int max) {
        this.minHeightMm = min;
        this.maxHeightMm = max;
        return this;
    }

    /** Adds a BOM line (the first call replaces the default BOM). */
    public ProductBuilder bomLine(String materialCode, String formula, String wasteFactor, String description) {
        if (bom == null) {
            bom = new ArrayList<>();
        }
        bom.add(new BomLine(materialCode, Formula.parse(formula), new BigDecimal(wasteFactor), description));
        return this;
    }

    /** Adds a BOM line of {@code count} square pieces of {@code lengthMm} per window (formulas). */
    public ProductBuilder piecesLine(String materialCode, String count, String lengthMm, String description) {
        if (bom == null) {
            bom = new ArrayList<>();
        }
        bom.add(BomLine.ofPieces(materialCode, BomPieces.square(Formula.parse(count), Formula.parse(lengthMm)),
                BigDecimal.ONE, description, BomScope.WINDOW));
        return this;
    }

    public ProductBuilder active(boolean value) {
        this.active = value;
        return this;
    }

    public ProductBuilder version(long value) {
        this.version = value;
        return this;
    }

    public Product build() {
        List<BomLine> lines = bom != null ? bom : List.of(
                new BomLine("PRF-TOP", Formula.parse("width_m"), new BigDecimal("1.05"), "top and bottom rails"),
                new BomLine("PRF-JAMB", Formula.parse("2 * height_m"), new BigDecimal("1.05"), "jambs"),
                new BomLine("HW-ROLL", Formula.parse("4"), BigDecimal.ONE, "rollers"),
                new BomLine("CN-SIL", Formula.parse("0.5"), BigDecimal.ONE, "sealant"));
        return new Product(id, code, name, category, windowType, minWidthMm, maxWidthMm, minHeightMm, maxHeightMm,
                lines, active, version);
    }
}
