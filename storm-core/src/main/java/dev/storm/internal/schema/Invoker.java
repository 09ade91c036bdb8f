package dev.storm.internal.schema;

import dev.storm.StormException;

/** Rethrows what a MethodHandle threw: unchecked exceptions as they are, checked ones wrapped. */
final class Invoker {

    private Invoker() {
    }

    static RuntimeException rethrow(Throwable t, String what) {
        if (t instanceof RuntimeException r) {
            return r;
        }
        if (t instanceof Error e) {
            throw e;
        }
        return new StormException(what + " failed: " + t, t);
    }
}
