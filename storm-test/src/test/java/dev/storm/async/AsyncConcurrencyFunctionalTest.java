package dev.storm.async;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storm.ConnectionManager;
import dev.storm.TableContext;
import dev.storm.functional.model.User;
import dev.storm.functional.model.User_;
import dev.storm.test.DynamoDbLocal;
import dev.storm.test.StormTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.client.config.SdkAdvancedAsyncClientOption;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.nio.netty.NettyNioAsyncHttpClient;
import software.amazon.awssdk.http.nio.netty.SdkEventLoopGroup;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;

/**
 * A thousand async gets in flight at once on an async client with two I/O threads and two completion threads: all
 * complete with the right items, hundreds at a time, and no thread is held per call.
 */
@StormTest
class AsyncConcurrencyFunctionalTest {

    private static final int CALLS = 1_000;

    /** Counts the requests sent and not yet answered, and the most there ever were. */
    private static final class InFlight implements ExecutionInterceptor {
        final AtomicInteger now = new AtomicInteger();
        final AtomicInteger most = new AtomicInteger();

        @Override
        public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
            most.accumulateAndGet(now.incrementAndGet(), Math::max);
        }

        @Override
        public void afterTransmission(Context.AfterTransmission context, ExecutionAttributes attributes) {
            now.decrementAndGet();
        }
    }

    @Test
    @SuppressWarnings("try")
    void aThousandConcurrentGets_completeOnAHandfulOfThreads(DynamoDbLocal local) {
        List<User> users = new ArrayList<>();
        for (int i = 0; i < CALLS; i++) {
            users.add(new User("u" + i, null, "user" + i + "@b.c", "User " + i, "user" + i + "@b.c", i));
        }
        User.objects.bulkSave(users).orThrow();
        InFlight inFlight = new InFlight();
        AtomicInteger completionThreads = new AtomicInteger();
        ExecutorService completions = Executors.newFixedThreadPool(2,
                r -> new Thread(r, "async-proof-completion-" + completionThreads.incrementAndGet()));
        SdkEventLoopGroup io = SdkEventLoopGroup.builder().numberOfThreads(2).build();
        Set<String> completedOn = ConcurrentHashMap.newKeySet();
        try (DynamoDbAsyncClient client = local.newAsyncClient(b -> b
                .httpClientBuilder(NettyNioAsyncHttpClient.builder().eventLoopGroup(io).maxConcurrency(500))
                .asyncConfiguration(c -> c.advancedOption(SdkAdvancedAsyncClientOption.FUTURE_COMPLETION_EXECUTOR,
                        completions))
                .overrideConfiguration(c -> c.addExecutionInterceptor(inFlight)))) {
            User.objects.async();
            Set<Thread> threadsBefore = Thread.getAllStackTraces().keySet();
            List<CompletableFuture<User>> gets = new ArrayList<>(CALLS);
            try (TableContext ignored = ConnectionManager.table().tableContext(null, null, client)) {
                for (int i = 0; i < CALLS; i++) {
                    gets.add(User.objects.async().get(User_.userId.eq("u" + i))
                            .whenComplete((user, error) -> completedOn.add(Thread.currentThread().getName())));
                }
            }
            List<String> started = new ArrayList<>();
            for (Thread t : Thread.getAllStackTraces().keySet()) {
                if (!threadsBefore.contains(t)) {
                    started.add(t.getName());
                }
            }

            CompletableFuture.allOf(gets.toArray(new CompletableFuture<?>[0])).join();

            for (int i = 0; i < CALLS; i++) {
                assertThat(gets.get(i).join()).isEqualTo(users.get(i));
            }
            assertThat(inFlight.most.get()).as("requests in flight at once, far more than the client's four threads")
                    .isGreaterThan(16);
            assertThat(completedOn).as("threads the calls completed on")
                    .allMatch(name -> name.startsWith("async-proof-completion-") || name.startsWith("aws-java-sdk")
                            || name.equals(Thread.currentThread().getName()));
            assertThat(completionThreads.get()).isLessThanOrEqualTo(2);
            // DynamoDB Local runs in this JVM: its Jetty pool ("qtp...") serves the requests and is not the client's
            List<String> clientThreads = started.stream().filter(name -> !name.startsWith("qtp")).toList();
            assertThat(clientThreads).as("client threads started for 1,000 calls").hasSizeLessThanOrEqualTo(6)
                    .allMatch(name -> name.startsWith("async-proof-completion-")
                            || name.startsWith("aws-java-sdk"));
            System.out.printf("1000 async gets: at most %d in flight, completed on %s, threads started %s%n",
                    inFlight.most.get(), completedOn, started);
        } finally {
            completions.shutdown();
            io.eventLoopGroup().shutdownGracefully();
        }
    }
}
