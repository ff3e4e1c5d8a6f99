package com.wqs.application.inmemory;

import com.wqs.application.port.out.Store;
import com.wqs.application.port.out.contract.SessionRepositoryContract;

class InMemorySessionRepositoryContractTest extends SessionRepositoryContract {
    @Override
    protected Store newStore() {
        return new InMemoryStore();
    }
}
