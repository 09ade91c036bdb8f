package dev.storm;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The key layout of every model in a package and in the packages below it, unless a model names its own with
 * {@code @Meta(keyLayout = ...)}. Put it in {@code package-info.java}; on an application's root package it covers the
 * whole application. A model takes the layout of the nearest annotated package: its own, then each enclosing one
 * ({@code com.acme.orders}, then {@code com.acme}, then {@code com}).
 *
 * <pre>{@code
 * // src/main/java/com/acme/package-info.java
 * @DefaultKeyLayout(KeyLayout.STORM_0_1)
 * package com.acme;
 *
 * import dev.storm.DefaultKeyLayout;
 * import dev.storm.KeyLayout;
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PACKAGE)
public @interface DefaultKeyLayout {

    /** The layout of the package's models. */
    KeyLayout value();
}
