package com.wqs.application.port.out;

import com.wqs.domain.catalog.Product;
import com.wqs.domain.catalog.ProductId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

public interface ProductRepository {
    /** Duplicate code → CONFLICT. */
    void insert(Product product);

    /** Optimistic update on {@code product.version()}; stale → CONFLICT. */
    void update(Product product);

    Optional<Product> findById(ProductId id);

    Optional<Product> findByCode(String code);

    List<Product> findByCodes(Collection<String> codes);

    /** All products sorted by code. */
    List<Product> findAll();

    boolean delete(ProductId id);
}
