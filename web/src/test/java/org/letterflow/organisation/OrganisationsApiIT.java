package org.letterflow.organisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.letterflow.it.Api;
import org.letterflow.it.DeployedApplication;

/** The organisation tree, sign-in and access rules through the REST API of the deployed WAR. */
class OrganisationsApiIT extends DeployedApplication {

    private static final long MINISTRY = 1;
    private static final long TOMSK_DEPARTMENT = 2;
    private static final long TOMSK_CITY = 3;
    private static final long TOMSK_SCHOOL = 4;

    @Test
    void aSchoolSeesOnlyItselfAndNothingOfTheDepartmentAboveIt() {
        Api school = Api.as(base, "school.clerk", "demo");
        assertEquals(Set.of(TOMSK_SCHOOL), ids(school.get("api/v1/organisations")));

        Api.Reply department = school.get("api/v1/organisations/" + TOMSK_DEPARTMENT);
        assertEquals(404, department.status());
        assertTrue(department.contentType().startsWith("application/problem+json"), department.contentType());
        assertEquals("Организация не найдена", department.json().getString("detail"));
        assertEquals(404, school.get("api/v1/organisations?parent=" + TOMSK_DEPARTMENT).status());
    }

    @Test
    void aRegionSeesItsOwnBranchOnly() {
        Set<Long> visible = ids(Api.as(base, "tomsk.clerk", "demo").get("api/v1/organisations"));
        assertTrue(visible.containsAll(Set.of(TOMSK_DEPARTMENT, TOMSK_CITY, TOMSK_SCHOOL)), visible.toString());
        assertFalse(visible.contains(MINISTRY));
        assertFalse(visible.contains(6L), "Irkutsk is another region's branch");
    }

    @Test
    void meNamesTheUserTheirRolesAndOrganisation() {
        JsonObject me = Api.as(base, "tatarstan.head", "demo").get("api/v1/me").json();
        assertEquals("Р.Г. Музипов", me.getString("shortName"));
        assertEquals("EXECUTIVE", me.getJsonArray("roles").getString(0));
        assertEquals("Europe/Moscow", me.getJsonObject("organisation").getString("timeZone"));
    }

    @Test
    void withoutCredentialsTheApiAsksForThemAsAProblem() {
        Api.Reply reply = Api.anonymous(base).get("api/v1/me");
        assertEquals(401, reply.status());
        assertTrue(reply.header("WWW-Authenticate").orElse("").startsWith("Basic"));
        assertTrue(reply.contentType().startsWith("application/problem+json"));
    }

    @Test
    void aWrongPasswordAndAnUnknownLoginGetTheSameAnswer() {
        Api.Reply wrongPassword = Api.as(base, "tomsk.head", "not-demo").get("api/v1/me");
        Api.Reply unknownLogin = Api.as(base, "nobody-" + UUID.randomUUID(), "demo").get("api/v1/me");
        assertEquals(401, wrongPassword.status());
        assertEquals(wrongPassword.status(), unknownLogin.status());
        assertEquals(wrongPassword.json().getString("detail"), unknownLogin.json().getString("detail"));
    }

    @Test
    void repeatedFailuresAreSlowedDown() {
        Api guesser = Api.as(base, "guess-" + UUID.randomUUID(), "wrong");
        for (int i = 0; i < 3; i++) {
            assertEquals(401, guesser.get("api/v1/me").status());
        }
        Api.Reply throttled = guesser.get("api/v1/me");
        assertEquals(429, throttled.status(), throttled.toString());
        assertTrue(throttled.header("Retry-After").isPresent());
        assertTrue(throttled.json().getString("detail").startsWith("Слишком много неудачных попыток"));
    }

    @Test
    void anAdministratorAddsASchoolAndOnlyAnAdministratorMay() {
        String body = school("СОШ № " + UUID.randomUUID().toString().substring(0, 6));
        Api.Reply created = Api.as(base, "admin", "demo").post("api/v1/organisations", body);
        assertEquals(201, created.status(), created.toString());
        assertTrue(created.header("Location").orElseThrow().contains("/api/v1/organisations/"));
        assertEquals("Asia/Tomsk", created.json().getString("timeZone"));

        Api.Reply refused = Api.as(base, "tomsk.clerk", "demo").post("api/v1/organisations", body);
        assertEquals(403, refused.status(), refused.toString());
    }

    @Test
    void badInputIsAnsweredFieldByFieldInRussian() {
        Api admin = Api.as(base, "admin", "demo");
        Api.Reply blank = admin.post("api/v1/organisations",
                "{\"parentId\":3,\"kind\":\"SCHOOL\",\"fullName\":\" \",\"shortName\":\"x\",\"timeZone\":\"Asia/Tomsk\"}");
        assertEquals(400, blank.status());
        JsonObject error = blank.json().getJsonArray("errors").getJsonObject(0);
        assertEquals("fullName", error.getString("field"));
        assertEquals("обязательное поле", error.getString("message"));

        Api.Reply zone = admin.post("api/v1/organisations", school("Школа").replace("Asia/Tomsk", "Mars/Olympus"));
        assertEquals(400, zone.status());
        assertEquals("timeZone", zone.json().getJsonArray("errors").getJsonObject(0).getString("field"));

        Api.Reply malformed = admin.post("api/v1/organisations", "{\"parentId\": 3,");
        assertEquals(400, malformed.status());
        assertTrue(malformed.contentType().startsWith("application/problem+json"));
        assertFalse(malformed.body().contains("Exception"), malformed.body());
    }

    @Test
    void twoAdministratorsCannotSilentlyOverwriteEachOther() {
        Api admin = Api.as(base, "admin", "demo");
        Api.Reply created = admin.post("api/v1/organisations", school("Гимназия " + UUID.randomUUID()));
        String location = "api/v1/organisations/" + created.json().getJsonNumber("id").longValue();
        String etag = admin.get(location).header("ETag").orElseThrow();

        assertEquals(200, admin.put(location, school("Первая правка"), etag).status());
        Api.Reply stale = admin.put(location, school("Вторая правка"), etag);
        assertEquals(409, stale.status(), stale.toString());
        assertEquals("Первая правка", admin.get(location).json().getString("fullName"));
        assertEquals(400, admin.put(location, school("Без версии"), null).status());
    }

    @Test
    void readinessAndTheOpenApiDocumentAreOpenToMonitoring() {
        assertEquals(200, Api.anonymous(base).get("health/ready").status());
        Api.Reply openapi = Api.anonymous(base).get("openapi");
        assertEquals(200, openapi.status());
        assertTrue(openapi.body().contains("/api/v1/organisations"));
    }

    private static String school(String name) {
        return "{\"parentId\":" + TOMSK_CITY + ",\"kind\":\"SCHOOL\",\"fullName\":\"" + name
                + "\",\"shortName\":\"" + name + "\",\"timeZone\":\"Asia/Tomsk\"}";
    }

    private static Set<Long> ids(Api.Reply reply) {
        assertEquals(200, reply.status(), reply.toString());
        return reply.array().stream().map(JsonValue::asJsonObject)
                .map(o -> o.getJsonNumber("id").longValue()).collect(Collectors.toSet());
    }
}
