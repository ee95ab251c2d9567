package org.letterflow.organisation.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.Duration;
import java.util.Base64;
import java.util.logging.Logger;
import org.letterflow.organisation.control.SignInThrottle;

/**
 * One sign-in for two kinds of client, since Jakarta Security 3 allows one mechanism per
 * application: people sign in through the form (and stay signed in for the session), programs
 * send HTTP Basic with every call to /api/ (no session is kept for them).
 *
 * <p>A person's session keeps only who signed in ({@link #SIGNED_IN}); every page request takes
 * their account and roles from the database. So the session carries on, signed in, on any
 * instance of a cluster it fails over to (the container's own record of the caller is not
 * replicated with the session: Payara loses the roles of a Jakarta Security caller on another
 * member), and a deactivated account or a removed role holds at the next request everywhere.
 */
@ApplicationScoped
public class SignInMechanism implements HttpAuthenticationMechanism {

    /** Request attribute telling the sign-in page why the attempt failed. */
    public static final String FAILURE = "letterflow.signInFailure";
    /** Session attribute: the page a person asked for before being sent to sign in. */
    public static final String REQUESTED_PAGE = "letterflow.requestedPage";
    /** Session attribute: the login of the person signed in through the form. */
    static final String SIGNED_IN = "letterflow.signedIn";

    private static final Logger LOG = Logger.getLogger(SignInMechanism.class.getName());
    private static final String BASIC = "Basic ";

    @Inject
    SignInCheck signInCheck;

    @Inject
    SignInThrottle throttle;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        boolean api = request.getRequestURI().startsWith(request.getContextPath() + "/api/");
        Credential formCredential = context.getAuthParameters().getCredential();
        if (formCredential instanceof UsernamePasswordCredential credential) {
            return signIn(credential, request, response, context, false);
        }
        if (api) {
            String header = request.getHeader("Authorization");
            if (header != null && header.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
                UsernamePasswordCredential credential = decodeBasic(header.substring(BASIC.length()));
                return credential == null
                        ? unauthorized(response, "Заголовок Authorization не разобран")
                        : signIn(credential, request, response, context, true);
            }
            return context.isProtected()
                    ? unauthorized(response, "Требуется вход: HTTP Basic с логином и паролем")
                    : context.doNothing();
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SIGNED_IN) instanceof String login) {
            CredentialValidationResult current = signInCheck.current(login);
            if (current.getStatus() == CredentialValidationResult.Status.VALID) {
                return context.notifyContainerAboutLogin(current);
            }
            LOG.info(() -> "The session of '" + login + "' ended: the account is deactivated or gone");
            session.invalidate();
            return toSignIn(request, context);
        }
        Principal remembered = request.getUserPrincipal();
        if (remembered != null) {
            return context.notifyContainerAboutLogin(remembered, null);
        }
        return toSignIn(request, context);
    }

    private static AuthenticationStatus toSignIn(HttpServletRequest request, HttpMessageContext context) {
        if (context.isProtected()) {
            String query = request.getQueryString();
            request.getSession().setAttribute(REQUESTED_PAGE,
                    request.getRequestURI() + (query == null ? "" : "?" + query));
            return context.redirect(request.getContextPath() + "/login.xhtml");
        }
        return context.doNothing();
    }

    private AuthenticationStatus signIn(UsernamePasswordCredential credential, HttpServletRequest request,
                                        HttpServletResponse response, HttpMessageContext context, boolean api) {
        String login = credential.getCaller();
        Duration wait = throttle.waitFor(login);
        if (!wait.isZero()) {
            String message = "Слишком много неудачных попыток входа. Повторите через "
                    + Math.max(1, wait.toSeconds()) + " с.";
            return api ? fail(response, 429, message, wait) : formFailure(request, message);
        }
        CredentialValidationResult result = signInCheck.validate(credential);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            throttle.failed(login);
            LOG.info(() -> "Failed sign-in for login '" + login + "' from " + request.getRemoteAddr());
            String message = "Неверный логин или пароль";
            return api ? unauthorized(response, message) : formFailure(request, message);
        }
        throttle.succeeded(login);
        if (!api) {
            context.setRegisterSession(result.getCallerPrincipal().getName(), result.getCallerGroups());
            request.getSession().setAttribute(SIGNED_IN, result.getCallerPrincipal().getName());
        }
        return context.notifyContainerAboutLogin(result);
    }

    private static AuthenticationStatus formFailure(HttpServletRequest request, String message) {
        request.setAttribute(FAILURE, message);
        return AuthenticationStatus.SEND_FAILURE;
    }

    private static AuthenticationStatus unauthorized(HttpServletResponse response, String detail) {
        response.setHeader("WWW-Authenticate", "Basic realm=\"Letterflow\", charset=\"UTF-8\"");
        return fail(response, 401, detail, Duration.ZERO);
    }

    /** Writes the problem here: JAX-RS mappers never see a request the container turned away. */
    private static AuthenticationStatus fail(HttpServletResponse response, int status, String detail, Duration retry) {
        try {
            response.setStatus(status);
            if (!retry.isZero()) {
                response.setHeader("Retry-After", Long.toString(Math.max(1, retry.toSeconds())));
            }
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write(Json.createObjectBuilder()
                    .add("type", "about:blank")
                    .add("title", status == 401 ? "Требуется вход в систему" : "Слишком много запросов")
                    .add("status", status)
                    .add("detail", detail)
                    .build().toString());
        } catch (IOException e) {
            LOG.fine(() -> "Client went away before the sign-in answer: " + e);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    static UsernamePasswordCredential decodeBasic(String encoded) {
        try {
            String pair = new String(Base64.getDecoder().decode(encoded.strip()), StandardCharsets.UTF_8);
            int colon = pair.indexOf(':');
            return colon <= 0 ? null : new UsernamePasswordCredential(pair.substring(0, colon), pair.substring(colon + 1));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
