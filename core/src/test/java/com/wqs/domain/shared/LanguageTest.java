package com.wqs.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class LanguageTest {

    @Test
    void parsesTagsWithOrWithoutARegionAndTheEnumName() {
        assertThat(Language.parse("es")).contains(Language.SPANISH);
        assertThat(Language.parse("es-MX")).contains(Language.SPANISH);
        assertThat(Language.parse("ES_es")).contains(Language.SPANISH);
        assertThat(Language.parse(" english ")).contains(Language.ENGLISH);
        assertThat(Language.parse("fr")).isEmpty();
        assertThat(Language.parse("")).isEmpty();
        assertThat(Language.parse(null)).isEmpty();
    }

    @Test
    void theLanguageOfALocaleIsEnglishWhenTheWorkplaceDoesNotSpeakIt() {
        assertThat(Language.of(Locale.forLanguageTag("es-MX"))).isEqualTo(Language.SPANISH);
        assertThat(Language.of(Locale.FRANCE)).isEqualTo(Language.ENGLISH);
    }

    @Test
    void formatsFollowTheInstallationsCountryInTheChosenLanguage() {
        Locale mexico = Locale.forLanguageTag("es-MX");

        assertThat(Language.SPANISH.locale(mexico)).isEqualTo(mexico);
        assertThat(Language.ENGLISH.locale(mexico)).isEqualTo(Locale.forLanguageTag("en-MX"));
        assertThat(Language.SPANISH.locale(Locale.US)).isEqualTo(Locale.forLanguageTag("es-US"));
    }
}
