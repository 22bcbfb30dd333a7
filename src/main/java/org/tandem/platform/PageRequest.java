package org.tandem.platform;

/** Which page of a list to show. Out-of-range input is pulled back into range rather than refused. */
public record PageRequest(int page, int size) {

    public static final int DEFAULT_SIZE = 25;
    public static final int MAX_SIZE = 100;
    /** The furthest page whose offset still fits an int: past it, a typed-in page number would overflow. */
    private static final int MAX_PAGE = Integer.MAX_VALUE / MAX_SIZE;

    public PageRequest {
        page = Math.min(Math.max(1, page), MAX_PAGE);
        size = size < 1 ? DEFAULT_SIZE : Math.min(size, MAX_SIZE);
    }

    public static PageRequest of(Integer page, Integer size) {
        return new PageRequest(page == null ? 1 : page, size == null ? DEFAULT_SIZE : size);
    }

    public int offset() {
        return (page - 1) * size;
    }
}
