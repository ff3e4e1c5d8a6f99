package com.wqs.application.inmemory;

import com.wqs.application.port.out.Store;
import com.wqs.application.port.out.contract.CutListReleaseRepositoryContract;

class InMemoryCutListReleaseRepositoryContractTest extends CutListReleaseRepositoryContract {
    @Override
    protected Store newStore() {
        return new InMemoryStore();
    }
}
