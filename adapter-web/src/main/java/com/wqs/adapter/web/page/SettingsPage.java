package com.wqs.adapter.web.page;

import com.wqs.adapter.web.format.LogoDataUri;
import com.wqs.adapter.web.image.LogoImages;
import com.wqs.application.port.in.SettingsCommand;
import com.wqs.application.service.UseCases;
import com.wqs.domain.catalog.CompanyProfile;
import com.wqs.domain.catalog.Settings;
import com.wqs.domain.cutting.CuttingSettings;
import com.wqs.domain.shared.ConflictException;
import com.wqs.domain.shared.Rate;
import com.wqs.domain.shared.StaleVersionException;
import com.wqs.domain.shared.ValidationException;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.UploadedFile;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** Company data printed on quotes (with the logo), default rates and validity, currency, zone, locale. */
final class SettingsPage {
    private final UseCases useCases;
    private final PageRenderer renderer;

    SettingsPage(UseCases useCases, PageRenderer renderer) {
        this.useCases = useCases;
        this.renderer = renderer;
    }

    void register(JavalinDefaultRoutingApi routes) {
        routes.get("/settings", ctx -> {
            Viewer viewer = Viewer.of(ctx, useCases);
            show(ctx, viewer, 200, SettingsForm.of(useCases.settings().get(viewer.actor())), FieldErrors.NONE, null,
                    null);
        });
        routes.post("/settings", this::save);
    }

    private void save(Context ctx) {
        Viewer viewer = Viewer.of(ctx, useCases);
        Settings current = viewer.settings();
        FormInput form = FormInput.of(ctx);
        SettingsForm typed = new SettingsForm(form.text("name"), form.text("address"), form.text("phone"),
                form.text("email"), form.text("taxId"), LogoDataUri.of(current.company()), form.text("profitMargin"),
                form.text("indirectRate"), form.text("taxRate"), form.text("glassWaste"), form.text("validityDays"),
                form.text("currency"), form.text("zone"), form.text("locale"), form.text("terms"),
                form.text("cutting.kerfMm"), form.text("cutting.trimMm"), form.text("cutting.mitreAllowanceMm"),
                form.text("cutting.minOffcutMm"), form.text("version"));
        try {
            CompanyProfile company = company(ctx, form, current.company());
            SettingsCommand command = new SettingsCommand(company, rate(form, "profitMargin"),
                    rate(form, "indirectRate"), rate(form, "taxRate"), rate(form, "glassWaste"),
                    form.integer("validityDays"), typed.currency(), typed.zone(), typed.locale(), typed.terms(),
                    cutting(form, typed), form.version());
            form.requireValid();
            useCases.settings().update(viewer.actor(), command);
            ctx.redirect("/settings?done=saved", HttpStatus.SEE_OTHER);
        } catch (ValidationException e) {
            show(ctx, viewer, 400, typed, new FieldErrors(e.errors()), null, null);
        } catch (StaleVersionException e) {
            Settings stored = useCases.settings().get(viewer.actor());
            show(ctx, viewer, 409, typed.withVersion(stored.version()), FieldErrors.NONE, null,
                    ChangedMeanwhile.between(viewer.text("settings.changed-what"), stored.version(), typed, SettingsForm.of(stored),
                            Set.of("logoDataUri", "version")));
        } catch (ConflictException e) {
            show(ctx, viewer, 409, typed, FieldErrors.NONE, e.getMessage(), null);
        }
    }

    /** The company's data; the logo is kept unless a new one is uploaded or removal is asked. */
    private static CompanyProfile company(Context ctx, FormInput form, CompanyProfile current) {
        byte[] logo = current.logo();
        String type = current.logoContentType();
        UploadedFile upload = ctx.uploadedFile("logo");
        if (form.checked("removeLogo")) {
            logo = null;
            type = null;
        } else if (upload != null && upload.size() > 0) {
            if (upload.size() > CompanyProfile.MAX_LOGO_BYTES) {
                throw new ValidationException("logo", "must be at most 512 KiB");
            }
            // the type is read from the bytes, not taken from the browser's declared content type
            LogoImages.Logo stored = LogoImages.toStore(read(upload));
            logo = stored.bytes();
            type = stored.contentType();
        }
        return new CompanyProfile(form.text("name"), form.text("address"), form.text("phone"), form.text("email"),
                form.text("taxId"), logo, type);
    }

    /** The saw's settings; null (with the blank or bad fields rejected) unless all four are whole numbers. */
    private static CuttingSettings cutting(FormInput form, SettingsForm typed) {
        Integer kerf = form.requiredInteger("cutting.kerfMm", typed.kerfMm());
        Integer trim = form.requiredInteger("cutting.trimMm", typed.trimMm());
        Integer mitre = form.requiredInteger("cutting.mitreAllowanceMm", typed.mitreAllowanceMm());
        Integer minOffcut = form.requiredInteger("cutting.minOffcutMm", typed.minOffcutMm());
        if (kerf == null || trim == null || mitre == null || minOffcut == null) {
            // name the out-of-range values among those that are numbers too, not only the unreadable ones
            new CuttingSettings(orZero(kerf), orZero(trim), orZero(mitre), orZero(minOffcut)).check("cutting.").stream()
                    .filter(error -> !form.hasError(error.field()))
                    .forEach(error -> form.reject(error.field(), error.message()));
            return null;
        }
        return new CuttingSettings(kerf, trim, mitre, minOffcut);
    }

    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }

    /** A percentage field as a rate; a value outside 0–1000 % is reported under the field's own name. */
    private static Rate rate(FormInput form, String field) {
        BigDecimal fraction = form.percent(field);
        if (fraction == null) {
            form.reject(field, "is required");
            return null;
        }
        try {
            return new Rate(fraction);
        } catch (ValidationException e) {
            form.reject(field, e.errors().get(0).message());
            return null;
        }
    }

    private static byte[] read(UploadedFile file) {
        try (InputStream in = file.content()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("reading the uploaded logo", e);
        }
    }

    private void show(Context ctx, Viewer viewer, int status, SettingsForm form, FieldErrors errors, String error,
            ChangedMeanwhile changed) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("shell", viewer.shell(ctx, viewer.text("settings.title"), Section.SETTINGS));
        params.put("form", form);
        params.put("errors", errors);
        params.put("error", error);
        params.put("changed", changed);
        renderer.render(ctx, status, "settings.jte", params);
    }
}
