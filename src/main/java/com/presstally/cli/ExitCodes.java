package com.presstally.cli;

/** The exit codes cron and monitoring read; the README lists them. */
public final class ExitCodes {
    public static final int DONE = 0;
    public static final int JOB_FAILED = 1;
    public static final int USAGE = 2;
    public static final int CONFIGURATION = 3;
    public static final int LOCKED = 4;

    private ExitCodes() {
    }
}
