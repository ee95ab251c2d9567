package org.letterflow.platform.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/** The REST API: JSON-B bodies, problem+json errors, HTTP Basic sign-in; described at /openapi. */
@ApplicationPath("api/v1")
@OpenAPIDefinition(info = @Info(title = "Letterflow API", version = "1",
        description = "Регистрация, согласование, рассылка и контроль исполнения служебной корреспонденции"))
public class LetterflowApi extends Application {
}
