package com.presstally.extract;

import com.presstally.domain.StatementKind;

import java.util.List;
import java.util.Optional;

/** One way news attributes speech. Rules run in order for each cue; the first that fires wins. */
public interface AttributionRule {
    /** The id every statement this rule finds carries, exported so a wrong row can be traced. */
    String id();

    Optional<Attribution> apply(CueSite site);

    /**
     * What a rule found: the source phrase, the kind, and the content as body spans (a quote broken
     * by its attribution has two).
     */
    record Attribution(String ruleId, List<Token> source, StatementKind kind, List<int[]> content) {
        public Attribution {
            source = List.copyOf(source);
            content = List.copyOf(content);
        }
    }
}
