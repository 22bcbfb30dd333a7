package org.tandem.platform;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SearchTextTest {

    @Test
    void wildcardsTypedIntoASearchAreTakenLiterally() {
        assertThat(SearchText.containing("100%_done")).isEqualTo("%100\\%\\_done%");
        assertThat(SearchText.containing("back\\slash")).isEqualTo("%back\\\\slash%");
    }

    @Test
    void spacesCaseAndControlCharactersAreNormalised() {
        assertThat(SearchText.containing("  Youth\u0000   Services ")).isEqualTo("%youth services%");
        assertThat(SearchText.startingWith("Commission.")).isEqualTo("commission.%");
    }

    @Test
    void nothingSearchableMeansNoCondition() {
        assertThat(SearchText.containing(null)).isNull();
        assertThat(SearchText.containing(" \t\u0000 ")).isNull();
    }
}
