package com.wqs.application.inmemory;

import com.wqs.application.port.out.Store;
import com.wqs.application.port.out.contract.UserRepositoryContract;

class InMemoryUserRepositoryContractTest extends UserRepositoryContract {
    @Override
    protected Store newStore() {
        return new InMemoryStore();
    }
}
