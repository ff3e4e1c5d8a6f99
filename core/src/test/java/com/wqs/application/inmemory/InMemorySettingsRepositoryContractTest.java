package com.wqs.application.inmemory;

import com.wqs.application.port.out.Store;
import com.wqs.application.port.out.contract.SettingsRepositoryContract;

class InMemorySettingsRepositoryContractTest extends SettingsRepositoryContract {
    @Override
    protected Store newStore() {
        return new InMemoryStore();
    }
}
