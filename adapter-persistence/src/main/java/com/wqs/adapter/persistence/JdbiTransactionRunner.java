package com.wqs.adapter.persistence;

import com.wqs.application.port.out.TransactionRunner;
import java.util.function.Supplier;

final class JdbiTransactionRunner implements TransactionRunner {
    private final Database db;

    JdbiTransactionRunner(Database db) {
        this.db = db;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return db.inTransaction(work);
    }

    @Override
    public <T> T readOnly(Supplier<T> work) {
        return db.readOnly(work);
    }
}
