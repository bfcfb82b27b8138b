package com.presstally.extract;

import com.presstally.bench.SyntheticCorpus;
import com.presstally.domain.Article;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ActorDictionaryTest {
    private final ActorDictionary dictionary = new ActorDictionary(Lexicon.shipped());

    @Test
    void aTokenStartsAnAliasExactlyWhenItsNormalisedWordDoes() {
        StringBuilder text = new StringBuilder("U.S. Russia’s Itar-Tass NATO nato Kremlin İstanbul Zelenskyy's al-Assad 5G ");
        for (Article a : SyntheticCorpus.generate(50, 3)) {
            text.append(a.body()).append(' ');
        }
        int starting = 0;
        for (Token t : Token.tokenize(text.toString())) {
            boolean expected = dictionary.startsAnAlias(t.text());
            assertEquals(expected, dictionary.startsAnAlias(t), t.text());
            starting += expected ? 1 : 0;
        }
        assertTrue(starting > 100, "tokens that start an alias: " + starting);
    }

    @Test
    void possessivesDotsAndDashesAreNormalisedAway() {
        assertTrue(dictionary.startsAnAlias(Token.tokenize("Russia’s").get(0)));
        assertTrue(dictionary.startsAnAlias(Token.tokenize("NATO").get(0)));
        assertFalse(dictionary.startsAnAlias(Token.tokenize("However").get(0)));
        assertEquals(List.of("us", "russia", "itar tass"), List.of(ActorDictionary.normalise("U.S."),
                ActorDictionary.normalise("Russia’s"), ActorDictionary.normalise("Itar-Tass")));
    }
}
