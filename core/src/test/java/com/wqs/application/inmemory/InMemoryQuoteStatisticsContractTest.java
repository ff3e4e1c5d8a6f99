package com.wqs.application.inmemory;

import com.wqs.application.port.out.Store;
import com.wqs.application.port.out.contract.QuoteStatisticsContract;

class InMemoryQuoteStatisticsContractTest extends QuoteStatisticsContract {
    @Override
    protected Store newStore() {
        return new InMemoryStore();
    }
}
