package com.wqs.adapter.web.page;

import com.wqs.adapter.web.api.csv.ImportRows;
import com.wqs.adapter.web.api.csv.MaterialCsv;
import com.wqs.adapter.web.api.csv.ProductCsv;
import com.wqs.application.port.in.ImportResult;
import com.wqs.application.port.in.MaterialCommand;
import com.wqs.application.port.in.ProductCommand;
import com.wqs.application.service.UseCases;
import com.wqs.domain.catalog.LaborRate;
import com.wqs.domain.catalog.Material;
import com.wqs.domain.catalog.MaterialId;
import com.wqs.domain.catalog.Product;
import com.wqs.domain.catalog.ProductId;
import com.wqs.domain.catalog.ProductLayout;
import com.wqs.domain.catalog.WindowType;
import com.wqs.domain.shared.ConflictException;
import com.wqs.domain.shared.FieldError;
import com.wqs.domain.shared.NotFoundException;
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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * The catalogue: materials, products with their BOM (formulas checked on save, errors next to the
 * row), labour rates, and CSV export and import. Everyone reads it; only ADMIN changes it.
 */
final class CatalogPages {
    private final UseCases useCases;
    private final PageRenderer renderer;

    CatalogPages(UseCases useCases, PageRenderer renderer) {
        this.useCases = useCases;
        this.renderer = renderer;
    }

    void register(JavalinDefaultRoutingApi routes) {
        routes.get("/catalog", ctx -> {
            Viewer viewer = Viewer.of(ctx, useCases);
            overview(ctx, viewer, 200, laborRates(viewer), FieldErrors.NONE, null);
        });
        routes.get("/catalog/materials/new", ctx -> materialForm(ctx, Viewer.of(ctx, useCases), 200, null, null,
                MaterialForm.blank(), FieldErrors.NONE, null));
        routes.post("/catalog/materials", ctx -> saveMaterial(ctx, null));
        routes.get("/catalog/materials/{id}", this::editMaterial);
        routes.post("/catalog/materials/{id}", ctx -> saveMaterial(ctx, materialId(ctx)));
        routes.post("/catalog/materials/{id}/delete", this::deleteMaterial);
        routes.get("/catalog/products/new", ctx -> productForm(ctx, Viewer.of(ctx, useCases), 200, null, null,
                ProductForm.blank(), FieldErrors.NONE, null));
        routes.post("/catalog/products", ctx -> saveProduct(ctx, null));
        routes.get("/catalog/products/{id}", this::editProduct);
        routes.post("/catalog/products/{id}", ctx -> saveProduct(ctx, productId(ctx)));
        routes.post("/catalog/products/{id}/delete", this::deleteProduct);
        routes.post("/catalog/labor-rates", this::saveLaborRates);
        routes.post("/catalog/import", this::importCsv);
    }

