package com.wqs.domain.workorder;

import java.util.List;

/** What the workshop needs: per material the total, and the glass panes with their sizes. */
public record MaterialsList(List<MaterialRequirement> materials, List<GlassPane> glassPanes) {
    public MaterialsList {
        materials = List.copyOf(materials);
        glassPanes = List.copyOf(glassPanes);
    }
}
