package com.wqs.adapter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.wqs.domain.shared.ErrorKind;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ExitCodesTest {
    @Test
    void everyErrorKindHasItsOwnCodeDistinctFromSuccessUsageAndUnexpected() {
        assertThat(Arrays.stream(ErrorKind.values()).map(ExitCodes::of))
                .doesNotHaveDuplicates()
                .doesNotContain(ExitCodes.OK, ExitCodes.UNEXPECTED, ExitCodes.USAGE);
        assertThat(ExitCodes.of(ErrorKind.VALIDATION)).isEqualTo(3);
        assertThat(ExitCodes.of(ErrorKind.NOT_FOUND)).isEqualTo(4);
        assertThat(ExitCodes.of(ErrorKind.CONFLICT)).isEqualTo(5);
    }
}
