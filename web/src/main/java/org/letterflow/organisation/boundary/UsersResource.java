package org.letterflow.organisation.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.letterflow.organisation.entity.User;
import org.letterflow.platform.rest.Problem;
import org.letterflow.platform.rest.Versions;

@ApplicationScoped
@Path("users")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class UsersResource {

    @Inject
    Users users;

    @GET
    @Operation(summary = "Пользователи, которыми управляет вызывающий")
    @APIResponse(responseCode = "200", description = "Пользователи, которыми управляет вызывающий",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = UserView.class)))
    public List<UserView> list() {
        return users.managed().stream().map(UserView::of).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Пользователь")
    @APIResponse(responseCode = "200", description = "Пользователь",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UserView.class)), headers = @Header(name = "ETag", description = "Версия записи для If-Match", schema = @Schema(type = SchemaType.STRING)))
    public Response get(@PathParam("id") long id) {
        User user = users.find(id);
        return Response.ok(UserView.of(user)).tag(Versions.tag(user.getVersion())).build();
    }

    @POST
    @Operation(summary = "Создать пользователя (администратор)")
    @APIResponse(responseCode = "201", description = "Пользователь создан; Location — его адрес",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UserView.class)), headers = @Header(name = "ETag", description = "Версия записи для If-Match", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", description = "Поля неверны (errors называет поля)",
            content = @Content(mediaType = Problem.TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Логин уже занят",
            content = @Content(mediaType = Problem.TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(@Valid @NotNull UserForm form, @Context UriInfo uri) {
        User created = users.create(form);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.getId())).build())
                .entity(UserView.of(created)).tag(Versions.tag(created.getVersion())).build();
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Изменить пользователя (If-Match: ETag)")
    @APIResponse(responseCode = "200", description = "Пользователь изменён",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UserView.class)), headers = @Header(name = "ETag", description = "Версия записи для If-Match", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", description = "Нет заголовка If-Match или данные неверны",
            content = @Content(mediaType = Problem.TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Запись изменена другим пользователем (ETag устарел)",
            content = @Content(mediaType = Problem.TYPE, schema = @Schema(implementation = Problem.class)))
    public Response update(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch,
                           @Valid @NotNull UserForm form) {
        User updated = users.update(id, form, Versions.expected(ifMatch));
        return Response.ok(UserView.of(updated)).tag(Versions.tag(updated.getVersion())).build();
    }
}
