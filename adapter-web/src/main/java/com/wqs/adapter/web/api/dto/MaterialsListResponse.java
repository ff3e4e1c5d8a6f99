package com.wqs.adapter.web.api.dto;

import com.wqs.domain.workorder.GlassPane;
import com.wqs.domain.workorder.MaterialRequirement;
import com.wqs.domain.workorder.MaterialsList;
import java.util.List;

/** What the workshop needs: per material the total (whole bars for profiles) and the glass panes to cut. */
public record MaterialsListResponse(List<Requirement> materials, List<Pane> glassPanes) {
    public static MaterialsListResponse from(MaterialsList list) {
        return new MaterialsListResponse(list.materials().stream().map(Requirement::from).toList(),
                list.glassPanes().stream().map(Pane::from).toList());
    }

    public record Requirement(String materialCode, String materialName, String category, String unit, String quantity,
            Integer bars, String stockLengthM) {
        static Requirement from(MaterialRequirement r) {
            return new Requirement(r.materialCode(), r.materialName(), Decimals.name(r.category()),
                    Decimals.name(r.unit()), Decimals.decimal(r.quantity()), r.bars(),
                    Decimals.decimal(r.stockLengthM()));
        }
    }

    public record Pane(int lineIndex, String glassCode, String glassName, int widthMm, int heightMm, int quantity) {
        static Pane from(GlassPane p) {
            return new Pane(p.lineIndex(), p.glassCode(), p.glassName(), p.widthMm(), p.heightMm(), p.quantity());
        }
    }
}
