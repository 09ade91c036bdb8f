package dev.storm.spring.boot;

import dev.storm.ConnectionManager;
import dev.storm.Storm;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.beans.factory.DisposableBean;

/**
 * The {@link Storm} bean installed as {@link ConnectionManager}'s process-wide default (client, table, listeners,
 * consumed capacity), so that the models' static managers ({@code User.objects}) and instance methods use it.
 * Closing the application context that installed it unsets them again, unless another context has installed its own
 * since. Thread-safe.
 */
public final class ProcessDefault implements DisposableBean {

    private static final AtomicReference<Storm> INSTALLED = new AtomicReference<>();

    private final Storm storm;

    private ProcessDefault(Storm storm) {
        this.storm = storm;
    }

    /**
     * Makes {@code storm} the process-wide default.
     *
     * @param storm the instance
     * @return the registration
     */
    static ProcessDefault install(Storm storm) {
        synchronized (INSTALLED) {
            INSTALLED.set(storm);
            ConnectionManager.table().setDefault(storm);
        }
        return new ProcessDefault(storm);
    }

    /**
     * The instance this registration installed.
     *
     * @return the instance
     */
    public Storm storm() {
        return storm;
    }

    /** Unsets the process-wide default, if it is still this registration's. */
    @Override
    public void destroy() {
        synchronized (INSTALLED) {
            if (INSTALLED.compareAndSet(storm, null)) {
                ConnectionManager manager = ConnectionManager.table();
                manager.setClient(null);
                manager.setTableName(null);
                manager.setConsumedCapacity(null);
                storm.listeners().forEach(manager::removeListener);
            }
        }
    }
}
