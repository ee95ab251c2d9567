package org.letterflow.platform.rest;

import jakarta.ws.rs.NameBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A POST a client may safely repeat with the same {@code Idempotency-Key}: the repeat gets the first
 * answer and nothing is done twice (see {@link IdempotencyFilter}).
 */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Idempotent {
}
