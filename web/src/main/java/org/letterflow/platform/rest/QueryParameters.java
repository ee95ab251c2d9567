package org.letterflow.platform.rest;

import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.letterflow.platform.BusinessException;
import org.letterflow.platform.Text;

/**
 * Numbers and enumerations in query parameters. JAX-RS answers a value it cannot convert with
 * 404 (as if the resource were missing) or, in Jersey, an error about the request body; a client
 * that wrote {@code direction=SIDEWAYS} or {@code offset=1;DROP} is told which parameter is wrong
 * and what it may be instead, with a 400.
 */
@Provider
public class QueryParameters implements ParamConverterProvider {

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public <T> ParamConverter<T> getConverter(Class<T> type, Type genericType, Annotation[] annotations) {
        String name = Arrays.stream(annotations).filter(QueryParam.class::isInstance).map(a -> ((QueryParam) a).value())
                .findFirst().orElse(null);
        if (name == null) {
            return null;
        }
        if (type.isEnum()) {
            return (ParamConverter<T>) new EnumParameter(name, (Class) type);
        }
        if (type == int.class || type == Integer.class) {
            return (ParamConverter<T>) new Whole<>(name, Integer::valueOf);
        }
        if (type == long.class || type == Long.class) {
            return (ParamConverter<T>) new Whole<>(name, Long::valueOf);
        }
        return null;
    }

    private record Whole<N extends Number>(String name, java.util.function.Function<String, N> parse)
            implements ParamConverter<N> {

        @Override
        public N fromString(String value) {
            try {
                return value == null ? null : parse.apply(value.strip());
            } catch (NumberFormatException e) {
                throw BusinessException.invalid(name, Text.PARAMETER_NOT_WHOLE, name, shown(value));
            }
        }

        @Override
        public String toString(N value) {
            return String.valueOf(value);
        }
    }

    private record EnumParameter<E extends Enum<E>>(String name, Class<E> type) implements ParamConverter<E> {

        @Override
        public E fromString(String value) {
            if (value == null) {
                return null;
            }
            try {
                return Enum.valueOf(type, value.strip());
            } catch (IllegalArgumentException e) {
                throw BusinessException.invalid(name, Text.PARAMETER_NOT_ONE_OF, name,
                        Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")),
                        shown(value));
            }
        }

        @Override
        public String toString(E value) {
            return value.name();
        }
    }

    /** The refused value as the message quotes it: short, and nothing a terminal would obey. */
    private static String shown(String value) {
        String visible = value.codePoints().filter(c -> !Character.isISOControl(c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return visible.length() > 40 ? visible.substring(0, 40) + "…" : visible;
    }
}
