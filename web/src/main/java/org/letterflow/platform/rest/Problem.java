package org.letterflow.platform.rest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.letterflow.platform.Text;

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
        Text title = switch (status) {
            case 400 -> Text.TITLE_BAD_REQUEST;
            case 401 -> Text.TITLE_UNAUTHORIZED;
            case 403 -> Text.TITLE_FORBIDDEN;
            case 404 -> Text.TITLE_NOT_FOUND;
            case 405 -> Text.TITLE_METHOD_NOT_ALLOWED;
            case 406, 415 -> Text.TITLE_UNSUPPORTED_FORMAT;
            case 409 -> Text.TITLE_CONFLICT;
            case 412, 428 -> Text.TITLE_PRECONDITION;
            case 413 -> Text.TITLE_TOO_LARGE;
            case 422 -> Text.TITLE_UNPROCESSABLE;
            case 429 -> Text.TITLE_TOO_MANY_REQUESTS;
            case 500 -> Text.TITLE_INTERNAL_ERROR;
            default -> null;
        };
        return title == null ? fallback : title.format();
    }
}
