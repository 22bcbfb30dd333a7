package org.tandem.insight.assets;

/** Orders offered on the asset lists; the SQL is fixed here so request text never reaches the query. */
public enum AssetSort {
    NAME("Name", "a.name_key, a.id"),
    TYPE("Type", "a.asset_type, a.name_key, a.id"),
    WARD("Ward", "lower(w.name), a.name_key, a.id"),
    NEWEST("Most recently added", "a.created_at desc, a.id"),
    UPDATED("Most recently changed", "a.updated_at desc, a.id");

    private final String label;
    private final String orderBy;

    AssetSort(String label, String orderBy) {
        this.label = label;
        this.orderBy = orderBy;
    }

    public String label() {
        return label;
    }

    String orderBy() {
        return orderBy;
    }
}
