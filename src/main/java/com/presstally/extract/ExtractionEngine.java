package com.presstally.extract;

import com.presstally.domain.Article;
import com.presstally.domain.CasualtyClaim;
import com.presstally.domain.Extraction;
import com.presstally.domain.Reaction;
import com.presstally.domain.Statement;

import java.util.List;

/**
 * The extraction core: statements first (their spans tell who claims a figure), then casualty
 * claims, then reactions. Lexicons are loaded once; {@link #extract} keeps no state between
 * articles, so one engine serves every thread.
 */
public final class ExtractionEngine implements ArticleExtractor {
    /** Recorded with every run, so a store can tell which extractions an older engine made. */
    public static final String VERSION = "0.1";

    private final ActorDictionary dictionary;
    private final SourceWords sourceWords;
    private final StatementExtractor statements;
    private final CasualtyExtractor casualties;
    private final ReactionExtractor reactions;

    public ExtractionEngine(Lexicon lexicon) {
        this.dictionary = new ActorDictionary(lexicon);
        this.sourceWords = new SourceWords(lexicon);
        SpeechCues speechCues = new SpeechCues(lexicon);
        this.statements = new StatementExtractor(speechCues, sourceWords, AttributionRules.cascade());
        this.casualties = new CasualtyExtractor(new NumberParser(lexicon), new CasualtyWords(lexicon));
        this.reactions = new ReactionExtractor(new ReactionCues(lexicon), speechCues, sourceWords, lexicon);
    }

    @Override
    public Extraction extract(Article article) {
        TextLayout layout = new TextLayout(article);
        ActorResolver names = new ActorResolver(dictionary, sourceWords, layout);
        List<Statement> found = statements.extract(layout, names.fresh());
        List<CasualtyClaim> claims = casualties.extract(layout, found);
        List<Reaction> reacted = reactions.extract(layout, names.fresh(), found);
        return new Extraction(found, claims, reacted);
    }
}
