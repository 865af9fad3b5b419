package org.dineutrino.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.validation.ValidationException;
import java.util.Map;
import org.dineutrino.run.InvalidConfigException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Turns exceptions into clear answers: JSON under /api, a page elsewhere. The server keeps serving. */
final class Errors {

    private static final Logger log = LoggerFactory.getLogger(Errors.class);

    private Errors() {
    }

    /** Something the user asked for that does not exist. */
    static final class NotFound extends RuntimeException {
        NotFound(String message) {
            super(message);
        }
    }

    static void register(RoutesConfig routes) {
        routes.exception(InvalidConfigException.class, (e, ctx) -> answer(ctx, HttpStatus.BAD_REQUEST,
                e.getMessage(), e.field()));
        routes.exception(ValidationException.class, (e, ctx) -> answer(ctx, HttpStatus.BAD_REQUEST,
                validationMessage(e), String.join(",", e.getErrors().keySet())));
        routes.exception(IllegalArgumentException.class, (e, ctx) -> answer(ctx, HttpStatus.BAD_REQUEST,
                e.getMessage(), null));
        routes.exception(NotFound.class, (e, ctx) -> answer(ctx, HttpStatus.NOT_FOUND, e.getMessage(), null));
        routes.exception(Exception.class, (e, ctx) -> {
            log.error("request {} {} failed", ctx.method(), ctx.path(), e);
            answer(ctx, HttpStatus.INTERNAL_SERVER_ERROR, "internal error: " + e.getMessage(), null);
        });
    }

    /** "id must be a positive whole number, got 'abc'" instead of the validator's object dump. */
    private static String validationMessage(ValidationException e) {
        StringBuilder sb = new StringBuilder();
        e.getErrors().forEach((field, errors) -> errors.forEach(err -> {
            sb.append(sb.isEmpty() ? "" : "; ").append(field).append(' ');
            boolean conversion = "TYPE_CONVERSION_FAILED".equals(err.getMessage());
            sb.append(conversion ? "must be a whole number" : err.getMessage()).append(", got '").append(err.value)
                    .append('\'');
        }));
        return sb.toString();
    }

    private static void answer(Context ctx, HttpStatus status, String message, String field) {
        ctx.status(status);
        if (ctx.path().startsWith("/api/")) {
            ctx.json(field == null ? Map.of("error", message) : Map.of("error", message, "field", field));
        } else {
            ctx.render("error.html", Map.of("status", status.getCode(), "message", message));
        }
    }
}
