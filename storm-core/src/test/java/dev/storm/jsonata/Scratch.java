package dev.storm.jsonata;

import dev.storm.JsonataTemplate;
import dev.storm.model.*;
import org.junit.jupiter.api.Test;

class Scratch {
    @Test
    void print() {
        JsonataTemplate<User> t = JsonataTemplate.of(User.class);
        System.out.println(t.getRequest());
        System.out.println(t.saveRequest(false));
        System.out.println(t.updateRequest(User_.email.set("$states.input.email"), User_.emailGsi.set("$lowercase($states.input.email)")));
        System.out.println(t.queryRequest(q -> q.limit(10).reverse().filter(User_.name.beginsWith("$states.input.prefix"))));
        System.out.println(JsonataTemplate.of(TestModel.class).saveRequest(true));
    }
}
