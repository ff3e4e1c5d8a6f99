package com.wqs.application.inmemory;

import com.wqs.application.port.out.Store;
import com.wqs.application.port.out.contract.ProductRepositoryContract;

class InMemoryProductRepositoryContractTest extends ProductRepositoryContract {
    @Override
    protected Store newStore() {
        return new InMemoryStore();
    }
}
