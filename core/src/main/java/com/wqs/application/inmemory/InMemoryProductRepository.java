package com.wqs.application.inmemory;

import com.wqs.application.port.out.ProductRepository;
import com.wqs.domain.catalog.Product;
import com.wqs.domain.catalog.ProductId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

final class InMemoryProductRepository implements ProductRepository {
    private final CodedTable<ProductId, Product> table;

    InMemoryProductRepository(InMemoryDatabase database) {
        this.table = new CodedTable<>(database, "product", tables -> tables.products, Product::id, Product::code,
                Product::version, Product::withVersion);
    }

    @Override
    public void insert(Product product) {
        table.insert(product);
    }

    @Override
    public void update(Product product) {
        table.update(product);
    }

    @Override
    public Optional<Product> findById(ProductId id) {
        return table.findById(id);
    }

    @Override
    public Optional<Product> findByCode(String code) {
        return table.findByCode(code);
    }

    @Override
    public List<Product> findByCodes(Collection<String> codes) {
        return table.findByCodes(codes);
    }

    @Override
    public List<Product> findAll() {
        return table.findAll();
    }

    @Override
    public boolean delete(ProductId id) {
        return table.delete(id);
    }
}
