package com.wqs.adapter.web.api;

import com.wqs.adapter.web.api.csv.ImportRows;
import com.wqs.adapter.web.api.csv.MaterialCsv;
import com.wqs.adapter.web.api.csv.ProductCsv;
import com.wqs.adapter.web.api.dto.ImportResultResponse;
import com.wqs.adapter.web.json.JsonCodec;
import com.wqs.adapter.web.security.RequestAuth;
import com.wqs.application.port.in.ImportResult;
import com.wqs.application.port.in.ManageCatalogUseCase;
import com.wqs.domain.shared.ValidationException;
import com.wqs.domain.user.Actor;
import io.javalin.http.Context;
import io.javalin.http.UnsupportedMediaTypeResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;

/**
 * The catalogue as CSV files (formats in {@link MaterialCsv} and {@link ProductCsv}). An import is all or
 * nothing: one bad row and nothing is written, and the answer names every bad row of the file.
 */
final class CatalogCsvController implements ApiController {
    static final String CSV = "text/csv";
    private static final String FORMAT_NOTE = "Row numbers in errors are those of the file: the header is row 1.";

    private final ManageCatalogUseCase catalog;
    private final JsonCodec json;

    CatalogCsvController(ManageCatalogUseCase catalog, JsonCodec json) {
        this.catalog = catalog;
        this.json = json;
    }

    @Override
    public void routes(ApiRoutes api) {
        api.tag("catalog-csv");
        api.get("/catalog/materials.csv", this::exportMaterials).summary("Export the materials as CSV")
                .description("Columns: code,name,category,unit,unitCost,stockLengthM,active,colourCosts "
                        + "(colourCosts as WHITE=110.00;BLACK=120.00).")
                .returnsContent(200, CSV);
        api.post("/catalog/materials.csv", this::importMaterials)
                .summary("Import materials from CSV (ADMIN): creates or updates by code, all or nothing")
                .description("Same columns as the export. " + FORMAT_NOTE)
                .acceptsContent(CSV).returns(ImportResultResponse.class);
        api.get("/catalog/products.csv", this::exportProducts).summary("Export the products as CSV")
                .description("One row per BOM line: code,name,category,windowType,minWidthMm,maxWidthMm,"
                        + "minHeightMm,maxHeightMm,active,bomMaterialCode,bomFormula,bomWasteFactor,bomDescription.")
                .returnsContent(200, CSV);
        api.post("/catalog/products.csv", this::importProducts)
                .summary("Import products from CSV (ADMIN): creates or updates by code, all or nothing")
                .description("Same columns as the export; rows with the same code form one product. " + FORMAT_NOTE)
                .acceptsContent(CSV).returns(ImportResultResponse.class);
    }

    private void exportMaterials(Context ctx) {
        csv(ctx, "materials.csv", MaterialCsv.export(catalog.listMaterials(RequestAuth.actor(ctx))));
    }

    private void exportProducts(Context ctx) {
        csv(ctx, "products.csv", ProductCsv.export(catalog.listProducts(RequestAuth.actor(ctx))));
    }

    private void importMaterials(Context ctx) {
        Actor actor = RequestAuth.actor(ctx);
        importRows(ctx, MaterialCsv.parse(upload(ctx)), rows -> catalog.importMaterials(actor, rows));
    }

    private void importProducts(Context ctx) {
        Actor actor = RequestAuth.actor(ctx);
        importRows(ctx, ProductCsv.parse(upload(ctx)), rows -> catalog.importProducts(actor, rows));
    }

    private <C> void importRows(Context ctx, ImportRows<C> rows, Function<List<C>, ImportResult> importer) {
        rows.requireValid();
        ImportResult result;
        try {
            result = importer.apply(rows.commands());
        } catch (ValidationException e) {
            throw rows.inFileTerms(e);
        }
        json.ok(ctx, ImportResultResponse.from(result));
    }

    private static byte[] upload(Context ctx) {
        String contentType = ctx.contentType();
        String mediaType = contentType == null ? "" : contentType.split(";", 2)[0].trim();
        if (!mediaType.equalsIgnoreCase(CSV)) {
            throw new UnsupportedMediaTypeResponse("Content-Type must be text/csv");
        }
        return ctx.bodyAsBytes();
    }

    private static void csv(Context ctx, String fileName, String content) {
        ctx.contentType(CSV + "; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                .result(content.getBytes(StandardCharsets.UTF_8));
    }
}
