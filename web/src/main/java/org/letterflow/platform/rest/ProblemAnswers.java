package org.letterflow.platform.rest;

import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Adds to the generated document the problem+json answers that do not depend on the operation, so
 * that each resource method declares only its own: every call may be turned away unsigned (401,
 * written by SignInMechanism), refused for lack of rights (403: EJB security, OriginCheck), limited
 * (429) or fail (500); every body may be malformed (400) or of another type (415); every path with
 * an identifier may name something that does not exist or is not visible to the caller (404).
 * Configured as {@code mp.openapi.filter}.
 */
public class ProblemAnswers implements OASFilter {

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
