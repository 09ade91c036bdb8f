package dev.storm.functional.model;

import dev.storm.Field;
import dev.storm.Manager;
import dev.storm.Meta;
import dev.storm.Model;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;

/** A model with Jakarta Bean Validation constraints. */
@Meta(suffix = "SIGNUP")
public record Signup(
        @Field(pk = true) String signupId,
        @NotBlank String name,
        @Email String email,
        @Min(18) int age) implements Model<Signup> {

    public static final Manager<Signup> objects = Manager.of(Signup.class);
}
