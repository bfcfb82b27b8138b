package com.presstally.cli;

import java.lang.management.ManagementFactory;

/** Stands in for the product's jar in {@link LauncherTest}: prints the JVM options and arguments it got. */
public final class LauncherProbe {
    private LauncherProbe() {
    }

    public static void main(String[] args) {
        System.out.println("jvm: " + String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments()));
        for (String arg : args) {
            System.out.println("arg: [" + arg + "]");
        }
    }
}
