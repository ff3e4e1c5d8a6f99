package com.wqs.adapter.web.api.csv;

import com.wqs.domain.cutting.BarPlan;
import com.wqs.domain.cutting.Cut;
import com.wqs.domain.workorder.CutList;
import com.wqs.domain.workorder.ProfileCutPlan;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;

/**
 * The saw list of a cut list as CSV, one row per cut in saw order (UTF-8, header row):
 * {@code materialCode,colour,bar,barSource,offcutId,barLengthMm,cut,startMm,lengthMm,startAngle,endAngle,label,
 * remainderMm,remainderKept}; {@code bar} numbers the bars of one profile and colour from 1, {@code cut} the cuts
 * of one bar, {@code startMm} is where the cut starts from the bar's end (after the trim).
 */
public final class CutListCsv {
    public static final List<String> COLUMNS = List.of("materialCode", "colour", "bar", "barSource", "offcutId",
            "barLengthMm", "cut", "startMm", "lengthMm", "startAngle", "endAngle", "label", "remainderMm",
            "remainderKept");

    private CutListCsv() {
    }

    public static String export(CutList cutList) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CsvTable.FORMAT)) {
            printer.printRecord(COLUMNS);
            for (ProfileCutPlan profile : cutList.profiles()) {
                for (BarPlan bar : profile.plan().bars()) {
                    for (int i = 0; i < bar.cuts().size(); i++) {
                        Cut cut = bar.cuts().get(i);
                        printer.printRecord(CsvText.exported(profile.materialCode()),
                                CsvText.exported(profile.colour()),
                                bar.number(), bar.source().name(), bar.offcutId() == null ? "" : bar.offcutId(),
                                bar.lengthMm(), i + 1, cut.startMm(), cut.piece().lengthMm(),
                                angle(cut.piece().startAngle()), angle(cut.piece().endAngle()),
                                CsvText.exported(cut.piece().label()),
                                bar.remainderMm(), bar.remainderKept());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static String angle(BigDecimal degrees) {
        return degrees.stripTrailingZeros().toPlainString();
    }
}
