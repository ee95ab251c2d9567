package org.letterflow.tasks.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.letterflow.platform.rest.LocalDateParam;
import org.letterflow.tasks.control.TaskRow;
import org.letterflow.document.Download;

/** The execution-discipline report (исполнительская дисциплина). */
@ApplicationScoped
@Path("reports")
@Produces(MediaType.APPLICATION_JSON)
public class ReportsResource {

    @Inject
    Discipline discipline;

    @GET
    @Path("discipline")
    public List<DisciplineRow> discipline(@QueryParam("from") LocalDateParam from, @QueryParam("to") LocalDateParam to,
                                          @QueryParam("org") Long org) {
        return discipline.discipline(LocalDateParam.value(from), LocalDateParam.value(to), org);
    }

    @GET
    @Path("discipline.xlsx")
    @Produces("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    public Response xlsx(@QueryParam("from") LocalDateParam from, @QueryParam("to") LocalDateParam to,
                         @QueryParam("org") Long org) {
        byte[] file = DisciplineExport.xlsx(discipline(from, to, org), LocalDateParam.value(from), LocalDateParam.value(to));
        return Download.response(file, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                "исполнительская-дисциплина.xlsx", false);
    }

    @GET
    @Path("discipline.pdf")
    @Produces("application/pdf")
    public Response pdf(@QueryParam("from") LocalDateParam from, @QueryParam("to") LocalDateParam to,
                        @QueryParam("org") Long org) {
        byte[] file = DisciplineExport.pdf(discipline(from, to, org), LocalDateParam.value(from), LocalDateParam.value(to));
        return Download.response(file, "application/pdf", "исполнительская-дисциплина.pdf", true);
    }

    /** The due dates behind one line: an organisation's, or one person's ({@code person}). */
    @GET
    @Path("discipline/detail")
    public List<TaskRow> detail(@QueryParam("from") LocalDateParam from, @QueryParam("to") LocalDateParam to,
                                @QueryParam("org") long org, @QueryParam("person") Long person) {
        return discipline.disciplineDetail(LocalDateParam.value(from), LocalDateParam.value(to), org, person);
    }
}
