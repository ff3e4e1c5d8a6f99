package com.wqs.testing;

import com.wqs.domain.catalog.Material;
import com.wqs.domain.catalog.MaterialCategory;
import com.wqs.domain.catalog.MaterialId;
import com.wqs.domain.catalog.MaterialUnit;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Test materials: {@code aProfile().code("PRF-TOP").unitCost("95.50").colourCost("WHITE", "110.00").build()}.
 * Codes are unique by default.
 */
public final class MaterialBuilder {
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final int n = SEQUENCE.incrementAndGet();
    private MaterialId id = MaterialId.newId();
    private String code = "MAT-" + n;
    private String name = "Material " + n;
    private MaterialCategory category = MaterialCategory.HARDWARE;
    private MaterialUnit unit = MaterialUnit.PIECE;
    private BigDecimal unitCost = new BigDecimal("15.00");
    private BigDecimal stockLengthM;
    private boolean active = true;
    private final Map<String, BigDecimal> colourCosts = new LinkedHashMap<>();
    private long version;

    private MaterialBuilder() {
    }

    /** A hardware item sold per piece. */
    public static MaterialBuilder aMaterial() {
        return new MaterialBuilder();
    }

    /** A profile sold per metre in 6 m bars. */
    public static MaterialBuilder aProfile() {
        return aMaterial().category(MaterialCategory.PROFILE).unit(MaterialUnit.M).unitCost("95.50")
                .stockLengthM("6.0");
    }

    /** A glass priced per m². */
    public static MaterialBuilder aGlass() {
        return aMaterial().category(MaterialCategory.GLASS).unit(MaterialUnit.M2).unitCost("120.00");
    }

    public MaterialBuilder id(MaterialId value) {
        this.id = value;
        return this;
    }

    public MaterialBuilder code(String value) {
        this.code = value;
        return this;
    }

    public MaterialBuilder name(String value) {
        this.name = value;
        return this;
    }

    public MaterialBuilder category(MaterialCategory value) {
        this.category = value;
        return this;
    }

    public MaterialBuilder unit(MaterialUnit value) {
        this.unit = value;
        return this;
    }

    public MaterialBuilder unitCost(String value) {
        this.unitCost = new BigDecimal(value);
        return this;
    }

    public MaterialBuilder stockLengthM(String value) {
        this.stockLengthM = value == null ? null : new BigDecimal(value);
        return this;
    }

    public MaterialBuilder active(boolean value) {
        this.active = value;
        return this;
    }

    public MaterialBuilder colourCost(String colour, String cost) {
        colourCosts.put(colour, new BigDecimal(cost));
        return this;
    }

    public MaterialBuilder version(long value) {
        this.version = value;
        return this;
    }

    public Material build() {
        return new Material(id, code, name, category, unit, unitCost, stockLengthM, active, colourCosts, version);
    }
}
