package dev.storm.internal.write;

import dev.storm.internal.key.TableKey;

/**
 * A single-item request ready to send, with the expectation that explains its failure, the key of its item and the
 * item in words.
 */
record Prepared<R, M>(R request, Expectation<M> expectation, TableKey key, String item) {
}
