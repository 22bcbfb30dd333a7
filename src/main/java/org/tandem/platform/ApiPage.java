package org.tandem.platform;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list as every API list endpoint returns it: the items, which page this is, the page size, how many
 * items there are in all and how many pages that makes.
 */
public record ApiPage<T>(List<T> items, int page, int size, long total, int pageCount) {

    public ApiPage {
        items = List.copyOf(items);
    }

    public static <S, T> ApiPage<T> of(ResultPage<S> results, Function<S, T> mapper) {
        return new ApiPage<>(results.items().stream().map(mapper).toList(), results.page(), results.size(),
                results.total(), results.pageCount());
    }

    /** Pages through a list that is short enough to read whole, such as an organisation's open invitations. */
    public static <S, T> ApiPage<T> of(List<S> all, PageRequest request, Function<S, T> mapper) {
        int from = (int) Math.min(all.size(), (long) request.offset());
        int to = Math.min(all.size(), from + request.size());
        return of(new ResultPage<>(all.subList(from, to), request.page(), request.size(), all.size()), mapper);
    }
}
