package org.letterflow.platform.rest;

import jakarta.ejb.AccessLocalException;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.letterflow.platform.BusinessException;
import org.letterflow.platform.Text;

/**
 * Turns whatever a request ran into into a problem+json answer. Business rules give their own
 * message; anything unexpected is logged with its stack trace and answered with a plain 500.
 */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());

    @Override
    public Response toResponse(Throwable thrown) {
        return problem(thrown).toResponse();
    }

    static Problem problem(Throwable thrown) {
        BusinessException refusal = refusalInside(thrown);
        if (refusal != null && refusal != thrown) {
            // a parameter converter's refusal reaches us wrapped by JAX-RS: answer with its own words
            return problem(refusal);
        }
        if (thrown instanceof BusinessException e && e.existing() != null) {
            return Problem.of(status(e.kind()), e.getMessage()).withExisting(e.existing());
        }
        if (thrown instanceof BusinessException e) {
            Problem problem = Problem.of(status(e.kind()), e.getMessage());
            return e.field() == null ? problem
                    : problem.withErrors(List.of(new Problem.FieldError(e.field(), e.getMessage())));
        }
        if (thrown instanceof EJBAccessException || thrown instanceof AccessLocalException) {
            return Problem.of(Status.FORBIDDEN, Text.ACCESS_DENIED.format());
        }
        if (thrown instanceof OptimisticLockException) {
            return Problem.of(Status.CONFLICT, Text.RECORD_CHANGED.format());
        }
        if (thrown instanceof EJBException e && e.getCause() != null) {
            return problem(e.getCause());
        }
        if (thrown instanceof WebApplicationException e) {
            Response.StatusType status = e.getResponse().getStatusInfo();
            if (e.getCause() instanceof JsonbException || e.getCause() instanceof ProcessingException) {
                return unreadableBody(e);
            }
            return Problem.of(status, detail(status.getStatusCode()));
        }
        if (thrown instanceof JsonbException || thrown instanceof ProcessingException) {
            return unreadableBody(thrown);
        }
        LOG.log(Level.SEVERE, "Unexpected failure answering a request", thrown);
        return Problem.of(Status.INTERNAL_SERVER_ERROR, Text.INTERNAL_ERROR.format());
    }

    private static BusinessException refusalInside(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof BusinessException e) {
                return e;
            }
        }
        return null;
    }

    private static Problem unreadableBody(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof DateTimeParseException e) {
                // JSON-B reads dates strictly (ISO): 2025-02-31 is refused, never moved to 2025-02-28
                return Problem.of(Status.BAD_REQUEST, Text.BODY_DATE_INVALID.format(e.getParsedString()));
            }
        }
        return Problem.of(Status.BAD_REQUEST, Text.BODY_NOT_JSON.format());
    }

    private static Status status(BusinessException.Kind kind) {
        return switch (kind) {
            case NOT_FOUND -> Status.NOT_FOUND;
            case FORBIDDEN -> Status.FORBIDDEN;
            case CONFLICT -> Status.CONFLICT;
            case INVALID -> Status.BAD_REQUEST;
            case TOO_LARGE -> Status.REQUEST_ENTITY_TOO_LARGE;
        };
    }

    private static String detail(int status) {
        Text detail = switch (status) {
            case 404 -> Text.RESOURCE_NOT_FOUND;
            case 405 -> Text.METHOD_NOT_ALLOWED;
            case 406 -> Text.ANSWER_FORMAT_UNSUPPORTED;
            case 415 -> Text.BODY_FORMAT_UNSUPPORTED;
            case 401 -> Text.SIGN_IN_REQUIRED;
            case 403 -> Text.ACCESS_DENIED;
            default -> Text.REQUEST_NOT_POSSIBLE;
        };
        return detail.format();
    }
}
