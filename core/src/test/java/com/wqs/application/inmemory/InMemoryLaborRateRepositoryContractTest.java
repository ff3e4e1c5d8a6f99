package com.wqs.application.inmemory;

import com.wqs.application.port.out.Store;
import com.wqs.application.port.out.contract.LaborRateRepositoryContract;

class InMemoryLaborRateRepositoryContractTest extends LaborRateRepositoryContract {
    @Override
    protected Store newStore() {
        return new InMemoryStore();
    }
}
