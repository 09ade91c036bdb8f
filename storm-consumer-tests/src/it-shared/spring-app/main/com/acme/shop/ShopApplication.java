package com.acme.shop;

import java.util.List;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** A user's application: the README's models over HTTP, nothing configured but three properties. */
@SpringBootApplication
@RestController
public class ShopApplication {

    public static void main(String[] args) {
        SpringApplication.run(ShopApplication.class, args);
    }

    @PostMapping("/users")
    @ResponseStatus(HttpStatus.CREATED)
    User create(@RequestBody User user) {
        return User.objects.create(user);
    }

    @GetMapping("/users/{userId}")
    User get(@PathVariable String userId) {
        return User.objects.get(User_.userId.eq(userId));
    }

    @PostMapping("/users/{userId}/orders")
    @ResponseStatus(HttpStatus.CREATED)
    Order addOrder(@PathVariable String userId, @RequestBody Order order) {
        return Order.objects.create(new Order(userId, order.orderId(), order.amount(), order.status()));
    }

    @GetMapping("/users/{userId}/orders")
    List<Order> orders(@PathVariable String userId) {
        return Order.objects.using(Order_.userId.eq(userId)).list();
    }
}
