package org.tandem.platform;

import java.util.List;
import java.util.function.Function;

/** One page of a longer list, numbered from 1 as people count pages. */
public record ResultPage<T>(List<T> items, int page, int size, long total) {

    public ResultPage {
        items = List.copyOf(items);
    }

    public int pageCount() {
        return total == 0 ? 1 : (int) ((total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pageCount();
    }

    public long firstItemNumber() {
        return total == 0 ? 0 : (long) (page - 1) * size + 1;
    }

    public long lastItemNumber() {
        return Math.min(total, (long) page * size);
    }

    public <R> ResultPage<R> map(Function<T, R> mapper) {
        return new ResultPage<>(items.stream().map(mapper).toList(), page, size, total);
    }
}
