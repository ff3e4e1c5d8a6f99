package com.wqs.domain.pricing;

import com.wqs.domain.layout.Layout;
import com.wqs.domain.layout.LayoutGeometry;
import com.wqs.domain.layout.Opening;
import com.wqs.domain.layout.Pane;
import com.wqs.domain.shared.Money;
import com.wqs.domain.quote.LineOption;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One priced line, frozen with the catalogue values used. Cost components are rounded as produced
 * and {@code cost} is their sum. {@code price} is the customer-facing line price (cost scaled by the
 * overheads and discount; all line prices sum exactly to the quote's taxable amount) and
 * {@code unitPrice} is price / quantity rounded to the cent.
 *
 * <p>For window lines {@code code} is the product code, {@code glassCode} and the size are set and
 * {@code quantity} is whole, {@code layout} is the layout the window was priced with (with its product's
 * {@code divisionWidthMm}, the mullion/transom width), and {@code panes} its
 * glass panes for one window (in cell label order); for material lines {@code code} is the material code,
 * {@code layout} is null and {@code panes} empty. Snapshots stored before layouts have neither. {@code pieces}
 * are the profile pieces one window is cut from (empty for material lines and lines priced before cut lists).
 * {@code option} says whether the line is required, optional or an alternative and whether it is chosen;
 * only {@linkplain #included() included} lines count in the quote's amounts, and an excluded line's
 * {@code price} is what it would cost on its own (see {@link PricingEngine}).
 */
public record PricedLine(
        int index,
        LineKind kind,
        String code,
        String description,
        String glassCode,
        String colour,
        Integer widthMm,
        Integer heightMm,
        BigDecimal quantity,
        String unit,
        Money profiles,
        Money glass,
        Money hardware,
        Money consumables,
        Money labour,
        Money cost,
        Money price,
        Money unitPrice,
        List<MaterialUsage> materials,
        Layout layout,
        Integer divisionWidthMm,
        List<Pane> panes,
        List<ProfilePiece> pieces,
        LineOption option) {

    public PricedLine {
        materials = List.copyOf(materials);
        panes = panes == null ? List.of() : List.copyOf(panes);
        pieces = pieces == null ? List.of() : List.copyOf(pieces);
        option = LineOption.orRequired(option);
    }

    /** A required line (snapshots stored before optional lines existed read as one). */
    public PricedLine(int index, LineKind kind, String code, String description, String glassCode, String colour,
            Integer widthMm, Integer heightMm, BigDecimal quantity, String unit, Money profiles, Money glass,
            Money hardware, Money consumables, Money labour, Money cost, Money price, Money unitPrice,
            List<MaterialUsage> materials, Layout layout, Integer divisionWidthMm, List<Pane> panes,
            List<ProfilePiece> pieces) {
        this(index, kind, code, description, glassCode, colour, widthMm, heightMm, quantity, unit, profiles, glass,
                hardware, consumables, labour, cost, price, unitPrice, materials, layout, divisionWidthMm, panes,
                pieces, LineOption.REQUIRED);
    }

    /** A line without profile pieces (priced before cut lists existed). */
    public PricedLine(int index, LineKind kind, String code, String description, String glassCode, String colour,
            Integer widthMm, Integer heightMm, BigDecimal quantity, String unit, Money profiles, Money glass,
            Money hardware, Money consumables, Money labour, Money cost, Money price, Money unitPrice,
            List<MaterialUsage> materials, Layout layout, Integer divisionWidthMm, List<Pane> panes) {
        this(index, kind, code, description, glassCode, colour, widthMm, heightMm, quantity, unit, profiles, glass,
                hardware, consumables, labour, cost, price, unitPrice, materials, layout, divisionWidthMm, panes,
                List.of());
    }

    /** A line without a layout (material lines; windows priced before layouts existed). */
    public PricedLine(int index, LineKind kind, String code, String description, String glassCode, String colour,
            Integer widthMm, Integer heightMm, BigDecimal quantity, String unit, Money profiles, Money glass,
            Money hardware, Money consumables, Money labour, Money cost, Money price, Money unitPrice,
            List<MaterialUsage> materials) {
        this(index, kind, code, description, glassCode, colour, widthMm, heightMm, quantity, unit, profiles, glass,
                hardware, consumables, labour, cost, price, unitPrice, materials, null, null, List.of(), List.of());
    }

    /**
     * The window as drawn: its layout placed in its size with the division width it was priced with. A
     * window line priced before layouts existed is one fixed cell, the whole window; material lines have none.
     */
    public Optional<LayoutGeometry> geometry() {
        if (kind != LineKind.WINDOW) {
            return Optional.empty();
        }
        Layout drawn = layout == null ? Layout.Cell.of(Opening.FIXED) : layout;
        return LayoutGeometry.place(drawn, widthMm, heightMm, divisionWidthMm == null ? 0 : divisionWidthMm, 1, "",
                new ArrayList<>());
    }

    /** Whether the line counts in the quote's total (required, or the chosen optional line or alternative). */
    public boolean included() {
        return option.included();
    }

    /**
     * The same line at another price: an included line's share of the quote's taxable amount, or an
     * excluded line's price on its own. The unit price is price / quantity, rounded to the cent.
     */
    public PricedLine withPrice(Money newPrice, LineOption newOption) {
        Money newUnitPrice = Money.of(newPrice.amount().divide(quantity, Money.SCALE, RoundingMode.HALF_UP));
        return new PricedLine(index, kind, code, description, glassCode, colour, widthMm, heightMm, quantity, unit,
                profiles, glass, hardware, consumables, labour, cost, newPrice, newUnitPrice, materials, layout,
                divisionWidthMm, panes, pieces, newOption);
    }

    /** Material cost only (everything but labour). */
    public Money materialCost() {
        return profiles.plus(glass).plus(hardware).plus(consumables);
    }
}
