package com.wqs.application.inmemory;

import com.wqs.application.port.out.MaterialRepository;
import com.wqs.domain.catalog.Material;
import com.wqs.domain.catalog.MaterialId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

final class InMemoryMaterialRepository implements MaterialRepository {
    private final CodedTable<MaterialId, Material> table;

    InMemoryMaterialRepository(InMemoryDatabase database) {
        this.table = new CodedTable<>(database, "material", tables -> tables.materials, Material::id, Material::code,
                Material::version, Material::withVersion);
    }

    @Override
    public void insert(Material material) {
        table.insert(material);
    }

    @Override
    public void update(Material material) {
        table.update(material);
    }

    @Override
    public Optional<Material> findById(MaterialId id) {
        return table.findById(id);
    }

    @Override
    public Optional<Material> findByCode(String code) {
        return table.findByCode(code);
    }

    @Override
    public List<Material> findByCodes(Collection<String> codes) {
        return table.findByCodes(codes);
    }

    @Override
    public List<Material> findAll() {
        return table.findAll();
    }

    @Override
    public boolean delete(MaterialId id) {
        return table.delete(id);
    }
}
