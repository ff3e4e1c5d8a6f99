package com.wqs.application.port.in;

import com.wqs.domain.catalog.LaborRate;
import com.wqs.domain.catalog.Material;
import com.wqs.domain.catalog.MaterialId;
import com.wqs.domain.catalog.Product;
import com.wqs.domain.catalog.ProductId;
import com.wqs.domain.user.Actor;
import java.util.List;

/**
 * Materials, products (BOM formulas validated on save, BOM materials must exist) and labour rates.
 * Everyone reads; only ADMIN writes.
 */
public interface ManageCatalogUseCase {
    Material createMaterial(Actor actor, MaterialCommand command);

    /**
     * Replaces a material.
     *
     * @param expectedVersion the version the client read (required, else a VALIDATION error on {@code version});
     *         a stale one writes nothing: CONFLICT {@code material.stale}, carrying the stored version
     */
    Material updateMaterial(Actor actor, MaterialId id, MaterialCommand command, Long expectedVersion);

    Material getMaterial(Actor actor, MaterialId id);

    List<Material> listMaterials(Actor actor);

    /** A material used by a product's BOM is not deleted (CONFLICT); quotes keep their snapshot. */
    void deleteMaterial(Actor actor, MaterialId id);

    Product createProduct(Actor actor, ProductCommand command);

    /** Replaces a product; {@code expectedVersion} as for {@link #updateMaterial} ({@code product.stale}). */
    Product updateProduct(Actor actor, ProductId id, ProductCommand command, Long expectedVersion);

    Product getProduct(Actor actor, ProductId id);

    Product getProductByCode(Actor actor, String code);

    List<Product> listProducts(Actor actor);

    void deleteProduct(Actor actor, ProductId id);

    List<LaborRate> listLaborRates(Actor actor);

    LaborRate setLaborRate(Actor actor, LaborRate rate);

    /**
     * Creates or updates (by code) every material, all or nothing: when any row is bad nothing is
     * written and the validation error names every bad row as {@code rows[i].field}.
     */
    ImportResult importMaterials(Actor actor, List<MaterialCommand> rows);

    /** As {@link #importMaterials}, for products; BOM materials must exist or be in the same import. */
    ImportResult importProducts(Actor actor, List<ProductCommand> rows);
}
