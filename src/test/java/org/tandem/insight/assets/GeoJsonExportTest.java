package org.tandem.insight.assets;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The GeoJSON export has the shape RFC 7946 gives a FeatureCollection, so any map tool can read it. */
class GeoJsonExportTest extends AssetSteps {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void publishedAssetsAreFeaturesWithAPointOrANullGeometry() throws Exception {
        Place place = newPlace();
        CommunityAsset mapped = located(place, "Skate park", "52.437650", "-1.488920");
        CommunityAsset unmapped = asset(place, "Young Voices", AssetType.ASSOCIATIONS, null, true, null,
                Set.of(place.needId()));
        String body = mvc.perform(get(place.openData() + "/assets.geojson"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("application/geo+json"))
                .andReturn().getResponse().getContentAsString();
        JsonNode collection = json.readTree(body);

        // RFC 7946 section 3.3: a FeatureCollection has "type" and an array of "features".
        assertThat(collection.get("type").asString()).isEqualTo("FeatureCollection");
        assertThat(collection.get("features").isArray()).isTrue();
        assertThat(collection.get("features").size()).isEqualTo(2);
        List<String> ids = new ArrayList<>();
        for (JsonNode feature : collection.get("features")) {
            // Section 3.2: each Feature has "type", "geometry" (an object or null, but always present) and
            // "properties"; its "id" is a string.
            assertThat(feature.get("type").asString()).isEqualTo("Feature");
            assertThat(feature.has("geometry")).isTrue();
            assertThat(feature.get("properties").isObject()).isTrue();
            assertThat(feature.get("id").isString()).isTrue();
            ids.add(feature.get("id").asString());
        }
        assertThat(ids).as("by name").containsExactly(mapped.id().toString(), unmapped.id().toString());

        JsonNode point = collection.get("features").get(0).get("geometry");
        // Sections 3.1.1 and 3.1.2: a Point's coordinates are [longitude, latitude].
        assertThat(point.get("type").asString()).isEqualTo("Point");
        assertThat(point.get("coordinates").size()).isEqualTo(2);
        assertThat(point.get("coordinates").get(0).decimalValue()).isEqualByComparingTo("-1.488920");
        assertThat(point.get("coordinates").get(1).decimalValue()).isEqualByComparingTo("52.437650");
        assertThat(collection.get("features").get(1).get("geometry").isNull()).isTrue();

        JsonNode properties = collection.get("features").get(0).get("properties");
        assertThat(properties.get("name").asString()).isEqualTo("Skate park");
        assertThat(properties.get("typeLabel").asString()).isEqualTo("Physical spaces");
        assertThat(properties.get("postcode").asString()).isEqualTo("MB5 2QT");
        assertThat(properties.get("wardCode").asString()).isEqualTo("TB05");
        assertThat(properties.get("url").asString()).endsWith(place.directory() + "/" + mapped.id());
        assertThat(collection.get("features").get(1).get("properties").get("needs").get(0).asString())
                .isEqualTo("Few safe places to meet in the evening");
    }

    @Test
    void aDirectoryWithNothingPublishedIsAnEmptyCollection() throws Exception {
        Place place = newPlace();
        asset(place, "Not yet", AssetType.PHYSICAL, null, false, null, Set.of());
        JsonNode collection = json.readTree(mvc.perform(get(place.openData() + "/assets.geojson")
                .accept("application/json")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(collection.get("type").asString()).isEqualTo("FeatureCollection");
        assertThat(collection.get("features").isEmpty()).isTrue();
    }
}
