package com.wqs.application.inmemory;

import com.wqs.application.port.out.Store;
import com.wqs.application.port.out.contract.MaterialRepositoryContract;

class InMemoryMaterialRepositoryContractTest extends MaterialRepositoryContract {
    @Override
    protected Store newStore() {
        return new InMemoryStore();
    }
}
