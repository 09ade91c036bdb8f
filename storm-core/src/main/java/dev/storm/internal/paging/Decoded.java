package dev.storm.internal.paging;

import java.util.NoSuchElementException;
import java.util.function.Function;

/**
 * A paged read of raw items, decoded: each item through {@code decode}, which gives null for an item to skip (one of
 * another model, an expired one). Not thread-safe.
 *
 * @param <S> a raw item
 * @param <T> a decoded item
 */
public final class Decoded<S, T, Q, R> implements PagedRead<T, Q, R> {

    private final PagedRead<S, Q, R> raw;
    private final Function<? super S, ? extends T> decode;
    private T next;

    public Decoded(PagedRead<S, Q, R> raw, Function<? super S, ? extends T> decode) {
        this.raw = raw;
        this.decode = decode;
    }

    @Override
    public boolean available() {
        while (next == null && raw.available()) {
            next = decode.apply(raw.next());
        }
        return next != null;
    }

    @Override
    public T next() {
        if (!available()) {
            throw new NoSuchElementException();
        }
        T result = next;
        next = null;
        return result;
    }

    @Override
    public boolean needsPage() {
        return !available() && raw.needsPage();
    }

    @Override
    public Q pageRequest() {
        return raw.pageRequest();
    }

    @Override
    public void accept(R response) {
        raw.accept(response);
    }
}
