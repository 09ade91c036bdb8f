package dev.storm.spring.boot;

import dev.storm.ConnectionManager;
import dev.storm.Storm;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.beans.factory.DisposableBean;

/**
 * The {@link Storm} bean installed as {@link ConnectionManager}'s process-wide client and table, so that the models'
 * static managers ({@code User.objects}) and instance methods use them. Closing the application context that
 * installed it unsets them again, unless another context has installed its own since. Thread-safe.
 */
public final class ProcessDefault implements DisposableBean {

    private static final AtomicReference<Storm> INSTALLED = new AtomicReference<>();

    private final Storm storm;

    private ProcessDefault(Storm storm) {
        this.storm = storm;
    }

    /**
     * Sets the process-wide client and table name from {@code storm}.
     *
     * @param storm the instance
     * @return the registration
     */
    static ProcessDefault install(Storm storm) {
        synchronized (INSTALLED) {
            INSTALLED.set(storm);
            ConnectionManager.table().setClient(storm.client());
            ConnectionManager.table().setTableName(storm.tableName());
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

    /** Unsets the process-wide client and table name, if they are still this registration's. */
    @Override
    public void destroy() {
        synchronized (INSTALLED) {
            if (INSTALLED.compareAndSet(storm, null)) {
                ConnectionManager.table().setClient(null);
                ConnectionManager.table().setTableName(null);
            }
        }
    }
}
