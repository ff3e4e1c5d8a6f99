package com.wqs.domain.pricing;

import com.wqs.domain.catalog.MaterialCategory;
import com.wqs.domain.layout.Layout;
import com.wqs.domain.layout.Pane;
import com.wqs.domain.quote.LineOption;
import com.wqs.domain.shared.Money;
import java.util.List;
import java.math.BigDecimal;

/** A line whose cost is known, waiting for its share of the quote's taxable amount. */
record CostedLine(int index, LineKind kind, String code, String description, String glassCode, String colour,
        Integer widthMm, Integer heightMm, BigDecimal quantity, String unit, LineCost cost, Layout layout,
        Integer divisionWidthMm, List<Pane> panes) {

    /** The line with its costs, not yet priced (price zero until {@link PricedLine#withPrice}). */
    PricedLine unpriced(LineOption option) {
        return new PricedLine(index, kind, code, description, glassCode, colour, widthMm, heightMm, quantity, unit,
                cost.component(MaterialCategory.PROFILE), cost.component(MaterialCategory.GLASS),
                cost.component(MaterialCategory.HARDWARE), cost.component(MaterialCategory.CONSUMABLE),
                cost.labour(), cost.total(), Money.ZERO, Money.ZERO, cost.usages(), layout, divisionWidthMm,
                panes, cost.pieces(), option);
    }
}
