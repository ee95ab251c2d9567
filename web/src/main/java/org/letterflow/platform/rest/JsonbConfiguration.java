package org.letterflow.platform.rest;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.config.PropertyVisibilityStrategy;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;

/**
 * JSON-B for the API. Payara's Yasson runs inside OSGi, where its Java 16 record support (a
 * multi-release part of its jar) is not loaded; without this, a record is written as {}. So the
 * components of a record are made visible as fields; records read from requests name their
 * canonical constructor with {@code @JsonbCreator}.
 */
@Provider
public class JsonbConfiguration implements ContextResolver<Jsonb> {

    private static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig()
            .withPropertyVisibilityStrategy(new RecordComponents()));

    @Override
    public Jsonb getContext(Class<?> type) {
        return JSONB;
    }

    static final class RecordComponents implements PropertyVisibilityStrategy {

        @Override
        public boolean isVisible(Field field) {
            return field.getDeclaringClass().isRecord() || Modifier.isPublic(field.getModifiers());
        }

        @Override
        public boolean isVisible(Method method) {
            return !method.getDeclaringClass().isRecord() && Modifier.isPublic(method.getModifiers());
        }
    }
}
