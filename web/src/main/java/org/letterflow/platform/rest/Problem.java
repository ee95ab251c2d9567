package org.letterflow.platform.rest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * An RFC 9457 problem: what went wrong, in Russian, for the person or program that sent the
 * request. Never a stack trace.
 */
public record Problem(String type, String title, int status, String detail, List<FieldError> errors,
                      String existing) {

    public static final MediaType MEDIA_TYPE = new MediaType("application", "problem+json");

    /** One input field at fault and why. */
    public record FieldError(String field, String message) {
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
