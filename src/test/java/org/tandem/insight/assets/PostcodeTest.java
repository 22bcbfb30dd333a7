package org.tandem.insight.assets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Postcodes are accepted however they are typed, stored one way, and refused when they cannot be real. */
class PostcodeTest {

    @Test
    void postcodesAreWrittenTheStandardWay() {
        assertThat(Postcode.normalise("mb5 2qt")).isEqualTo("MB5 2QT");
        assertThat(Postcode.normalise(" MB52QT ")).isEqualTo("MB5 2QT");
        assertThat(Postcode.normalise("sw1a   1aa")).isEqualTo("SW1A 1AA");
        assertThat(Postcode.normalise("EC1A 1BB")).isEqualTo("EC1A 1BB");
        assertThat(Postcode.normalise("M1 1AE")).isEqualTo("M1 1AE");
        assertThat(Postcode.normalise("B33 8TH")).isEqualTo("B33 8TH");
        assertThat(Postcode.normalise("MB10 2RS")).isEqualTo("MB10 2RS");
    }

    @Test
    void shapesNoPostcodeCanHaveAreRefused() {
        assertThat(Postcode.normalise("MB5")).isNull();
        assertThat(Postcode.normalise("12345")).isNull();
        assertThat(Postcode.normalise("MB5 2CI")).as("C and I never end a postcode").isNull();
        assertThat(Postcode.normalise("QB5 2QT")).as("no area starts with Q").isNull();
        assertThat(Postcode.normalise("MB5 2QT'; drop table ward;--")).isNull();
        assertThat(Postcode.normalise("M".repeat(1000))).isNull();
        assertThat(Postcode.normalise(null)).isNull();
    }
}
