package com.wqs.adapter.web.api;

import com.wqs.adapter.web.api.dto.BomLineRequest;
import com.wqs.adapter.web.api.dto.BomPiecesRequest;
import com.wqs.adapter.web.api.dto.DeductionJson;
import com.wqs.adapter.web.api.dto.LaborRateRequest;
import com.wqs.adapter.web.api.dto.LaborRateResponse;
import com.wqs.adapter.web.api.dto.LayoutJson;
import com.wqs.adapter.web.api.dto.MaterialRequest;
import com.wqs.adapter.web.api.dto.MaterialResponse;
import com.wqs.adapter.web.api.dto.ProductLayoutRequest;
import com.wqs.adapter.web.api.dto.ProductRequest;
import com.wqs.adapter.web.api.dto.ProductResponse;
import com.wqs.adapter.web.json.JsonCodec;
import com.wqs.adapter.web.security.RequestAuth;
import com.wqs.application.port.in.ManageCatalogUseCase;
import com.wqs.application.port.in.MaterialCommand;
import com.wqs.application.port.in.ProductCommand;
import com.wqs.application.port.in.ProductCommand.BomLineCommand;
import com.wqs.domain.catalog.LaborRate;
import com.wqs.domain.catalog.Material;
import com.wqs.domain.catalog.MaterialCategory;
import com.wqs.domain.catalog.MaterialId;
import com.wqs.domain.catalog.Product;
import com.wqs.domain.catalog.ProductId;
import com.wqs.domain.catalog.ProductLayout;
import com.wqs.domain.catalog.WindowType;
import com.wqs.domain.shared.ValidationException;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;

/** Materials, products and labour rates: everyone reads, ADMIN writes. */
final class CatalogController implements ApiController {
    private final ManageCatalogUseCase catalog;
    private final JsonCodec json;

    CatalogController(ManageCatalogUseCase catalog, JsonCodec json) {
        this.catalog = catalog;
        this.json = json;
    }

    @Override
    public void routes(ApiRoutes api) {
        api.tag("materials");
        api.get("/materials", this::listMaterials).summary("Materials sorted by code")
                .queryEnum("category", MaterialCategory.class, "only this category")
                .query("active", "boolean", "only active (true) or inactive (false) materials")
                .returnsList(MaterialResponse.class);
        api.post("/materials", this::createMaterial).summary("Create a material (ADMIN)")
                .accepts(MaterialRequest.class).returns(201, MaterialResponse.class).errors(409);
        api.get("/materials/{id}", this::getMaterial).summary("One material").returns(MaterialResponse.class);
        api.put("/materials/{id}", this::updateMaterial).summary("Replace a material (ADMIN)")
                .description(ApiRoutes.REPLACE_WITH_VERSION)
                .accepts(MaterialRequest.class).returns(MaterialResponse.class).errors(409);
        api.delete("/materials/{id}", this::deleteMaterial)
                .summary("Delete a material no product uses (ADMIN)").returnsNoContent().errors(409);

        api.tag("products");
        api.get("/products", this::listProducts).summary("Products sorted by code").returnsList(ProductResponse.class);
        api.post("/products", this::createProduct)
                .summary("Create a product (ADMIN); BOM formulas and pieces are validated and BOM materials must exist")
                .accepts(ProductRequest.class).returns(201, ProductResponse.class).errors(409);
        api.get("/products/{id}", this::getProduct).summary("One product").returns(ProductResponse.class);
        api.put("/products/{id}", this::updateProduct).summary("Replace a product (ADMIN)")
                .description(ApiRoutes.REPLACE_WITH_VERSION)
                .accepts(ProductRequest.class).returns(ProductResponse.class).errors(409);
        api.delete("/products/{id}", this::deleteProduct).summary("Delete a product (ADMIN)").returnsNoContent()
                .errors(409);

        api.tag("labor-rates");
        api.get("/labor-rates", this::listLaborRates).summary("Labour rates per window type")
                .returnsList(LaborRateResponse.class);
        api.put("/labor-rates/{windowType}", this::setLaborRate)
                .summary("Set the labour rate of a window type (ADMIN)")
                .accepts(LaborRateRequest.class).returns(LaborRateResponse.class);
    }

    private void listMaterials(Context ctx) {
        MaterialCategory category = Params.optionalEnum(ctx, "category", MaterialCategory.class);
        Boolean active = optionalBoolean(ctx, "active");
        json.ok(ctx, catalog.listMaterials(RequestAuth.actor(ctx)).stream()
                .filter(m -> category == null || m.category() == category)
                .filter(m -> active == null || m.active() == active)
                .map(MaterialResponse::from).toList());
    }

    private void createMaterial(Context ctx) {
        Material material = catalog.createMaterial(RequestAuth.actor(ctx),
                materialCommand(json.read(ctx, MaterialRequest.class)));
        ctx.header("Location", ApiRoutes.PREFIX + "/materials/" + material.id());
        json.respond(ctx, 201, MaterialResponse.from(material));
    }

