package com.wqs.application.inmemory;

import com.wqs.application.port.out.Store;
import com.wqs.application.port.out.contract.ApiTokenRepositoryContract;

class InMemoryApiTokenRepositoryContractTest extends ApiTokenRepositoryContract {
    @Override
    protected Store newStore() {
        return new InMemoryStore();
    }
}
