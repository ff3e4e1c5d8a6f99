package com.wqs.adapter.web.api;

import com.wqs.adapter.web.api.dto.CompanyRequest;
import com.wqs.adapter.web.api.dto.SettingsRequest;
import com.wqs.adapter.web.api.dto.SettingsResponse;
import com.wqs.adapter.web.image.LogoImages;
import com.wqs.adapter.web.json.JsonCodec;
import com.wqs.adapter.web.security.RequestAuth;
import com.wqs.application.port.in.ManageSettingsUseCase;
import com.wqs.application.port.in.SettingsCommand;
import com.wqs.domain.catalog.CompanyProfile;
import com.wqs.domain.shared.FieldError;
import com.wqs.domain.shared.Rate;
import com.wqs.domain.shared.ValidationException;
import io.javalin.http.Context;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/** Installation settings: everyone reads (formatting, company data), ADMIN changes them. */
final class SettingsController implements ApiController {
    private final ManageSettingsUseCase settings;
    private final JsonCodec json;

    SettingsController(ManageSettingsUseCase settings, JsonCodec json) {
        this.settings = settings;
        this.json = json;
    }

    @Override
    public void routes(ApiRoutes api) {
        api.tag("settings");
        api.get("/settings", this::get).summary("The installation settings").returns(SettingsResponse.class);
        api.put("/settings", this::update)
                .summary("Replace the settings (ADMIN); send the version you read (409 when it changed since)")
                .description(ApiRoutes.REPLACE_WITH_VERSION)
                .accepts(SettingsRequest.class).returns(SettingsResponse.class).errors(409);
    }

    private void get(Context ctx) {
        json.ok(ctx, SettingsResponse.from(settings.get(RequestAuth.actor(ctx))));
    }

    private void update(Context ctx) {
        SettingsRequest r = json.read(ctx, SettingsRequest.class);
        List<FieldError> errors = new ArrayList<>();
        SettingsCommand command = new SettingsCommand(company(r.company(), errors),
                rate(errors, "profitMargin", r.profitMargin()), rate(errors, "indirectRate", r.indirectRate()),
                rate(errors, "taxRate", r.taxRate()), rate(errors, "glassWaste", r.glassWaste()), r.validityDays(),
                r.currency(), r.zone(), r.locale(), r.terms(),
                r.cutting() == null ? null : r.cutting().toSettings("cutting.", errors), r.version());
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        json.ok(ctx, SettingsResponse.from(settings.update(RequestAuth.actor(ctx), command)));
    }

    private static CompanyProfile company(CompanyRequest c, List<FieldError> errors) {
        if (c == null) {
            return null;
        }
        LogoImages.Logo logo = null;
        if (c.logo() != null && !c.logo().isBlank()) {
            try {
                // the type is read from the bytes; the declared logoContentType is not trusted
                logo = LogoImages.toStore(Base64.getDecoder().decode(c.logo().trim()));
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("company.logo", "must be base64"));
            } catch (ValidationException e) {
                errors.addAll(e.prefixed("company.").errors());
            }
        }
        try {
            return new CompanyProfile(c.name(), c.address(), c.phone(), c.email(), c.taxId(),
                    logo == null ? null : logo.bytes(), logo == null ? null : logo.contentType());
        } catch (ValidationException e) {
            errors.addAll(e.prefixed("company.").errors());
            return null;
        }
    }

    private static Rate rate(List<FieldError> errors, String field, BigDecimal value) {
        if (value == null) {
            return null;
        }
        try {
            return new Rate(value);
        } catch (ValidationException e) {
            e.errors().forEach(err -> errors.add(new FieldError(field, err.message())));
            return null;
        }
    }
}
