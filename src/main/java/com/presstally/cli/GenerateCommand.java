package com.presstally.cli;

import com.presstally.bench.SyntheticCorpus;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "generate-corpus", description = "Writes generated ~700-word articles (.txt with a header block) for benchmarks and load tests. Generated text only: never report on it.")
public final class GenerateCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--articles", defaultValue = "10000", description = "How many. Default: ${DEFAULT-VALUE}.")
    int count;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder to write into (created).")
    Path out;

    @Override
    public Integer call() throws IOException {
        int written = SyntheticCorpus.write(count, 42, out);
        spec.commandLine().getOut().println("generate-corpus: " + written + " articles in " + out);
        return ExitCodes.DONE;
    }
}
