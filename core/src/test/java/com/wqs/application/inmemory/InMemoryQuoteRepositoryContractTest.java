package com.wqs.application.inmemory;

import com.wqs.application.port.out.Store;
import com.wqs.application.port.out.contract.QuoteRepositoryContract;

class InMemoryQuoteRepositoryContractTest extends QuoteRepositoryContract {
    @Override
    protected Store newStore() {
        return new InMemoryStore();
    }
}
