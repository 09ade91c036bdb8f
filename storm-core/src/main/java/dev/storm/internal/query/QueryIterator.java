package dev.storm.internal.query;

import dev.storm.internal.schema.ModelSchema;
import java.util.Iterator;

/** Iterates a query's models lazily, decoding each raw item of {@link QueryPages}. Not thread-safe. */
public final class QueryIterator<M> implements Iterator<M> {

    private final ModelSchema<M> schema;
    private final QueryPages pages;

    public QueryIterator(ModelSchema<M> schema, QueryPages pages) {
        this.schema = schema;
        this.pages = pages;
    }

    @Override
    public boolean hasNext() {
        return pages.hasNext();
    }

    @Override
    public M next() {
        return schema.fromItem(pages.next());
    }
}
