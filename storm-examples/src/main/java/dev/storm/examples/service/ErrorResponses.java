package dev.storm.examples.service;

import dev.storm.InvalidCursorException;
import dev.storm.InvalidValueException;
import dev.storm.ObjectAlreadyExistsException;
import dev.storm.ObjectDoesNotExistException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** STORM's exceptions as HTTP problems: 404 for a missing item, 409 for a taken key, 400 for bad input. */
@RestControllerAdvice
class ErrorResponses {

    @ExceptionHandler(ObjectDoesNotExistException.class)
    ProblemDetail notFound(ObjectDoesNotExistException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler(ObjectAlreadyExistsException.class)
    ProblemDetail conflict(ObjectAlreadyExistsException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
    }

    @ExceptionHandler({InvalidCursorException.class, InvalidValueException.class})
    ProblemDetail badRequest(RuntimeException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
    }
}
