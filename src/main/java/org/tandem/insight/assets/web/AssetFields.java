package org.tandem.insight.assets.web;

import java.util.List;

/** An asset's details as typed, shared by the page's form and the API's request: one set of checks reads both. */
interface AssetFields {
    String type();

    String name();

    String offers();

    String whoCanUse();

    String contactName();

    String phone();

    String email();

    String website();

    String address();

    String postcode();

    String wardId();

    String openingNotes();

    String latitude();

    String longitude();

    List<String> needIds();
}
