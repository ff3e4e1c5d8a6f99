package com.wqs.application.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.wqs.application.port.out.LaborRateRepository;
import com.wqs.domain.catalog.LaborRate;
import com.wqs.domain.catalog.WindowType;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The contract of {@link LaborRateRepository}. */
public abstract class LaborRateRepositoryContract extends StoreContract {

    private LaborRateRepository rates() {
        return store.laborRates();
    }

    @Test
    void savedRateIsFoundByItsWindowType() {
        LaborRate sliding = rate(WindowType.SLIDING, "65.0050", "1.2");

        rates().save(sliding);

        assertSameContent(rates().find(WindowType.SLIDING).orElseThrow(), sliding);
        assertThat(rates().find(WindowType.FIXED)).isEmpty();
    }

    @Test
    void savingAgainReplacesTheRateOfThatType() {
        rates().save(rate(WindowType.CASEMENT, "70.00", "1.5"));
        LaborRate replacement = rate(WindowType.CASEMENT, "72.50", "1.35");

        rates().save(replacement);

        assertSameContent(rates().find(WindowType.CASEMENT).orElseThrow(), replacement);
        assertThat(rates().findAll()).hasSize(1);
    }

    @Test
    void findAllListsOneRatePerType() {
        LaborRate fixed = rate(WindowType.FIXED, "40.00", "1");
        LaborRate awning = rate(WindowType.AWNING, "55.00", "1.1");
        rates().save(fixed);
        rates().save(awning);

        assertThat(rates().findAll()).extracting(LaborRate::windowType)
                .containsExactlyInAnyOrder(WindowType.FIXED, WindowType.AWNING);
    }

    private static LaborRate rate(WindowType type, String perM2, String complexity) {
        return new LaborRate(type, new BigDecimal(perM2), new BigDecimal(complexity));
    }
}
