package org.letterflow.platform.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The REST API: JSON-B bodies, problem+json errors, HTTP Basic sign-in or a personal token; described
 * at /openapi by Payara's MicroProfile OpenAPI from these resources' annotations, with the answers
 * every operation can give added by {@link ProblemAnswers}.
 */
@ApplicationPath("api/v1")
@OpenAPIDefinition(info = @Info(title = "Letterflow API", version = "1",
        description = "Регистрация, согласование, рассылка и контроль исполнения служебной корреспонденции. "
                + "Ошибки — application/problem+json (схема Problem) с описанием по-русски. Даты — ГГГГ-ММ-ДД "
                + "(календарные даты организации), моменты времени — ISO 8601 в UTC."),
        security = {@SecurityRequirement(name = "basic"), @SecurityRequirement(name = "token")})
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic",
        description = "Логин и пароль пользователя")
@SecurityScheme(securitySchemeName = "token", type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "Личный токен API (POST /api/v1/tokens): Authorization: Bearer <токен>")
public class LetterflowApi extends Application {
}
