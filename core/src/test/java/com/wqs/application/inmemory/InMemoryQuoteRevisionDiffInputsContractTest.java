package com.wqs.application.inmemory;

import com.wqs.application.port.out.Store;
import com.wqs.application.port.out.contract.QuoteRevisionDiffInputsContract;

class InMemoryQuoteRevisionDiffInputsContractTest extends QuoteRevisionDiffInputsContract {
    @Override
    protected Store newStore() {
        return new InMemoryStore();
    }
}
