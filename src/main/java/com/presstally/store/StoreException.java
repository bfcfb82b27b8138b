package com.presstally.store;

/** A database problem, with what the store was doing when it happened. */
public class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message + ": " + cause.getMessage(), cause);
    }
}
