package org.letterflow.platform.rest;

import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Adds to the generated document the problem+json answers that do not depend on the operation, so
 * that each resource method declares only its own: every call may be turned away unsigned (401,
 * written by SignInMechanism), refused for lack of rights (403: EJB security, OriginCheck), limited
 * (429) or fail (500); every body may be malformed (400) or of another type (415); every path with
 * an identifier may name something that does not exist or is not visible to the caller (404).
 * Configured as {@code mp.openapi.filter}.
 *
 * <p>It also mends what Payara 6's generator writes into schemas from annotations: the annotation
 * defaults copied as if they were constraints ({@code maxProperties: 0} would refuse every object
 * with a field, {@code minLength: 0}, {@code false} flags), arrays without {@code items}, and the
 * types it cannot describe (java.time, enums) written as an empty {@code object}, which no real
 * value matches; those become untyped unless a field's annotation gave the type.
 */
public class ProblemAnswers implements OASFilter {

    @Override
    public Schema filterSchema(Schema schema) {
        if (Integer.valueOf(0).equals(schema.getMaxProperties())) {
            schema.setMaxProperties(null);
        }
        if (Integer.valueOf(0).equals(schema.getMinProperties())) {
            schema.setMinProperties(null);
        }
        if (schema.getMultipleOf() != null && schema.getMultipleOf().signum() == 0) {
            schema.setMultipleOf(null);
        }
        if (Integer.valueOf(0).equals(schema.getMinLength())) {
            schema.setMinLength(null);
        }
        if (Boolean.FALSE.equals(schema.getExclusiveMaximum())) {
            schema.setExclusiveMaximum(null);
        }
        if (Boolean.FALSE.equals(schema.getExclusiveMinimum())) {
            schema.setExclusiveMinimum(null);
        }
        if (Boolean.FALSE.equals(schema.getUniqueItems())) {
            schema.setUniqueItems(null);
        }
        if (Boolean.FALSE.equals(schema.getNullable())) {
            schema.setNullable(null);
        }
        if (Boolean.FALSE.equals(schema.getReadOnly())) {
            schema.setReadOnly(null);
        }
        if (Boolean.FALSE.equals(schema.getWriteOnly())) {
            schema.setWriteOnly(null);
        }
        if (Boolean.FALSE.equals(schema.getDeprecated())) {
            schema.setDeprecated(null);
        }
        if (Integer.valueOf(Integer.MAX_VALUE).equals(schema.getMaxLength())) {
            schema.setMaxLength(null); // @SchemaProperty's defaults, copied as if they were limits
        }
        if (Integer.valueOf(Integer.MAX_VALUE).equals(schema.getMinItems())) {
            schema.setMinItems(null);
        }
        if (Integer.valueOf(Integer.MIN_VALUE).equals(schema.getMaxItems())) {
            schema.setMaxItems(null);
        }
        typeByFormat(schema);
        if (schema.getType() == Schema.SchemaType.ARRAY && !none(schema.getProperties())
                && (schema.getItems() == null || schema.getItems().getType() == null && schema.getItems().getRef() == null)) {
            // a list of a library's record: Payara writes the record's fields on the array, not on its items
            schema.setItems(OASFactory.createSchema().type(Schema.SchemaType.OBJECT).properties(schema.getProperties()));
            schema.setProperties(null);
        }
        if (schema.getType() == Schema.SchemaType.ARRAY && (schema.getItems() == null || listOfNothing(schema.getItems()))) {
            // no items, or a list's @Schema copied onto its items as "an array of arrays of anything"
            schema.setItems(OASFactory.createSchema());
        }
        if (schema.getType() == Schema.SchemaType.OBJECT && schema.getRef() == null && none(schema.getProperties())
                && schema.getAdditionalPropertiesSchema() == null && schema.getAdditionalPropertiesBoolean() == null
                && none(schema.getAllOf()) && none(schema.getOneOf()) && none(schema.getAnyOf())) {
            schema.setType(null);
        }
        return schema;
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (!path.startsWith("/api/v1/") || path.endsWith(".ics")) {
                return; // the calendar feed answers calendar applications in plain text
            }
            for (Map.Entry<PathItem.HttpMethod, Operation> entry : item.getOperations().entrySet()) {
                Operation operation = entry.getValue();
                APIResponses responses = operation.getResponses() == null
                        ? OASFactory.createAPIResponses() : operation.getResponses();
                add(responses, "401", "Не выполнен вход: нужен логин и пароль (HTTP Basic) или токен");
                add(responses, "403", "Недостаточно прав для этого действия");
                add(responses, "429", "Слишком много неудачных попыток входа; повторите позже (Retry-After)");
                add(responses, "500", "Внутренняя ошибка: данные не изменены");
                if (operation.getRequestBody() != null) {
                    add(responses, "400", "Некорректное тело запроса или данные");
                    add(responses, "415", "Формат тела запроса не поддерживается");
                }
                if (path.contains("{")) {
                    add(responses, "404", "Не найдено (или не видно вызывающему)");
                }
                operation.setResponses(responses);
            }
        });
        uniqueOperationIds(openAPI);
        typeEverySchema(openAPI);
    }

    /**
     * Payara names an operation after its Java method, so twenty resources give twenty "get"s; a
     * generated client needs one name per operation. A name used more than once gets its path:
     * {@code get} of {@code /api/v1/letters/{id}} becomes {@code getLettersById}.
     */
    private static void uniqueOperationIds(OpenAPI openAPI) {
        Map<String, Long> uses = openAPI.getPaths().getPathItems().values().stream()
                .flatMap(item -> item.getOperations().values().stream())
                .map(Operation::getOperationId).filter(java.util.Objects::nonNull)
                .collect(java.util.stream.Collectors.groupingBy(id -> id, java.util.stream.Collectors.counting()));
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations().values().forEach(operation -> {
            String id = operation.getOperationId();
            if (id != null && uses.get(id) > 1) {
                operation.setOperationId(id + pathWords(path));
            }
        }));
    }

    static String pathWords(String path) {
        StringBuilder words = new StringBuilder();
        for (String segment : path.replaceFirst("^/api/v1/", "").split("[/.-]")) {
            if (segment.isEmpty()) {
                continue;
            }
            boolean parameter = segment.startsWith("{");
            String word = segment.replaceAll("[{}]", "");
            words.append(parameter ? "By" : "").append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
        }
        return words.toString();
    }

    /**
     * What Payara 6 leaves out of a property's type: a java.time field keeps the annotation's format but not its
     * type string; long, Long and short are written as "number" with no format (or the annotation's int64), as
     * double is. The API's fractional values say format double (FractionsSayTheirFormatTest keeps that true), so
     * any other number is an identifier, a version or a count.
     */
    static void typeByFormat(Schema schema) {
        String format = schema.getFormat();
        if (schema.getType() == null && schema.getRef() == null && ("date".equals(format) || "date-time".equals(format))) {
            schema.setType(Schema.SchemaType.STRING);
        }
        if (schema.getType() == Schema.SchemaType.NUMBER && (format == null || format.equals("int64") || format.equals("int32"))) {
            schema.setType(Schema.SchemaType.INTEGER);
            schema.setFormat(format == null ? "int64" : format);
        }
        if (schema.getType() == Schema.SchemaType.ARRAY && schema.getEnumeration() != null && schema.getItems() != null) {
            // a list of an enum: Payara writes the values on the list itself as well as on its items
            if (schema.getItems().getEnumeration() == null) {
                schema.getItems().setEnumeration(schema.getEnumeration());
            }
            schema.setEnumeration(null);
        }
        if (schema.getType() == null && schema.getRef() == null && schema.getEnumeration() != null
                && schema.getEnumeration().stream().allMatch(String.class::isInstance)) {
            schema.setType(Schema.SchemaType.STRING); // an enum's values without their type
        }
        if (schema.getType() == null && schema.getRef() == null
                && (schema.getAdditionalPropertiesSchema() != null || schema.getAdditionalPropertiesBoolean() != null)) {
            schema.setType(Schema.SchemaType.OBJECT); // a map: the object rule above took its type away
        }
    }

    /**
     * Payara does not hand every nested schema to {@link #filterSchema} (a view reached only through another's
     * property kept its untyped dates), so the document's schemas are walked once more when it is complete.
     */
    private static void typeEverySchema(OpenAPI openAPI) {
        java.util.Set<Schema> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        java.util.ArrayDeque<Schema> todo = new java.util.ArrayDeque<>();
        if (openAPI.getComponents() != null && openAPI.getComponents().getSchemas() != null) {
            todo.addAll(openAPI.getComponents().getSchemas().values());
        }
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(operation -> {
            if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
                operation.getResponses().getAPIResponses().values().forEach(answer -> {
                    if (answer.getContent() != null && answer.getContent().getMediaTypes() != null) {
                        answer.getContent().getMediaTypes().values().forEach(media -> {
                            if (media.getSchema() != null) {
                                todo.add(media.getSchema());
                            }
                        });
                    }
                });
            }
        }));
        while (!todo.isEmpty()) {
            Schema schema = todo.pop();
            if (schema == null || !seen.add(schema)) {
                continue;
            }
            typeByFormat(schema);
            if (schema.getProperties() != null) {
                todo.addAll(schema.getProperties().values());
            }
            if (schema.getItems() != null) {
                todo.add(schema.getItems());
            }
            if (schema.getAdditionalPropertiesSchema() != null) {
                todo.add(schema.getAdditionalPropertiesSchema());
            }
            for (java.util.List<Schema> parts : java.util.Arrays.asList(schema.getAllOf(), schema.getOneOf(), schema.getAnyOf())) {
                if (parts != null) {
                    todo.addAll(parts);
                }
            }
        }
    }

    private static boolean listOfNothing(Schema items) {
        return items.getType() == Schema.SchemaType.ARRAY && items.getRef() == null
                && (items.getItems() == null || items.getItems().getType() == null && items.getItems().getRef() == null);
    }

    private static boolean none(java.util.Collection<?> values) {
        return values == null || values.isEmpty();
    }

    private static boolean none(Map<?, ?> values) {
        return values == null || values.isEmpty();
    }

    private static void add(APIResponses responses, String code, String description) {
        if (responses.hasAPIResponse(code)) {
            return; // the operation said what it means by this code
        }
        APIResponse problem = OASFactory.createAPIResponse().description(description)
                .content(OASFactory.createContent().addMediaType(Problem.TYPE, OASFactory.createMediaType()
                        .schema(OASFactory.createSchema().ref("Problem"))));
        responses.addAPIResponse(code, problem);
    }
}
