package com.wqs.application.inmemory;

import com.wqs.application.port.out.Store;
import com.wqs.application.port.out.contract.WorkOrderRepositoryContract;

class InMemoryWorkOrderRepositoryContractTest extends WorkOrderRepositoryContract {
    @Override
    protected Store newStore() {
        return new InMemoryStore();
    }
}
