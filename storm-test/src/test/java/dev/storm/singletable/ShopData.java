package dev.storm.singletable;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The shop every single-table test reads: customer c1 (Ann) with two addresses, twelve orders o01..o12 placed on the
 * 5th of each month of 2024 (odd numbers PENDING, even SHIPPED), a live and an expired session; customer c2 (Bob)
 * with one address and orders o13 (PENDING, 2024-02-20) and o14 (SHIPPED, 2024-06-20). Order o01 has twelve lines,
 * o02 two.
 */
final class ShopData {

    static final int C1_ORDERS = 12;

    private ShopData() {
    }

    static void seed() {
        Customer.objects.create(Customer.of("c1", "Ann", "ann@example.com"));
        Customer.objects.create(Customer.of("c2", "Bob", "bob@example.com"));
        Address.objects.create(new Address("c1", "home", "1 Main St", "Springfield"));
        Address.objects.create(new Address("c1", "work", "2 Side St", "Springfield"));
        Address.objects.create(new Address("c2", "home", "3 High St", "Shelbyville"));
        for (int n = 1; n <= C1_ORDERS; n++) {
            Order.objects.create(Order.of("c1", LocalDate.of(2024, n, 5), id(n), n % 2 == 1 ? "PENDING" : "SHIPPED",
                    1000L * n));
        }
        Order.objects.create(Order.of("c2", LocalDate.of(2024, 2, 20), "o13", "PENDING", 500));
        Order.objects.create(Order.of("c2", LocalDate.of(2024, 6, 20), "o14", "SHIPPED", 700));
        for (int line = 1; line <= 12; line++) {
            OrderLine.objects.create(new OrderLine("o01", line, "sku-" + line, 1, 100L * line));
        }
        OrderLine.objects.create(new OrderLine("o02", 1, "sku-a", 2, 250));
        OrderLine.objects.create(new OrderLine("o02", 2, "sku-b", 1, 500));
        Instant now = Instant.now();
        Session.objects.create(new Session("c1", "live", now.plus(1, ChronoUnit.HOURS)));
        Session.objects.create(new Session("c1", "expired", now.minus(1, ChronoUnit.HOURS)));
    }

    static String id(int n) {
        return String.format("o%02d", n);
    }

    /** Order ids o{from}..o{to}. */
    static List<String> ids(int from, int to) {
        List<String> ids = new ArrayList<>();
        for (int n = from; n <= to; n++) {
            ids.add(id(n));
        }
        return ids;
    }
}
