package org.letterflow.organisation.boundary;

import jakarta.annotation.PostConstruct;
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
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.letterflow.organisation.control.SignInThrottle;
import org.letterflow.platform.ClientAddress;
import org.letterflow.platform.Text;

/**
 * One sign-in for two kinds of client, since Jakarta Security 3 allows one mechanism per
 * application: people sign in through the form (and stay signed in for the session), programs
 * send a personal API token ({@code Authorization: Bearer}) or, for compatibility, HTTP Basic
 * with every call to /api/ (no session is kept for them). A browser is never challenged to
 * remember Basic credentials: it would then send them with every request any site makes it send.
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
    private static final String BEARER = "Bearer ";
    /** What the throttle counts a wrong token under: no login is known for it, and no login has parentheses. */
    private static final String TOKEN_LOGIN = "(token)";

    @Inject
    SignInCheck signInCheck;

    @Inject
    SignInThrottle throttle;

    @Inject
    ApiTokens tokens;

    @Inject
    @ConfigProperty(name = "letterflow.trusted-proxies")
    Optional<String> trustedProxies;

    private ClientAddress clientAddress;

    @PostConstruct
    void init() {
        clientAddress = new ClientAddress(trustedProxies.orElse(null));
    }

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
            if (header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
                return signInWithToken(header.substring(BEARER.length()), request, response, context);
            }
            if (header != null && header.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
                UsernamePasswordCredential credential = decodeBasic(header.substring(BASIC.length()));
                return credential == null
                        ? unauthorized(request, response, Text.AUTHORIZATION_UNREADABLE.format())
                        : signIn(credential, request, response, context, true);
            }
            return context.isProtected()
                    ? unauthorized(request, response, Text.API_SIGN_IN_REQUIRED.format())
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
        String address = clientAddress.of(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"));
        Duration wait = throttle.waitFor(login, address);
        if (!wait.isZero()) {
            String message = tooMany(wait);
            return api ? fail(response, 429, message, wait) : formFailure(request, message);
        }
        CredentialValidationResult result = signInCheck.validate(credential);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            throttle.failed(login, address);
            LOG.info(() -> "Failed sign-in for login '" + login + "' from " + address);
            String message = Text.SIGN_IN_FAILED.format();
            return api ? unauthorized(request, response, message) : formFailure(request, message);
        }
        throttle.succeeded(login, address);
        if (!api) {
            context.setRegisterSession(result.getCallerPrincipal().getName(), result.getCallerGroups());
            request.getSession().setAttribute(SIGNED_IN, result.getCallerPrincipal().getName());
        }
        return context.notifyContainerAboutLogin(result);
    }

    /** A bearer token: no login to throttle by, but a client guessing tokens is slowed like any other. */
    private AuthenticationStatus signInWithToken(String secret, HttpServletRequest request, HttpServletResponse response,
                                                 HttpMessageContext context) {
        String address = clientAddress.of(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"));
        Duration wait = throttle.waitFor(TOKEN_LOGIN, address);
        if (!wait.isZero()) {
            return fail(response, 429, tooMany(wait), wait);
        }
        CredentialValidationResult result = tokens.validate(secret);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            throttle.failed(TOKEN_LOGIN, address);
            LOG.info(() -> "Unknown or revoked API token from " + address);
            return unauthorized(request, response, Text.TOKEN_INVALID.format());
        }
        return context.notifyContainerAboutLogin(result);
    }

    private static String tooMany(Duration wait) {
        return Text.SIGN_IN_THROTTLED.format(Math.max(1, wait.toSeconds()));
    }

    private static AuthenticationStatus formFailure(HttpServletRequest request, String message) {
        request.setAttribute(FAILURE, message);
        return AuthenticationStatus.SEND_FAILURE;
    }

    /**
     * 401 with a problem; the Basic challenge only for programs. A browser that saw it would offer
     * to remember the password and then send it with every call, whichever site's page caused it.
     */
    private static AuthenticationStatus unauthorized(HttpServletRequest request, HttpServletResponse response,
                                                     String detail) {
        if (!fromBrowser(request.getHeader("Accept"), request.getHeader("Sec-Fetch-Mode"))) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"Letterflow\", charset=\"UTF-8\"");
        }
        return fail(response, 401, detail, Duration.ZERO);
    }

    /** Browsers send Sec-Fetch-Mode with every request (navigation or script), and ask for HTML when navigating. */
    static boolean fromBrowser(String accept, String secFetchMode) {
        return secFetchMode != null || (accept != null && accept.toLowerCase(java.util.Locale.ROOT).contains("text/html"));
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
                    .add("title", (status == 401 ? Text.TITLE_UNAUTHORIZED : Text.TITLE_TOO_MANY_REQUESTS).format())
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
