package dev.serveractions.action.ownerapp;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Answered through its {@code @ResponseStatus}. */
@ResponseStatus(HttpStatus.I_AM_A_TEAPOT)
class TeapotException extends RuntimeException {

}
