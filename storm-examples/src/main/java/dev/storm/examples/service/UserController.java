package dev.storm.examples.service;

import dev.storm.Manager;
import dev.storm.Page;
import dev.storm.Storm;
import dev.storm.examples.quickstart.Order;
import dev.storm.examples.quickstart.Order_;
import dev.storm.examples.quickstart.User;
import dev.storm.examples.quickstart.User_;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Users and their orders over HTTP, each endpoint one or two DynamoDB calls through the {@link Storm} bean.
 *
 * <pre>
 * POST  /users                         {"userId","email","name"}      create a user       (PutItem)
 * GET   /users/{userId}                                               get it              (GetItem)
 * PATCH /users/{userId}                {"email"}                      change the email    (UpdateItem, GSI1PK too)
 * GET   /users?email=...                                              find by email       (Query on GSI1)
 * POST  /users/{userId}/orders         {"orderId","amount","status"}  add an order        (PutItem)
 * GET   /users/{userId}/orders?limit=&amp;cursor=                         a page of orders    (Query)
 * </pre>
 */
@RestController
@RequestMapping("/users")
public class UserController {

    private final Manager<User> users;
    private final Manager<Order> orders;

    /**
     * Creates the controller on the application's STORM instance.
     *
     * @param storm the instance the starter configured
     */
    public UserController(Storm storm) {
        this.users = storm.manager(User.class);
        this.orders = storm.manager(Order.class);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    UserView create(@RequestBody NewUser body) {
        return UserView.of(users.create(new User(body.userId(), null, body.email(), body.name(), body.email(), 0)));
    }

    @GetMapping("/{userId}")
    UserView get(@PathVariable String userId) {
        return UserView.of(users.get(User_.userId.eq(userId)));
    }

    @PatchMapping("/{userId}")
    UserView changeEmail(@PathVariable String userId, @RequestBody EmailChange body) {
        User user = users.get(User_.userId.eq(userId));
        return UserView.of(users.update(user, User_.email.set(body.email()), User_.emailGsi.set(body.email())));
    }

    @GetMapping(params = "email")
    List<UserView> findByEmail(@RequestParam String email) {
        return users.using(User_.emailGsi.eq(email)).useIndex(true).list().stream().map(UserView::of).toList();
    }

    @PostMapping("/{userId}/orders")
    @ResponseStatus(HttpStatus.CREATED)
    OrderView addOrder(@PathVariable String userId, @RequestBody NewOrder body) {
        users.get(User_.userId.eq(userId));
        return OrderView.of(orders.create(new Order(userId, body.orderId(), body.amount(), body.status())));
    }

    @GetMapping("/{userId}/orders")
    OrderPage orders(@PathVariable String userId, @RequestParam(defaultValue = "20") int limit,
            @RequestParam(required = false) String cursor) {
        Page<Order> page = orders.using(Order_.userId.eq(userId)).limit(limit).page(cursor);
        return new OrderPage(page.items().stream().map(OrderView::of).toList(), page.cursor());
    }

    /** The body of a new user. */
    record NewUser(String userId, String email, String name) {
    }

    /** The body of an email change. */
    record EmailChange(String email) {
    }

    /** The body of a new order. */
    record NewOrder(String orderId, double amount, String status) {
    }

    /** A user as the service shows it. */
    record UserView(String userId, String email, String name) {
        static UserView of(User user) {
            return new UserView(user.userId(), user.email(), user.name());
        }
    }

    /** An order as the service shows it. */
    record OrderView(String orderId, double amount, String status) {
        static OrderView of(Order order) {
            return new OrderView(order.orderId(), order.amount(), order.status());
        }
    }

    /** A page of orders and the opaque cursor of the next one, null on the last page. */
    record OrderPage(List<OrderView> orders, String next) {
    }
}
