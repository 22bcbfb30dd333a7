/**
 * Charts drawn on the server as SVG, each with a table of the same figures, so every chart is readable without
 * seeing it and works without JavaScript. Used by every module that shows figures.
 */
@org.springframework.modulith.NamedInterface("charts")
package org.tandem.platform.charts;
