package com.wqs.adapter.web.api.dto;

import com.wqs.domain.workorder.GlassPane;
import com.wqs.domain.workorder.MaterialRequirement;
import com.wqs.domain.workorder.MaterialsList;
import java.util.List;

/**
 * What the workshop needs: per material (and colour, for profiles of coloured lines) the total, whole bars
 * for profiles, and the glass panes to cut, each at its position ({@code L2-B}: line 2, cell B of its
 * drawing) with the area of one pane and of them all in m².
 */
public record MaterialsListResponse(List<Requirement> materials, List<Pane> glassPanes, String cutListProblem) {
    public static MaterialsListResponse from(MaterialsList list) {
        return new MaterialsListResponse(list.materials().stream().map(Requirement::from).toList(),
                list.glassPanes().stream().map(Pane::from).toList(), list.cutListProblem());
    }

    /**
     * {@code colour} null: uncoloured (or not a profile). {@code bars}: whole bars as the quote priced them;
     * {@code cutBars}: the new bars the work order's cut list needs (null without one); {@code barsToOrder}:
     * the cut list's figure when there is one, else the priced one.
     */
    public record Requirement(String materialCode, String materialName, String category, String unit, String quantity,
            Integer bars, Integer cutBars, Integer barsToOrder, String stockLengthM, String colour) {
        public static Requirement from(MaterialRequirement r) {
            return new Requirement(r.materialCode(), r.materialName(), Decimals.name(r.category()),
                    Decimals.name(r.unit()), Decimals.decimal(r.quantity()), r.bars(), r.cutBars(), r.barsToOrder(),
                    Decimals.decimal(r.stockLengthM()), r.colour());
        }
    }

    public record Pane(int lineIndex, String position, String glassCode, String glassName, int widthMm, int heightMm,
            int quantity, String areaM2, String totalAreaM2) {
        static Pane from(GlassPane p) {
            return new Pane(p.lineIndex(), p.position(), p.glassCode(), p.glassName(), p.widthMm(), p.heightMm(),
                    p.quantity(), Decimals.decimal(p.areaM2()), Decimals.decimal(p.totalAreaM2()));
        }
    }
}
