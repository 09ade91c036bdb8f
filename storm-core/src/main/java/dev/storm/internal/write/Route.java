package dev.storm.internal.write;

/**
 * How a single-item write is sent, decided in one place for the requests STORM sends and the ones it only builds.
 * PLAIN: the model has neither unique fields nor a version, and the caller gave no condition: PutItem, UpdateItem or
 * DeleteItem as DynamoDB takes them. CONDITIONAL: the same call, conditional on the stored version and the caller's
 * condition, asking for the stored item on failure. GUARDED: the write moves uniqueness guards, so it goes out as
 * one TransactWriteItems with them (after a consistent read where stored unique values must be known).
 */
enum Route {
    PLAIN, CONDITIONAL, GUARDED;

    static Route ofPut(WritePolicy policy, boolean conditioned) {
        return policy.isGuarded() ? GUARDED : plainOrConditional(policy, conditioned);
    }

    static Route ofUpdate(WritePolicy policy, boolean conditioned, boolean movesGuards) {
        return movesGuards ? GUARDED : plainOrConditional(policy, conditioned);
    }

    static Route ofDelete(WritePolicy policy, boolean conditioned) {
        return ofPut(policy, conditioned);
    }

    private static Route plainOrConditional(WritePolicy policy, boolean conditioned) {
        return policy.isPlain() && !conditioned ? PLAIN : CONDITIONAL;
    }
}
