package com.wqs.domain.workorder;

import com.wqs.domain.cutting.CuttingSettings;
import java.util.List;

/**
 * One cutting plan over one or more work orders ({@code workOrders}, their numbers): per profile and colour
 * the bars in saw order, with the settings used. {@code notPlanned} names the window lines priced before
 * profile pieces were recorded (their profiles are ordered as priced, from the materials list). {@code release}
 * is the release the plan was handed to the workshop in, or null for a preview (which plans with the offcuts on
 * the rack now, but takes none).
 */
public record CutList(List<String> workOrders, CuttingSettings settings, List<ProfileCutPlan> profiles,
        List<String> notPlanned, CutListRelease release) {

    public CutList {
        workOrders = List.copyOf(workOrders);
        profiles = List.copyOf(profiles);
        notPlanned = List.copyOf(notPlanned);
    }

    public boolean isReleased() {
        return release != null;
    }

    public int newBars() {
        return profiles.stream().mapToInt(p -> p.plan().newBars()).sum();
    }

    public int pricedBars() {
        return profiles.stream().mapToInt(ProfileCutPlan::pricedBars).sum();
    }
}
