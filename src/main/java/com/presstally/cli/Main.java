package com.presstally.cli;


/** Entry point of the {@code press-tally} command. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(PressTallyCommand.commandLine().execute(args));
    }
}
