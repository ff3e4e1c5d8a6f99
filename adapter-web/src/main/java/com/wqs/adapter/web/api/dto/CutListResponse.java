package com.wqs.adapter.web.api.dto;

import com.wqs.domain.cutting.BarPlan;
import com.wqs.domain.cutting.Cut;
import com.wqs.domain.cutting.GroupPlan;
import com.wqs.domain.workorder.CutList;
import com.wqs.domain.workorder.CutListRelease;
import com.wqs.domain.workorder.ProfileCutPlan;
import java.time.Instant;
import java.util.List;

/**
 * An optimised cut list over one or more work orders: per profile and colour the bars to cut in saw order,
 * the bars the quotes priced, the lower bound no plan can beat, and the waste.
 */
public record CutListResponse(List<String> workOrders, CuttingSettingsJson settings, int newBars, int pricedBars,
        List<ProfileJson> profiles, List<String> notPlanned, ReleaseJson release) {

    public static CutListResponse from(CutList cutList) {
        return new CutListResponse(cutList.workOrders(), CuttingSettingsJson.from(cutList.settings()), cutList.newBars(),
                cutList.pricedBars(), cutList.profiles().stream().map(ProfileJson::from).toList(),
                cutList.notPlanned(), cutList.isReleased() ? ReleaseJson.from(cutList.release()) : null);
    }

    /** The release the plan was handed to the workshop in; null for a preview, which takes no offcuts. */
    public record ReleaseJson(long id, Instant releasedAt, String releasedBy) {

        static ReleaseJson from(CutListRelease release) {
            return new ReleaseJson(release.id(), release.releasedAt(), release.releasedBy().toString());
        }
    }

    public record ProfileJson(String materialCode, String materialName, String colour, int barLengthMm,
            int newBars, int offcutsUsed, int lowerBound, int pricedBars, int savedBars, long piecesMm,
            long wasteMm, String wastePercent, List<BarJson> bars) {

        static ProfileJson from(ProfileCutPlan profile) {
            GroupPlan plan = profile.plan();
            return new ProfileJson(profile.materialCode(), profile.materialName(), profile.colour(),
                    plan.barLengthMm(), plan.newBars(), plan.offcutsUsed(), plan.lowerBound(), profile.pricedBars(),
                    profile.savedBars(), plan.piecesMm(), plan.wasteMm(), Decimals.decimal(plan.wastePercent()),
                    plan.bars().stream().map(BarJson::from).toList());
        }
    }

    /** One bar: {@code source} NEW_BAR or OFFCUT (with its id), the cuts in saw order, what remains. */
    public record BarJson(int number, String source, String offcutId, int lengthMm, List<CutJson> cuts,
            int remainderMm, boolean remainderKept) {

        static BarJson from(BarPlan bar) {
            return new BarJson(bar.number(), bar.source().name(), bar.offcutId(), bar.lengthMm(),
                    bar.cuts().stream().map(CutJson::from).toList(), bar.remainderMm(), bar.remainderKept());
        }
    }

    /** A cut: where it starts on the bar (mm from the trimmed end), the piece's length, end angles and label. */
    public record CutJson(int startMm, int lengthMm, String startAngle, String endAngle, String label) {

        static CutJson from(Cut cut) {
            return new CutJson(cut.startMm(), cut.piece().lengthMm(), Decimals.decimal(cut.piece().startAngle()),
                    Decimals.decimal(cut.piece().endAngle()), cut.piece().label());
        }
    }
}
