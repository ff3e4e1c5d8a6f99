package com.wqs.application.inmemory;

import com.wqs.application.port.out.Store;
import com.wqs.application.port.out.contract.OffcutRepositoryContract;

class InMemoryOffcutRepositoryContractTest extends OffcutRepositoryContract {
    @Override
    protected Store newStore() {
        return new InMemoryStore();
    }
}
