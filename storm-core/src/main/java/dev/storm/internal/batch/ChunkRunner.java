package dev.storm.internal.batch;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Runs the chunks of one bulk call on a pool of its own, sized to the call's concurrency and shut down when the
 * call ends, so no thread outlives it. Each worker takes chunks from a shared queue until none is left; the work
 * function must account for every element of a chunk itself (it reports failures rather than throwing).
 */
final class ChunkRunner {

    private static final AtomicInteger POOLS = new AtomicInteger();

    private ChunkRunner() {
    }

    static <C> void run(List<C> chunks, int concurrency, Consumer<C> work) {
        int workers = Math.min(concurrency, chunks.size());
        if (workers <= 1) {
            chunks.forEach(work);
            return;
        }
        Queue<C> queue = new ConcurrentLinkedQueue<>(chunks);
        ExecutorService pool = Executors.newFixedThreadPool(workers, threads());
        List<Callable<Void>> tasks = new ArrayList<>(workers);
        for (int i = 0; i < workers; i++) {
            tasks.add(() -> {
                for (C chunk = queue.poll(); chunk != null; chunk = queue.poll()) {
                    work.accept(chunk);
                }
                return null;
            });
        }
        boolean interrupted = false;
        try {
            List<Future<Void>> futures = pool.invokeAll(tasks);
            for (Future<Void> f : futures) {
                f.get();
            }
        } catch (InterruptedException e) {
            // The workers see the interrupt, report their chunks as interrupted, and drain the queue the same way.
            interrupted = true;
            pool.shutdownNow();
        } catch (ExecutionException e) {
            pool.shutdownNow();
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw (RuntimeException) e.getCause();
        } finally {
            pool.shutdown();
            interrupted |= awaitQuietly(pool);
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static boolean awaitQuietly(ExecutorService pool) {
        boolean interrupted = false;
        while (true) {
            try {
                if (pool.awaitTermination(1, TimeUnit.MINUTES)) {
                    return interrupted;
                }
            } catch (InterruptedException e) {
                interrupted = true;
                pool.shutdownNow();
            }
        }
    }

    private static ThreadFactory threads() {
        int pool = POOLS.incrementAndGet();
        AtomicInteger count = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "storm-bulk-" + pool + "-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
