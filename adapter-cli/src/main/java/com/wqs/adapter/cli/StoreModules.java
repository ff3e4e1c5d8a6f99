package com.wqs.adapter.cli;

import com.google.inject.Injector;
import com.google.inject.Module;

/** The persistence module for a store location, and how to bring its schema up to date. */
final class StoreModules {
    private StoreModules() {
    }

    static Setup forLocation(StoreLocation location) {
        throw new UnsupportedOperationException("the persistence adapter (branch persistence) is not merged yet: "
                + "cannot open " + location.describe());
    }

    interface Setup {
        Module module();

        void migrate(Injector injector);
    }
}
