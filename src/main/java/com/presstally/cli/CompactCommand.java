package com.presstally.cli;

import com.presstally.batch.RunLock;
import com.presstally.store.jdbc.H2StoreFile;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.util.Locale;
import java.util.concurrent.Callable;

@Command(name = "compact", description = "Gives back the disk space an embedded H2 store holds for rows no longer live "
        + "(each rerun of a week leaves some): rewrites the store file, taking the run lock so no run is using it. "
        + "A PostgreSQL store does this with VACUUM.")
public final class CompactCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    CommonOptions common = new CommonOptions();

    @Override
    public Integer call() throws Exception {
        Configuration c = common.resolve();
        H2StoreFile store;
        try {
            store = new H2StoreFile(c.database());
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException(e.getMessage());
        }
        try (RunLock lock = c.lock()) {
            H2StoreFile.Compacted done = store.compact();
            spec.commandLine().getOut().println(String.format(Locale.ROOT,
                    "press-tally: compacted %s: %,.1f MB -> %,.1f MB (%d %% of its chunks were live)", done.file(),
                    done.bytesBefore() / 1e6, done.bytesAfter() / 1e6, done.livePercentBefore()));
        }
        return ExitCodes.DONE;
    }
}