    private void getMaterial(Context ctx) {
        json.ok(ctx, MaterialResponse.from(catalog.getMaterial(RequestAuth.actor(ctx), materialId(ctx))));
    }

    private void updateMaterial(Context ctx) {
        MaterialId id = materialId(ctx);
        MaterialRequest request = json.read(ctx, MaterialRequest.class);
        json.ok(ctx, MaterialResponse.from(catalog.updateMaterial(RequestAuth.actor(ctx), id, materialCommand(request),
                request.version())));
    }

    private void deleteMaterial(Context ctx) {
        catalog.deleteMaterial(RequestAuth.actor(ctx), materialId(ctx));
        ctx.status(204);
    }

    private void listProducts(Context ctx) {
        json.ok(ctx, catalog.listProducts(RequestAuth.actor(ctx)).stream().map(ProductResponse::from).toList());
    }

    private void createProduct(Context ctx) {
        Product product = catalog.createProduct(RequestAuth.actor(ctx),
                productCommand(json.read(ctx, ProductRequest.class)));
        ctx.header("Location", ApiRoutes.PREFIX + "/products/" + product.id());
        json.respond(ctx, 201, ProductResponse.from(product));
    }

    private void getProduct(Context ctx) {
        json.ok(ctx, ProductResponse.from(catalog.getProduct(RequestAuth.actor(ctx), productId(ctx))));
    }

    private void updateProduct(Context ctx) {
        ProductId id = productId(ctx);
        ProductRequest request = json.read(ctx, ProductRequest.class);
        json.ok(ctx, ProductResponse.from(catalog.updateProduct(RequestAuth.actor(ctx), id, productCommand(request),
                request.version())));
    }

    private void deleteProduct(Context ctx) {
        catalog.deleteProduct(RequestAuth.actor(ctx), productId(ctx));
        ctx.status(204);
    }

    private void listLaborRates(Context ctx) {
        json.ok(ctx, catalog.listLaborRates(RequestAuth.actor(ctx)).stream().map(LaborRateResponse::from).toList());
    }

    private void setLaborRate(Context ctx) {
        WindowType type = Params.parseEnum("windowType", ctx.pathParam("windowType"), WindowType.class);
        LaborRateRequest r = json.read(ctx, LaborRateRequest.class);
        LaborRate saved = catalog.setLaborRate(RequestAuth.actor(ctx), new LaborRate(type, r.ratePerM2(),
                r.complexity()));
        json.ok(ctx, LaborRateResponse.from(saved));
    }

    private static MaterialCommand materialCommand(MaterialRequest r) {
        return new MaterialCommand(r.code(), r.name(), r.category(), r.unit(), r.unitCost(), r.stockLengthM(),
                r.active(), r.colourCosts());
    }

    private static ProductCommand productCommand(ProductRequest r) {
        List<BomLineCommand> bom = new ArrayList<>();
        if (r.bom() != null) {
            for (int i = 0; i < r.bom().size(); i++) {
                BomLineRequest line = r.bom().get(i);
                if (line == null) {
                    throw new ValidationException("bom[" + i + "]", "is required");
                }
                bom.add(new BomLineCommand(line.materialCode(), line.formula(), line.wasteFactor(), line.description(),
                        line.scope(), BomPiecesRequest.toCommand(line.pieces())));
            }
        }
        return new ProductCommand(r.code(), r.name(), r.category(), r.windowType(), r.minWidthMm(), r.maxWidthMm(),
                r.minHeightMm(), r.maxHeightMm(), bom, productLayout(r.layout()), r.active());
    }

    /** Absent: none (one cell, no deductions); absent fields take the values of {@link ProductLayout#NONE}. */
    static ProductLayout productLayout(ProductLayoutRequest r) {
        if (r == null) {
            return null;
        }
        ProductLayout none = ProductLayout.NONE;
        return new ProductLayout(LayoutJson.toLayout(r.defaultLayout()),
                r.lineMayChange() == null ? none.lineMayChange() : r.lineMayChange(),
                r.divisionWidthMm() == null ? none.divisionWidthMm() : r.divisionWidthMm(),
                r.minCellMm() == null ? none.minCellMm() : r.minCellMm(),
                DeductionJson.toDeduction(r.fixedDeduction()), DeductionJson.toDeduction(r.sashDeduction()));
    }

    private static Boolean optionalBoolean(Context ctx, String name) {
        String value = Params.text(ctx, name);
        if (value == null) {
            return null;
        }
        return switch (value) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new ValidationException(name, "must be true or false");
        };
    }

    private static MaterialId materialId(Context ctx) {
        return new MaterialId(Params.pathId(ctx, "id"));
    }

    private static ProductId productId(Context ctx) {
        return new ProductId(Params.pathId(ctx, "id"));
    }
}
