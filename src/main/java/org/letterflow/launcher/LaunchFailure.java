package org.letterflow.launcher;

/** Why the application cannot start, in one line for the person who started it. */
class LaunchFailure extends RuntimeException {

    LaunchFailure(String message) {
        super(message);
    }
}
