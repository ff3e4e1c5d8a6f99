package com.wqs.application.inmemory;

import com.wqs.application.port.out.Store;
import com.wqs.application.port.out.contract.NumberAllocatorContract;

class InMemoryNumberAllocatorContractTest extends NumberAllocatorContract {
    @Override
    protected Store newStore() {
        return new InMemoryStore();
    }
}
