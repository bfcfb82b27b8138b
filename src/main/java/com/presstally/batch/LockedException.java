package com.presstally.batch;

/** Another run holds the store or the reports folder. The CLI exits with code 4. */
public class LockedException extends Exception {
    public LockedException(String message) {
        super(message);
    }
}
