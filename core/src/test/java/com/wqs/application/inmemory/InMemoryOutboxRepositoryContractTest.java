package com.wqs.application.inmemory;

import com.wqs.application.port.out.Store;
import com.wqs.application.port.out.contract.OutboxRepositoryContract;

class InMemoryOutboxRepositoryContractTest extends OutboxRepositoryContract {
    @Override
    protected Store newStore() {
        return new InMemoryStore();
    }
}
