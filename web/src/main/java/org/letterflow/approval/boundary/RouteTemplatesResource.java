package org.letterflow.approval.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.letterflow.approval.boundary.RouteTemplates.RouteTemplate;
import org.letterflow.approval.entity.RouteKind;

/** The organisation's route templates: {@code GET|POST /route-templates}, {@code DELETE /route-templates/{id}}. */
@ApplicationScoped
@Path("route-templates")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RouteTemplatesResource {

    /** A template: its name, the kind, and the approvers' logins in order. */
    public record TemplateForm(String name, RouteKind kind, List<String> approvers) {
        @JsonbCreator
        public TemplateForm(String name, RouteKind kind, List<String> approvers) {
            this.name = name;
            this.kind = kind;
            this.approvers = approvers;
        }
    }

    @Inject
    RouteTemplates templates;

    @GET
    public List<RouteTemplate> own() {
        return templates.own();
    }

    @POST
    public Response save(TemplateForm form) {
        TemplateForm f = form == null ? new TemplateForm(null, null, null) : form;
        return Response.status(Response.Status.CREATED).entity(templates.save(f.name(), f.kind(), f.approvers())).build();
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") long id) {
        templates.delete(id);
        return Response.noContent().build();
    }
}
