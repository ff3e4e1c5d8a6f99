package com.wqs.application.service;

import com.wqs.application.port.in.ManageOffcutsUseCase;
import com.wqs.application.port.in.OffcutCommand;
import com.wqs.application.port.out.OffcutSearch;
import com.wqs.application.port.out.Store;
import com.wqs.domain.catalog.Material;
import com.wqs.domain.cutting.Offcut;
import com.wqs.domain.shared.ConflictException;
import com.wqs.domain.shared.StaleVersionException;
import com.wqs.domain.shared.NotFoundException;
import com.wqs.domain.shared.ValidationException;
import com.wqs.domain.user.AccessPolicy;
import com.wqs.domain.user.Actor;
import java.time.Clock;
import java.util.List;
import java.util.Objects;

/** The offcut rack by hand: everyone reads; ADMIN and PRODUCTION add, correct and discard. */
public final class OffcutService implements ManageOffcutsUseCase {
    private final Store store;
    private final Clock clock;

    public OffcutService(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Override
    public List<Offcut> list(Actor actor, OffcutSearch search) {
        return store.transactions().readOnly(() -> store.offcuts().search(search == null
                ? OffcutSearch.available() : search));
    }

    @Override
    public Offcut get(Actor actor, long id) {
        return store.transactions().readOnly(() -> load(id));
    }

    @Override
    public Offcut add(Actor actor, OffcutCommand command) {
        requireWorkshop(actor);
        Objects.requireNonNull(command, "command");
        // a missing length is reported by the offcut's own check, with any other bad field
        Offcut offcut = Offcut.available(command.materialCode(), command.colour(), lengthOrZero(command),
                "entered by hand", command.note(), null, clock.instant());
        return store.transactions().inTransaction(() -> {
            requireProfile(offcut.materialCode(), offcut.lengthMm());
            return store.offcuts().insert(offcut);
        });
    }

    @Override
    public Offcut correct(Actor actor, long id, OffcutCommand command) {
        requireWorkshop(actor);
        Objects.requireNonNull(command, "command");
        return store.transactions().inTransaction(() -> {
            Offcut current = loadAvailable(id, command.version());
            if (command.materialCode() != null && !command.materialCode().isBlank()
                    && !command.materialCode().strip().equalsIgnoreCase(current.materialCode())) {
                throw new ValidationException("materialCode", "cannot change: an offcut stays the profile it was"
                        + " cut from (discard it and add another)");
            }
            Offcut corrected = current.corrected(command.colour(), lengthOrZero(command), command.note());
            requireProfile(corrected.materialCode(), corrected.lengthMm());
            store.offcuts().update(corrected);
            return load(id);
        });
    }

    @Override
    public Offcut discard(Actor actor, long id, long version) {
        requireWorkshop(actor);
        return store.transactions().inTransaction(() -> {
            store.offcuts().update(loadAvailable(id, version).discarded());
            return load(id);
        });
    }

    private Offcut loadAvailable(long id, Long version) {
        if (version == null) {
            throw new ValidationException("version", "is required: the version the offcut was read at");
        }
        Offcut current = load(id);
        if (current.version() != version) {
            throw new StaleVersionException("offcut", "offcut " + current.label() + " changed meanwhile: it is"
                    + " at version " + current.version() + ", not " + version, current.version());
        }
        if (!current.isAvailable()) {
            throw new ConflictException("offcut.not_available", "offcut " + current.label() + " is "
                    + current.state() + " and can no longer be changed");
        }
        return current;
    }

    /** The offcut must be of a profile bought in bars, and no longer than one of its bars. */
    private void requireProfile(String materialCode, int lengthMm) {
        Material material = store.materials().findByCode(materialCode)
                .orElseThrow(() -> new ValidationException("materialCode", "no material '" + materialCode + "'"));
        if (!material.boughtInBars()) {
            throw new ValidationException("materialCode", "'" + materialCode + "' is not a profile bought in bars"
                    + " (a material measured in m with a stock length)");
        }
        int barMm = material.stockLengthM().movePointRight(3).intValue();
        if (lengthMm > barMm) {
            throw new ValidationException("lengthMm", "is longer than a " + barMm + " mm bar of " + materialCode);
        }
    }

    private Offcut load(long id) {
        return store.offcuts().findById(id).orElseThrow(() -> new NotFoundException("offcut", Offcut.label(id)));
    }

    private static int lengthOrZero(OffcutCommand command) {
        return command.lengthMm() == null ? 0 : command.lengthMm();
    }

    private static void requireWorkshop(Actor actor) {
        Access.require(AccessPolicy.canChangeWorkOrders(actor), "only ADMIN and PRODUCTION change the offcut rack");
    }
}
