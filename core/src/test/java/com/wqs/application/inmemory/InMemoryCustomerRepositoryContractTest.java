package com.wqs.application.inmemory;

import com.wqs.application.port.out.Store;
import com.wqs.application.port.out.contract.CustomerRepositoryContract;

class InMemoryCustomerRepositoryContractTest extends CustomerRepositoryContract {
    @Override
    protected Store newStore() {
        return new InMemoryStore();
    }
}
