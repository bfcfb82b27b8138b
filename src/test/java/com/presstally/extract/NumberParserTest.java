package com.presstally.extract;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NumberParserTest {
    private final NumberParser parser = new NumberParser(Lexicon.shipped());

    private NumberParser.Figure parse(String text) {
        List<Token> tokens = Token.tokenize(text);
        return parser.parse(tokens, 0).orElseThrow(() -> new AssertionError("no figure in " + text));
    }

    @Test
    void digitsWithThousandsSeparator() {
        assertEquals(1700, parse("1,700 people").low());
    }

    @Test
    void decimalWithScaleWord() {
        NumberParser.Figure f = parse("1.2 million refugees");
        assertEquals(1_200_000, f.low());
        assertEquals(1_200_000L, f.high());
    }

    @Test
    void hyphenatedNumberWord() {
        assertEquals(25, parse("twenty-five soldiers").low());
    }

    @Test
    void aDozenIsTwelve() {
        assertEquals(12, parse("a dozen journalists").low());
    }

    @Test
    void rangeWithTo() {
        NumberParser.Figure f = parse("10 to 15 civilians");
        assertEquals(10, f.low());
        assertEquals(15L, f.high());
    }

    @Test
    void rangeWithBetweenAnd() {
        NumberParser.Figure f = parse("between 500,000 and 600,000 people");
        assertEquals(500_000, f.low());
        assertEquals(600_000L, f.high());
    }

    @Test
    void rangeWithHyphen() {
        NumberParser.Figure f = parse("70,000-80,000 troops");
        assertEquals(70_000, f.low());
        assertEquals(80_000L, f.high());
    }

    @Test
    void hundredsOfThousandsIsVagueAtItsConservativeReading() {
        NumberParser.Figure f = parse("hundreds of thousands of people");
        assertEquals(100_000, f.low());
        assertNull(f.high());
        assertTrue(f.vague());
    }

    @Test
    void dozensIsVagueTwelve() {
        NumberParser.Figure f = parse("dozens injured");
        assertEquals(12, f.low());
        assertTrue(f.vague());
    }
}
