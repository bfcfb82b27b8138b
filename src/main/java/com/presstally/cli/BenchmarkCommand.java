package com.presstally.cli;

import com.presstally.bench.ExtractionBenchmark;
import com.presstally.bench.SyntheticCorpus;
import com.presstally.domain.Article;
import com.presstally.extract.ExtractionEngine;
import com.presstally.extract.Lexicon;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "benchmark", description = "Measures the extraction core alone on generated ~700-word articles, on one thread: articles per second. Generated text only; nothing is stored.")
public final class BenchmarkCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--articles", defaultValue = "5000", description = "Articles to time. Default: ${DEFAULT-VALUE}.")
    int count;

    @Option(names = "--warmup", defaultValue = "2", description = "Untimed rounds first (JIT warm-up). Default: ${DEFAULT-VALUE}.")
    int warmup;

    @Override
    public Integer call() {
        List<Article> articles = SyntheticCorpus.generate(count, 42);
        ExtractionBenchmark.Result r = ExtractionBenchmark.run(new ExtractionEngine(Lexicon.shipped()), articles, warmup);
        spec.commandLine().getOut().printf("extract: %d articles (%d words, %d items) in %.2f s on one thread: "
                        + "%.0f articles/s, %.0f words/s%n", r.articles(), r.words(), r.items(), r.seconds(),
                r.articlesPerSecond(), r.words() / r.seconds());
        return ExitCodes.DONE;
    }
}
