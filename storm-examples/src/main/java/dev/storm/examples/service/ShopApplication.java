package dev.storm.examples.service;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A small REST service on the README's User and Order models: the STORM starter configures everything from
 * {@code application.properties} ({@code storm.table-name}, {@code storm.endpoint}, {@code storm.create-table}).
 */
@SpringBootApplication
public class ShopApplication {

    /**
     * Starts the service.
     *
     * @param args Spring Boot command-line arguments, e.g. {@code --storm.endpoint=http://localhost:8000}
     */
    public static void main(String[] args) {
        SpringApplication.run(ShopApplication.class, args);
    }
}
