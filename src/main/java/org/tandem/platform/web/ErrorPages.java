package org.tandem.platform.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.servlet.ModelAndView;
import org.tandem.platform.ConflictException;
import org.tandem.platform.RuleViolation;

/**
 * Tandem's own error pages: a plain explanation and a way on, never a stack trace. API paths get
 * application/problem+json instead. Only messages written for people (conflicts, refusals) are shown.
 */
@Controller
@ConditionalOnWebApplication
class ErrorPages implements ErrorController {

    private final ErrorAttributes errorAttributes;

    ErrorPages(ErrorAttributes errorAttributes) {
        this.errorAttributes = errorAttributes;
    }

    /** A page for browsers, problem+json for API paths and for clients that do not ask for HTML. */
    @RequestMapping("/error")
    Object error(HttpServletRequest request) {
        HttpStatus status = status(request);
        String message = messageFor(request, status);
        String accept = request.getHeader("Accept");
        boolean wantsPage = accept == null || accept.contains("text/html") || accept.contains("*/*");
        if (isApi(request) || !wantsPage) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, message);
            Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
            if (uri != null) {
                problem.setInstance(URI.create(uri.toString()));
            }
            return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
        ModelAndView page = new ModelAndView(switch (status) {
            case NOT_FOUND -> "error/404";
            case FORBIDDEN -> "error/403";
            default -> status.is4xxClientError() ? "error/4xx" : "error/500";
        }, status);
        page.addObject("status", status.value());
        page.addObject("reason", status.getReasonPhrase());
        page.addObject("message", message);
        return page;
    }

    private String messageFor(HttpServletRequest request, HttpStatus status) {
        Throwable error = errorAttributes.getError(new ServletWebRequest(request));
        if (error == null && request.getAttribute(WebAttributes.ACCESS_DENIED_403) instanceof Throwable denied) {
            error = denied;
        }
        if (error instanceof CsrfException) {
            return "The form had expired or did not come from Tandem. Go back, reload the page and try again.";
        }
        if (error instanceof ConflictException || error instanceof RuleViolation
                || (error instanceof AccessDeniedException && error.getMessage() != null)) {
            return error.getMessage();
        }
        return switch (status) {
            case NOT_FOUND -> "Page not found";
            case FORBIDDEN -> "You do not have permission to do this";
            case UNAUTHORIZED -> "Sign in to continue";
            case PAYLOAD_TOO_LARGE -> "The file is larger than Tandem accepts. Nothing was changed.";
            case INTERNAL_SERVER_ERROR -> "Something went wrong on our side. Nothing was changed. Try again later.";
            default -> status.getReasonPhrase();
        };
    }

    private static boolean isApi(HttpServletRequest request) {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        return uri != null && uri.toString().startsWith("/api/");
    }

    private static HttpStatus status(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer i ? HttpStatus.resolve(i) : null;
        return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
    }
}
