package org.tandem.insight.assets;

import java.math.BigDecimal;

/** Where an asset is on the map, in WGS 84 degrees (as GeoJSON and every map expects), to six decimal places. */
public record Location(BigDecimal latitude, BigDecimal longitude) {
}
