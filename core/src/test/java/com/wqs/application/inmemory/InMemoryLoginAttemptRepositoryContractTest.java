package com.wqs.application.inmemory;

import com.wqs.application.port.out.Store;
import com.wqs.application.port.out.contract.LoginAttemptRepositoryContract;

class InMemoryLoginAttemptRepositoryContractTest extends LoginAttemptRepositoryContract {
    @Override
    protected Store newStore() {
        return new InMemoryStore();
    }
}
