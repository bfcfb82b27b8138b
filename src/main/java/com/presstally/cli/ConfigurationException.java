package com.presstally.cli;

/** A setting that cannot be used, with the key, where it came from and what was expected. Exit code 3. */
public class ConfigurationException extends Exception {
    public ConfigurationException(String message) {
        super(message);
    }
}
