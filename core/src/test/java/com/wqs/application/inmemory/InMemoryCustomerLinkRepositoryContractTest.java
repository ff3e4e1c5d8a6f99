package com.wqs.application.inmemory;

import com.wqs.application.port.out.Store;
import com.wqs.application.port.out.contract.CustomerLinkRepositoryContract;

class InMemoryCustomerLinkRepositoryContractTest extends CustomerLinkRepositoryContract {
    @Override
    protected Store newStore() {
        return new InMemoryStore();
    }
}
