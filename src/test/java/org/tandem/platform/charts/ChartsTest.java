package org.tandem.platform.charts;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ChartsTest {

    @Test
    void aBarChartCarriesItsTitleDescriptionAndEveryFigureInItsTable() {
        Chart chart = BarChart.of("Activities by rung", "Co-production activities per quarter, by rung",
                        List.of("Q1 2027", "Q2 2027"))
                .categoryHeading("Quarter")
                .series("Consulting", List.of(new BigDecimal("3"), new BigDecimal("1")))
                .series("Co-producing", List.of(BigDecimal.ZERO, new BigDecimal("4")), Colour.GREEN)
                .stacked()
                .render();
        assertThat(chart.svg()).startsWith("<svg").contains("role=\"img\"").contains("<title id=")
                .contains("Activities by rung").contains("Co-producing, Q2 2027: 4").contains(Colour.GREEN.hex());
        assertThat(chart.table().headings()).containsExactly("Quarter", "Consulting", "Co-producing");
        assertThat(chart.table().rows()).containsExactly(List.of("Q1 2027", "3", "0"), List.of("Q2 2027", "1", "4"));
    }

    @Test
    void textIsEscapedSoDataCannotInjectMarkup() {
        Chart chart = BarChart.of("<script>alert(1)</script>", "\"quotes\" & <tags>", List.of("<b>ward</b>"))
                .series("s", List.of(BigDecimal.ONE)).render();
        assertThat(chart.svg()).doesNotContain("<script>").doesNotContain("<b>").contains("&lt;script&gt;")
                .contains("&quot;quotes&quot; &amp; &lt;tags&gt;");
    }

    @Test
    void aLineChartBreaksAtMissingValuesAndKeepsThemEmptyInTheTable() {
        Chart chart = LineChart.of("Rate", "Rate per 1,000", List.of("2024", "2025", "2026"))
                .series("Millbrook", java.util.Arrays.asList(new BigDecimal("12.5"), null, new BigDecimal("1234.5")))
                .render();
        assertThat(chart.svg()).contains("<path d=\"M").contains("Millbrook, 2026: 1,234.5");
        assertThat(chart.table().rows().get(1)).containsExactly("2025", "");
    }

    @Test
    void seriesMustHaveAValuePerCategory() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> BarChart.of("t", "d", List.of("a", "b"))
                        .series("short", List.of(BigDecimal.ONE)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
