package com.wqs.application.service;

import com.wqs.application.port.in.ImportResult;
import com.wqs.application.port.in.ManageCatalogUseCase;
import com.wqs.application.port.in.MaterialCommand;
import com.wqs.application.port.in.ProductCommand;
import com.wqs.application.port.out.Store;
import com.wqs.domain.catalog.LaborRate;
import com.wqs.domain.catalog.Material;
import com.wqs.domain.catalog.MaterialId;
import com.wqs.domain.catalog.Product;
import com.wqs.domain.catalog.ProductId;
import com.wqs.domain.shared.ConflictException;
import com.wqs.domain.shared.NotFoundException;
import com.wqs.domain.user.AccessPolicy;
import com.wqs.domain.user.Actor;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The catalogue: everyone reads, ADMIN writes. A material a product's BOM uses is neither deleted
 * nor renamed (the BOM refers to it by code); quotes are unaffected either way, they keep their
 * priced snapshot.
 */
public final class CatalogService implements ManageCatalogUseCase {
    private final Store store;
    private final CatalogImport imports;

    public CatalogService(Store store) {
        this.store = store;
        this.imports = new CatalogImport(store);
    }

    @Override
    public Material createMaterial(Actor actor, MaterialCommand command) {
        requireAdmin(actor);
        Material material = CatalogCommands.material(MaterialId.newId(), command, 0);
        return store.transactions().inTransaction(() -> {
            requireFreeMaterialCode(material);
            store.materials().insert(material);
            return loadMaterial(material.id());
        });
    }

    @Override
    public Material updateMaterial(Actor actor, MaterialId id, MaterialCommand command, Long expectedVersion) {
        requireAdmin(actor);
        return store.transactions().inTransaction(() -> {
            Material current = loadMaterial(id);
            Material changed = ExpectedVersion.build("material", expectedVersion,
                    version -> CatalogCommands.material(id, command, version));
            ExpectedVersion.require("material", "material " + current.code(), current.version(), changed.version());
            if (!changed.code().equals(current.code())) {
                requireFreeMaterialCode(changed);
                requireUnused(current, "renamed");
            }
            store.materials().update(changed);
            return loadMaterial(id);
        });
    }

    @Override
    public Material getMaterial(Actor actor, MaterialId id) {
        return store.transactions().inTransaction(() -> loadMaterial(id));
    }

    @Override
    public List<Material> listMaterials(Actor actor) {
        return store.transactions().inTransaction(() -> store.materials().findAll());
    }

    @Override
    public void deleteMaterial(Actor actor, MaterialId id) {
        requireAdmin(actor);
        store.transactions().run(() -> {
            requireUnused(loadMaterial(id), "deleted");
            store.materials().delete(id);
        });
    }

    @Override
    public Product createProduct(Actor actor, ProductCommand command) {
        requireAdmin(actor);
        return store.transactions().inTransaction(() -> {
            Product product = CatalogCommands.product(ProductId.newId(), command, 0, this::materialExists);
            requireFreeProductCode(product);
            store.products().insert(product);
            return loadProduct(product.id());
        });
    }

    @Override
    public Product updateProduct(Actor actor, ProductId id, ProductCommand command, Long expectedVersion) {
        requireAdmin(actor);
        return store.transactions().inTransaction(() -> {
            Product current = loadProduct(id);
            Product changed = ExpectedVersion.build("product", expectedVersion,
                    version -> CatalogCommands.product(id, command, version, this::materialExists));
            ExpectedVersion.require("product", "product " + current.code(), current.version(), changed.version());
            if (!changed.code().equals(current.code())) {
                requireFreeProductCode(changed);
            }
            store.products().update(changed);
            return loadProduct(id);
        });
    }

    @Override
    public Product getProduct(Actor actor, ProductId id) {
        return store.transactions().inTransaction(() -> loadProduct(id));
    }

    @Override
    public Product getProductByCode(Actor actor, String code) {
        // Codes are stored upper-case; people type them in any case.
        String wanted = code == null ? "" : code.trim().toUpperCase(Locale.ROOT);
        return store.transactions().inTransaction(() -> store.products().findByCode(wanted))
                .orElseThrow(() -> new NotFoundException("product", wanted));
    }

    @Override
    public List<Product> listProducts(Actor actor) {
        return store.transactions().inTransaction(() -> store.products().findAll());
    }

    @Override
    public void deleteProduct(Actor actor, ProductId id) {
        requireAdmin(actor);
        store.transactions().run(() -> {
            if (!store.products().delete(id)) {
                throw new NotFoundException("product", id);
            }
        });
    }

    @Override
    public List<LaborRate> listLaborRates(Actor actor) {
        return store.transactions().inTransaction(() -> store.laborRates().findAll());
    }

    @Override
    public LaborRate setLaborRate(Actor actor, LaborRate rate) {
        requireAdmin(actor);
        Objects.requireNonNull(rate, "rate");
        return store.transactions().inTransaction(() -> {
            store.laborRates().save(rate);
            return store.laborRates().find(rate.windowType()).orElseThrow();
        });
    }

    @Override
    public ImportResult importMaterials(Actor actor, List<MaterialCommand> rows) {
        requireAdmin(actor);
        return imports.materials(rows == null ? List.of() : rows);
    }

    @Override
    public ImportResult importProducts(Actor actor, List<ProductCommand> rows) {
        requireAdmin(actor);
        return imports.products(rows == null ? List.of() : rows);
    }

    private boolean materialExists(String code) {
        return store.materials().findByCode(code).isPresent();
    }

    private void requireFreeMaterialCode(Material material) {
        if (store.materials().findByCode(material.code()).isPresent()) {
            throw new ConflictException("material.code_taken", "a material with code " + material.code() + " exists");
        }
    }

    private void requireFreeProductCode(Product product) {
        if (store.products().findByCode(product.code()).isPresent()) {
            throw new ConflictException("product.code_taken", "a product with code " + product.code() + " exists");
        }
    }

    private void requireUnused(Material material, String refusedChange) {
        Optional<Product> user = store.products().findAll().stream()
                .filter(product -> product.bom().stream().anyMatch(line -> line.materialCode().equals(material.code())))
                .findFirst();
        if (user.isPresent()) {
            throw new ConflictException("material.in_use", "material " + material.code() + " is in the bill of materials of "
                    + user.get().code() + " and cannot be " + refusedChange);
        }
    }

    private Material loadMaterial(MaterialId id) {
        return store.materials().findById(id).orElseThrow(() -> new NotFoundException("material", id));
    }

    private Product loadProduct(ProductId id) {
        return store.products().findById(id).orElseThrow(() -> new NotFoundException("product", id));
    }

    private static void requireAdmin(Actor actor) {
        Access.require(AccessPolicy.canManageCatalog(actor), "only ADMIN changes the catalogue");
    }
}
