package org.letterflow.platform.rest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An RFC 9457 problem: what went wrong, in Russian, for the person or program that sent the
 * request. Never a stack trace.
 */
@Schema(name = "Problem", description = "Ошибка по RFC 9457 (application/problem+json): что не так, по-русски")
public record Problem(
        @Schema(description = "Тип ошибки; всегда about:blank", example = "about:blank") String type,
        @Schema(description = "Краткое название ошибки по её коду", example = "Некорректный запрос") String title,
        @Schema(description = "HTTP-код ответа", example = "400") int status,
        @Schema(description = "Что именно не так и как исправить", example = "subject: Заполните поле") String detail,
        @Schema(type = SchemaType.ARRAY, implementation = FieldError.class, description = "Поля запроса с ошибками (пусто, если ошибка не в поле)", nullable = true) List<FieldError> errors,
        @Schema(description = "Адрес уже существующей записи, которую запрос повторил бы (409 при дубликате)",
                nullable = true, example = "http://localhost:8080/api/v1/letters/42") String existing) {

    /** The media type's name, for annotations ({@code @Content(mediaType = Problem.TYPE)}). */
    public static final String TYPE = "application/problem+json";
    public static final MediaType MEDIA_TYPE = MediaType.valueOf(TYPE);

    /** One input field at fault and why. */
    @Schema(name = "FieldError", description = "Поле запроса с ошибкой")
    public record FieldError(@Schema(description = "Имя поля (или заголовка)", example = "subject") String field,
                             @Schema(description = "Что с ним не так", example = "Заполните поле") String message) {
    }

    public static Problem of(Response.StatusType status, String detail) {
        return new Problem("about:blank", title(status.getStatusCode(), status.getReasonPhrase()),
                status.getStatusCode(), detail, List.of(), null);
    }

    /** 422: the request is well formed but cannot be done as sent (JAX-RS has no constant for it). */
    public static Problem unprocessable(String detail) {
        return new Problem("about:blank", title(422, "Unprocessable Content"), 422, detail, List.of(), null);
    }

    public Problem withErrors(List<FieldError> fieldErrors) {
        return new Problem(type, title, status, detail, List.copyOf(fieldErrors), existing);
    }

    /** The address of the record this request would have duplicated. */
    public Problem withExisting(String location) {
        return new Problem(type, title, status, detail, errors, location);
    }

    public Response toResponse() {
        return Response.status(status).type(MEDIA_TYPE).entity(this).build();
    }

    static String title(int status, String fallback) {
        return switch (status) {
            case 400 -> "Некорректный запрос";
            case 401 -> "Требуется вход в систему";
            case 403 -> "Доступ запрещён";
            case 404 -> "Не найдено";
            case 405 -> "Метод не поддерживается";
            case 406, 415 -> "Неподдерживаемый формат";
            case 409 -> "Конфликт";
            case 412, 428 -> "Нарушено условие запроса";
            case 413 -> "Слишком большой запрос";
            case 422 -> "Запрос не может быть выполнен";
            case 429 -> "Слишком много запросов";
            case 500 -> "Внутренняя ошибка";
            default -> fallback;
        };
    }
}
