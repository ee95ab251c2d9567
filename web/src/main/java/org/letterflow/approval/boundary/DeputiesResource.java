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
import java.time.LocalDate;
import java.util.List;
import org.letterflow.approval.boundary.Deputies.Substitution;

/** An executive's deputies: {@code GET|POST /deputies}, {@code DELETE /deputies/{id}}. */
@ApplicationScoped
@Path("deputies")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DeputiesResource {

    /** Who stands in, and from which day to which (both included). */
    public record SubstitutionForm(String deputy, LocalDate from, LocalDate to) {
        @JsonbCreator
        public SubstitutionForm(String deputy, LocalDate from, LocalDate to) {
            this.deputy = deputy;
            this.from = from;
            this.to = to;
        }
    }

    @Inject
    Deputies deputies;

    @GET
    public List<Substitution> current() {
        return deputies.current();
    }

    @POST
    public Response name(SubstitutionForm form) {
        SubstitutionForm f = form == null ? new SubstitutionForm(null, null, null) : form;
        return Response.status(Response.Status.CREATED).entity(deputies.name(f.deputy(), f.from(), f.to())).build();
    }

    @DELETE
    @Path("{id}")
    public Response cancel(@PathParam("id") long id) {
        deputies.cancel(id);
        return Response.noContent().build();
    }
}
