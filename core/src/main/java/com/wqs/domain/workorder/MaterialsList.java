package com.wqs.domain.workorder;

import com.wqs.domain.pricing.MaterialUsage;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the workshop needs: per material the total, and the glass panes with their sizes. {@code cutListProblem}
 * says why the profiles have no cut-list bars (a piece no bar can give), null when all is well.
 */
public record MaterialsList(List<MaterialRequirement> materials, List<GlassPane> glassPanes, String cutListProblem) {
    public MaterialsList {
        materials = List.copyOf(materials);
        glassPanes = List.copyOf(glassPanes);
    }

    public MaterialsList(List<MaterialRequirement> materials, List<GlassPane> glassPanes) {
        this(materials, glassPanes, null);
    }

    /** This list with each profile's new bars from the cut list (matched by material code and colour). */
    public MaterialsList withCutList(CutList cutList) {
        Map<String, Integer> bars = new HashMap<>();
        cutList.profiles().forEach(p -> bars.put(MaterialUsage.key(p.materialCode(), p.colour()), p.plan().newBars()));
        return new MaterialsList(materials.stream()
                .map(m -> m.withCutBars(bars.get(MaterialUsage.key(m.materialCode(), m.colour()))))
                .toList(), glassPanes, null);
    }

    /** This list without cut-list bars, saying why. */
    public MaterialsList withCutListProblem(String problem) {
        return new MaterialsList(materials, glassPanes, problem);
    }
}
