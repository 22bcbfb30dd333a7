package org.tandem.insight.assets.web;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.ui.Model;
import org.tandem.insight.assets.AssetFilter;
import org.tandem.insight.assets.AssetSort;
import org.tandem.insight.assets.AssetType;
import org.tandem.insight.needs.Need;
import org.tandem.insight.wards.Ward;
import org.tandem.platform.Choice;
import org.tandem.platform.FormValues;
import org.tandem.platform.ListLinks;

/**
 * The search and filters of an asset list as sent in the address, read safely: an unknown type, a ward or need
 * that is not one of the organisation's, or a mangled id all read as "any". Shared by the asset map and the public
 * directory, which offer the same filters (the directory without "published", which is always yes there).
 */
record AssetListQuery(String q, String type, String ward, String need, String day, String published,
                      String sort) {

    /** A search of more than this many characters is cut: nobody needs more to find an asset. */
    static final int MAX_SEARCH = 200;

    AssetFilter filter(List<Ward> wards, List<Need> needs) {
        UUID wardId = FormValues.uuid(ward);
        UUID needId = FormValues.uuid(need);
        return new AssetFilter(search(),
                FormValues.enumValue(AssetType.class, type),
                wards.stream().anyMatch(w -> w.id().equals(wardId)) ? wardId : null,
                needs.stream().anyMatch(n -> n.id().equals(needId)) ? needId : null,
                "yes".equals(published) ? Boolean.TRUE : "no".equals(published) ? Boolean.FALSE : null,
                FormValues.enumValue(DayOfWeek.class, day));
    }

    AssetSort order() {
        AssetSort order = FormValues.enumValue(AssetSort.class, sort);
        return order == null ? AssetSort.NAME : order;
    }

    String search() {
        String text = Inputs.text(q);
        return text == null ? null : text.substring(0, Math.min(MAX_SEARCH, text.length()));
    }

    /** What the list page needs to draw its filters as they were chosen, and links to the other pages. */
    void describe(AssetFilter filter, String path, List<Ward> wards, List<Need> needs, Model model) {
        model.addAttribute("q", search());
        model.addAttribute("type", filter.type() == null ? null : filter.type().name());
        model.addAttribute("ward", filter.wardId() == null ? null : filter.wardId().toString());
        model.addAttribute("need", filter.needId() == null ? null : filter.needId().toString());
        model.addAttribute("day", filter.openOn() == null ? null : filter.openOn().name());
        model.addAttribute("published", filter.published() == null ? null : filter.published() ? "yes" : "no");
        model.addAttribute("sort", order().name());
        model.addAttribute("types", Arrays.stream(AssetType.values())
                .map(t -> new Choice(t.name(), t.label(), t.description())).toList());
        model.addAttribute("wards", wards.stream().map(w -> new Choice(w.id().toString(), w.name(), null)).toList());
        model.addAttribute("needs", needs.stream().map(n -> new Choice(n.id().toString(), n.title(), null)).toList());
        model.addAttribute("days", Arrays.stream(DayOfWeek.values())
                .map(d -> new Choice(d.name(), d.getDisplayName(TextStyle.FULL, Locale.UK), null)).toList());
        model.addAttribute("sorts", Arrays.stream(AssetSort.values())
                .map(s -> new Choice(s.name(), s.label(), null)).toList());
        Map<String, Object> chosen = new LinkedHashMap<>();
        chosen.put("q", search());
        chosen.put("type", filter.type());
        chosen.put("ward", filter.wardId());
        chosen.put("need", filter.needId());
        chosen.put("day", filter.openOn());
        chosen.put("published", model.getAttribute("published"));
        chosen.put("sort", sort == null || order() == AssetSort.NAME ? null : order());
        model.addAttribute("pageBase", ListLinks.base(path, chosen));
        model.addAttribute("filtered", chosen.values().stream().anyMatch(v -> v != null && !v.toString().isBlank()));
    }
}
