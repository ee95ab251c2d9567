package org.letterflow.tasks.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.letterflow.platform.rest.LocalDateParam;

/** The execution-discipline report (исполнительская дисциплина). */
@RequestScoped
@Path("reports")
@Produces(MediaType.APPLICATION_JSON)
public class ReportsResource {

    @Inject
    Tasks tasks;

    @GET
    @Path("discipline")
    public List<DisciplineRow> discipline(@QueryParam("from") LocalDateParam from, @QueryParam("to") LocalDateParam to,
                                          @QueryParam("org") Long org) {
        return tasks.discipline(LocalDateParam.value(from), LocalDateParam.value(to), org);
    }
}
