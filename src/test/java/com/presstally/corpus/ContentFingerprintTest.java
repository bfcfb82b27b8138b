package com.presstally.corpus;

import org.junit.jupiter.api.Test;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ContentFingerprintTest {
    /** The folding as a chain of regular expressions: what the one-pass folding must equal. */
    private static String byDefinition(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    @Test
    void onePassFoldingEqualsTheRegexDefinition() {
        for (String text : List.of("", "   ", "Hello, World!", "“Zelenskyy’s” office — said: 1,700 killed.",
                "Ça va? Déjà-vu in São Paulo; Łódź and Ørsted.", "ﬁnal ² ½ Ⅻ", "Ἀθῆναι ΑΘΗΝΑ", "東京で3人 死亡",
                "emoji 🚀 rocket\tand\nlines", "  leading and trailing  ", "İstanbul", "a\u0301b\u20DDc")) {
            assertEquals(byDefinition(text), ContentFingerprint.fold(text), text);
        }
    }
}
