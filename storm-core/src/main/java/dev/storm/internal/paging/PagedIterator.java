package dev.storm.internal.paging;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.Function;

/**
 * A paged read as a blocking iterator: each page is sent on the calling thread, when the items read so far are used
 * up and another is asked for. Not thread-safe.
 */
public final class PagedIterator<T, Q, R> implements Iterator<T> {

    private final PagedRead<T, Q, R> read;
    private final Function<Q, R> send;

    /** @param send sends a page's request and returns its response */
    public PagedIterator(PagedRead<T, Q, R> read, Function<Q, R> send) {
        this.read = read;
        this.send = send;
    }

    @Override
    public boolean hasNext() {
        while (read.needsPage()) {
            read.accept(send.apply(read.pageRequest()));
        }
        return read.available();
    }

    @Override
    public T next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return read.next();
    }
}
