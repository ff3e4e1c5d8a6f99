package com.wqs.adapter.web.api.dto;

import com.wqs.domain.cutting.CuttingSettings;
import com.wqs.domain.shared.FieldError;
import java.util.ArrayList;
import java.util.List;

/**
 * How the saw cuts, in mm: kerf, trim at each end of a new bar, extra length per mitred end and the shortest
 * remainder kept as an offcut. In a request every field is required; the ranges are checked by the core.
 */
public record CuttingSettingsJson(Integer kerfMm, Integer trimMm, Integer mitreAllowanceMm, Integer minOffcutMm) {

    public static CuttingSettingsJson from(CuttingSettings s) {
        return new CuttingSettingsJson(s.kerfMm(), s.trimMm(), s.mitreAllowanceMm(), s.minOffcutMm());
    }

    /**
     * The settings, or null with the bad fields (named {@code prefix + field}) added to {@code errors}: the
     * missing ones and, so that one answer lists everything, those given but out of range.
     */
    public CuttingSettings toSettings(String prefix, List<FieldError> errors) {
        List<FieldError> missing = new ArrayList<>();
        require(missing, prefix + "kerfMm", kerfMm);
        require(missing, prefix + "trimMm", trimMm);
        require(missing, prefix + "mitreAllowanceMm", mitreAllowanceMm);
        require(missing, prefix + "minOffcutMm", minOffcutMm);
        CuttingSettings settings = new CuttingSettings(orZero(kerfMm), orZero(trimMm), orZero(mitreAllowanceMm),
                orZero(minOffcutMm));
        if (missing.isEmpty()) {
            return settings;
        }
        errors.addAll(missing);
        settings.check(prefix).stream()
                .filter(e -> missing.stream().noneMatch(m -> m.field().equals(e.field())))
                .forEach(errors::add);
        return null;
    }

    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }

    private static void require(List<FieldError> errors, String field, Integer value) {
        if (value == null) {
            errors.add(new FieldError(field, "is required"));
        }
    }
}
