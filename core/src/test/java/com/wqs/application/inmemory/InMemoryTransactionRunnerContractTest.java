package com.wqs.application.inmemory;

import com.wqs.application.port.out.Store;
import com.wqs.application.port.out.contract.TransactionRunnerContract;

class InMemoryTransactionRunnerContractTest extends TransactionRunnerContract {
    @Override
    protected Store newStore() {
        return new InMemoryStore();
    }
}