    private void overview(Context ctx, Viewer viewer, int status, List<LaborRateRow> rates, FieldErrors errors,
            String error) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("shell", viewer.shell(ctx, viewer.text("catalog.title"), Section.CATALOG));
        params.put("materials", useCases.catalog().listMaterials(viewer.actor()));
        params.put("products", useCases.catalog().listProducts(viewer.actor()));
        params.put("rates", rates);
        params.put("errors", errors);
        params.put("error", error);
        renderer.render(ctx, status, "catalog.jte", params);
    }

    /** One row per window type; a type without a rate shows blank fields. */
    private List<LaborRateRow> laborRates(Viewer viewer) {
        Map<WindowType, LaborRate> stored = new LinkedHashMap<>();
        useCases.catalog().listLaborRates(viewer.actor()).forEach(rate -> stored.put(rate.windowType(), rate));
        List<LaborRateRow> rows = new ArrayList<>();
        for (WindowType type : WindowType.values()) {
            LaborRate rate = stored.get(type);
            rows.add(rate == null ? new LaborRateRow(type, "", "")
                    : new LaborRateRow(type, rate.ratePerM2().toPlainString(), rate.complexity().toPlainString()));
        }
        return rows;
    }

    private void editMaterial(Context ctx) {
        Viewer viewer = Viewer.of(ctx, useCases);
        Material material = useCases.catalog().getMaterial(viewer.actor(), materialId(ctx));
        materialForm(ctx, viewer, 200, material.id().toString(), material.version(), MaterialForm.of(material),
                FieldErrors.NONE, null);
    }

    private void saveMaterial(Context ctx, MaterialId id) {
        Viewer viewer = Viewer.of(ctx, useCases);
        FormInput input = FormInput.of(ctx);
        MaterialForm form = MaterialForm.read(input);
        Long version = id == null ? null : input.version();
        String shownId = id == null ? null : id.toString();
        try {
            MaterialCommand command = form.command(input, viewer.messages());
            input.requireValid();
            if (id == null) {
                useCases.catalog().createMaterial(viewer.actor(), command);
            } else {
                useCases.catalog().updateMaterial(viewer.actor(), id, command, version);
            }
            ctx.redirect("/catalog?done=saved#materials", HttpStatus.SEE_OTHER);
        } catch (ValidationException e) {
            materialForm(ctx, viewer, 400, shownId, version, form, new FieldErrors(e.errors()), null);
        } catch (StaleVersionException e) {
            Material stored = useCases.catalog().getMaterial(viewer.actor(), id);
            materialForm(ctx, viewer, 409, shownId, stored.version(), form, FieldErrors.NONE,
                    ChangedMeanwhile.between(viewer.text("catalog.material.changed", stored.code()), stored.version(),
                            form, MaterialForm.of(stored), Set.of()));
        } catch (ConflictException e) {
            String stored = id == null ? form.code() : useCases.catalog().getMaterial(viewer.actor(), id).code();
            materialForm(ctx, viewer, 409, shownId, version, form,
                    new FieldErrors(List.of(new FieldError("code", conflict(viewer, e, form.code(), stored)))), null);
        }
    }

    private void deleteMaterial(Context ctx) {
        Viewer viewer = Viewer.of(ctx, useCases);
        try {
            useCases.catalog().deleteMaterial(viewer.actor(), materialId(ctx));
            ctx.redirect("/catalog?done=deleted#materials", HttpStatus.SEE_OTHER);
        } catch (ConflictException e) {
            String code = useCases.catalog().getMaterial(viewer.actor(), materialId(ctx)).code();
            overview(ctx, viewer, 409, laborRates(viewer), FieldErrors.NONE, conflict(viewer, e, code, code));
        }
    }

    /** {@code version}: the one the form saves with (null: a new one); {@code changed}: after a stale save. */
    private void materialForm(Context ctx, Viewer viewer, int status, String id, Long version, MaterialForm form,
            FieldErrors errors, ChangedMeanwhile changed) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("shell", viewer.shell(ctx, id == null ? viewer.text("catalog.material.new")
                : viewer.text("catalog.material.title", form.code()),
                Section.CATALOG));
        params.put("id", id);
        params.put("version", version == null ? "" : version.toString());
        params.put("form", form);
        params.put("errors", errors);
        params.put("changed", changed);
        renderer.render(ctx, status, "material.jte", params);
    }

    private void editProduct(Context ctx) {
        Viewer viewer = Viewer.of(ctx, useCases);
        Product product = useCases.catalog().getProduct(viewer.actor(), productId(ctx));
        productForm(ctx, viewer, 200, product.id().toString(), product.version(), ProductForm.of(product),
                FieldErrors.NONE, null);
    }

    private void saveProduct(Context ctx, ProductId id) {
        Viewer viewer = Viewer.of(ctx, useCases);
        FormInput input = FormInput.of(ctx);
        ProductForm form = ProductForm.read(input);
        Long version = id == null ? null : input.version();
        String shownId = id == null ? null : id.toString();
        try {
            ProductLayout layout = id == null ? null : useCases.catalog().getProduct(viewer.actor(), id).layout();
            ProductCommand command = form.command(input, layout);
            input.requireValid();
            if (id == null) {
                useCases.catalog().createProduct(viewer.actor(), command);
            } else {
                useCases.catalog().updateProduct(viewer.actor(), id, command, version);
            }
            ctx.redirect("/catalog?done=saved#products", HttpStatus.SEE_OTHER);
        } catch (ValidationException e) {
            productForm(ctx, viewer, 400, shownId, version, form, new FieldErrors(e.errors()), null);
        } catch (StaleVersionException e) {
            Product stored = useCases.catalog().getProduct(viewer.actor(), id);
            productForm(ctx, viewer, 409, shownId, stored.version(), form, FieldErrors.NONE,
                    ChangedMeanwhile.between(viewer.text("catalog.product.changed", stored.code()), stored.version(),
                            form, ProductForm.of(stored), Set.of()));
        } catch (ConflictException e) {
            productForm(ctx, viewer, 409, shownId, version, form,
                    new FieldErrors(List.of(new FieldError("code", conflict(viewer, e, form.code(), form.code())))),
                    null);
        }
    }

    private void deleteProduct(Context ctx) {
        Viewer viewer = Viewer.of(ctx, useCases);
        try {
            useCases.catalog().deleteProduct(viewer.actor(), productId(ctx));
            ctx.redirect("/catalog?done=deleted#products", HttpStatus.SEE_OTHER);
        } catch (ConflictException e) {
            overview(ctx, viewer, 409, laborRates(viewer), FieldErrors.NONE, e.getMessage());
        }
    }

    /** As {@link #materialForm}, for a product. */
    private void productForm(Context ctx, Viewer viewer, int status, String id, Long version, ProductForm form,
            FieldErrors errors, ChangedMeanwhile changed) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("shell", viewer.shell(ctx, id == null ? viewer.text("catalog.product.new")
                : viewer.text("catalog.product.title", form.code()),
                Section.CATALOG));
        params.put("id", id);
        params.put("form", form);
        params.put("version", version == null ? "" : version.toString());
        params.put("materials", useCases.catalog().listMaterials(viewer.actor()));
        params.put("errors", errors);
        params.put("changed", changed);
        renderer.render(ctx, status, "product.jte", params);
    }

    /**
     * Every window type's row: both fields blank leaves the type as it is. All rows are checked before
     * any is saved, so a bad row changes nothing.
     */
    private void saveLaborRates(Context ctx) {
        Viewer viewer = Viewer.of(ctx, useCases);
        FormInput form = FormInput.of(ctx);
        List<LaborRate> rates = new ArrayList<>();
        List<LaborRateRow> typed = new ArrayList<>();
        List<FieldError> errors = new ArrayList<>();
        for (WindowType type : WindowType.values()) {
            String prefix = "laborRates." + type.name() + ".";
            String rate = form.text(prefix + "ratePerM2");
            String complexity = form.text(prefix + "complexity");
            typed.add(new LaborRateRow(type, rate, complexity));
            if (rate.isEmpty() && complexity.isEmpty()) {
                continue;
            }
            BigDecimal ratePerM2 = form.requiredDecimal(prefix + "ratePerM2", rate);
            BigDecimal factor = form.requiredDecimal(prefix + "complexity", complexity);
            if (ratePerM2 == null || factor == null) {
                continue;
            }
            try {
                rates.add(new LaborRate(type, ratePerM2, factor));
            } catch (ValidationException e) {
                errors.addAll(e.prefixed(prefix).errors());
            }
        }
        try {
            form.requireValid();
            if (!errors.isEmpty()) {
                throw new ValidationException(errors);
            }
            rates.forEach(rate -> useCases.catalog().setLaborRate(viewer.actor(), rate));
            ctx.redirect("/catalog?done=saved#labor-rates", HttpStatus.SEE_OTHER);
        } catch (ValidationException e) {
            List<FieldError> all = new ArrayList<>(e.errors());
            errors.stream().filter(error -> !all.contains(error)).forEach(all::add);
            overview(ctx, viewer, 400, typed, new FieldErrors(all), null);
        }
    }

    /**
     * A refusal of the catalogue in the page's language: {@code typed} is the code the form gave, {@code stored}
     * the material's code as saved (a material in a product's BOM keeps its code and stays).
     */
    private String conflict(Viewer viewer, ConflictException e, String typed, String stored) {
        return switch (e.code()) {
            case "material.code_taken" -> viewer.text("catalog.conflict.material-code-taken", typed);
            case "product.code_taken" -> viewer.text("catalog.conflict.product-code-taken", typed);
            case "material.in_use" -> useCases.catalog().listProducts(viewer.actor()).stream()
                    .filter(p -> p.bom().stream().anyMatch(line -> line.materialCode().equals(stored)))
                    .findFirst()
                    .map(p -> viewer.text(typed.equals(stored) ? "catalog.conflict.material-in-use.deleted"
                            : "catalog.conflict.material-in-use.renamed", stored, p.code()))
                    .orElse(e.getMessage());
            default -> e.getMessage();
        };
    }

    /** A CSV upload, all or nothing, through the same parsing as the API's import. */
    private void importCsv(Context ctx) {
        Viewer viewer = Viewer.of(ctx, useCases);
        String kind = ctx.formParam("kind");
        UploadedFile file = ctx.uploadedFile("file");
        try {
            if (file == null || file.size() == 0) {
                throw new ValidationException("file", viewer.text("catalog.csv.choose-file"));
            }
            byte[] content = read(file);
            if ("products".equals(kind)) {
                importRows(ProductCsv.parse(content),
                        rows -> useCases.catalog().importProducts(viewer.actor(), rows));
            } else if ("materials".equals(kind)) {
                importRows(MaterialCsv.parse(content),
                        rows -> useCases.catalog().importMaterials(viewer.actor(), rows));
            } else {
                throw new ValidationException("kind", viewer.text("catalog.csv.bad-kind"));
            }
            ctx.redirect("/catalog?done=imported#import", HttpStatus.SEE_OTHER);
        } catch (ValidationException e) {
            overview(ctx, viewer, 400, laborRates(viewer), new FieldErrors(e.errors()),
                    viewer.text("catalog.csv.nothing-imported"));
        }
    }

    private static <C> ImportResult importRows(ImportRows<C> rows, Function<List<C>, ImportResult> importer) {
        rows.requireValid();
        try {
            return importer.apply(rows.commands());
        } catch (ValidationException e) {
            throw rows.inFileTerms(e);
        }
    }

    private static byte[] read(UploadedFile file) {
        try (InputStream in = file.content()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("reading the uploaded CSV", e);
        }
    }

    private static MaterialId materialId(Context ctx) {
        return new MaterialId(uuid(ctx, "material"));
    }

    private static ProductId productId(Context ctx) {
        return new ProductId(uuid(ctx, "product"));
    }

    private static UUID uuid(Context ctx, String entity) {
        try {
            return UUID.fromString(ctx.pathParam("id"));
        } catch (IllegalArgumentException e) {
            throw new NotFoundException(entity, ctx.pathParam("id"));
        }
    }
}
