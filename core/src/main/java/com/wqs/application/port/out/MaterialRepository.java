package com.wqs.application.port.out;

import com.wqs.domain.catalog.Material;
import com.wqs.domain.catalog.MaterialId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

public interface MaterialRepository {
    /** Duplicate code → CONFLICT. */
    void insert(Material material);

    /** Optimistic update on {@code material.version()}; stale → CONFLICT; duplicate code → CONFLICT. */
    void update(Material material);

    Optional<Material> findById(MaterialId id);

    Optional<Material> findByCode(String code);

    List<Material> findByCodes(Collection<String> codes);

    /** All materials sorted by code. */
    List<Material> findAll();

    boolean delete(MaterialId id);
}
