package com.presstally.corpus;

import com.presstally.domain.Article;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NearDuplicatesTest {
    private static final List<String> WIRE = List.of(
            "A missile strike on the harbour district of Port Selin killed at least 14 civilians and wounded more than 40 others on Monday, according to emergency services.",
            "“They hit the fish market at the busiest hour of the morning,” said Irena Mostak, the city’s deputy mayor. “There was no military target anywhere near it.”",
            "Defence Minister Oleg Varin said the strike had targeted a fuel depot used by the army, and denied that civilians had been hit.",
            "The United Nations condemned the attack and urged both sides to respect international humanitarian law.",
            "President Teodor Halen vowed to rebuild every house destroyed in a televised address on Monday evening.");

    private static Article article(String id, List<String> paragraphs) {
        return new Article(id, "t", LocalDate.of(2026, 11, 16), "", "", paragraphs);
    }

    private static Map<String, String> originals(Article... articles) {
        NearDuplicates.Finder finder = new NearDuplicates.Finder();
        for (Article a : articles) {
            finder.add(ContentFingerprint.of(a.body()), NearDuplicates.signature(a.body()));
        }
        int[] originalIndex = finder.originals();
        Map<String, String> original = new LinkedHashMap<>();
        for (int n = 0; n < articles.length; n++) {
            original.put(articles[n].id(), articles[originalIndex[n]].id());
        }
        return original;
    }

    @Test
    void wireStoryAndTwoRewrappedCopiesAreOneStory() {
        List<String> withIntro = new ArrayList<>(WIRE);
        withIntro.add(0, "PORT SELIN (Harbor Times) — Our correspondent reports from the scene of Monday's attack.");
        List<String> withFurniture = new ArrayList<>(WIRE.subList(0, 4));
        withFurniture.add("Follow Meridian Wire for live updates. Additional reporting by our Kestria desk.");
        Map<String, String> originals = originals(article("a-wire.txt", WIRE), article("b-harbor.txt", withIntro),
                article("c-meridian.txt", withFurniture));
        assertEquals("a-wire.txt", originals.get("a-wire.txt"));
        assertEquals("a-wire.txt", originals.get("b-harbor.txt"));
        assertEquals("a-wire.txt", originals.get("c-meridian.txt"));
    }

    @Test
    void copiesOfACopyBelongToTheFirstArticleOfTheStory() {
        List<String> withIntro = new ArrayList<>(WIRE);
        withIntro.add(0, "PORT SELIN (Harbor Times) — Our correspondent reports from the scene of Monday's attack.");
        List<String> rewrappedAgain = new ArrayList<>(withIntro.subList(0, 5));
        rewrappedAgain.add("Follow Meridian Wire for live updates. Additional reporting by our Kestria desk.");
        Article unrelated = article("b-grain.txt", List.of("Grain prices rose for the third week as ports stayed "
                + "closed and insurers raised premiums for ships leaving the northern coast."));
        Map<String, String> originals = originals(article("a-wire.txt", WIRE), unrelated,
                article("c-harbor.txt", withIntro), article("d-harbor-again.txt", withIntro),
                article("e-meridian.txt", rewrappedAgain));
        assertEquals("a-wire.txt", originals.get("c-harbor.txt"));
        assertEquals("a-wire.txt", originals.get("d-harbor-again.txt"), "an exact copy of a near-copy");
        assertEquals("a-wire.txt", originals.get("e-meridian.txt"));
        assertEquals("b-grain.txt", originals.get("b-grain.txt"));
    }

    @Test
    void rewrappedWireCopiesInABusyWeekAreFoundAndNothingElse() {
        int stories = 3000;
        List<Article> week = new ArrayList<>(com.presstally.bench.SyntheticCorpus.generate(stories, 42));
        int copies = stories / 10;
        for (int i = 0; i < copies; i++) {
            Article wire = week.get(i * 7);
            List<String> rewrapped = new ArrayList<>(wire.paragraphs());
            rewrapped.add(0, "LONDON (Harbor Times) — Our correspondent filed this report from the capital on Monday.");
            if (i % 2 == 0) {
                rewrapped.add("Follow Meridian Wire for live updates. Additional reporting by the Kestria desk.");
            }
            week.add(new Article("copy-" + i, wire.title(), wire.published(), "Harbor Times", "", rewrapped));
        }
        NearDuplicates.Finder finder = new NearDuplicates.Finder();
        week.forEach(a -> finder.add(ContentFingerprint.of(a.body()), NearDuplicates.signature(a.body())));
        int[] original = finder.originals();
        for (int n = 0; n < stories; n++) {
            assertEquals(n, original[n], "generated story " + n + " is no copy");
        }
        for (int i = 0; i < copies; i++) {
            assertEquals(i * 7, original[stories + i], "copy " + i);
        }
    }

    @Test
    void anotherStoryOnTheSameEventIsNotACopy() {
        Article other = article("b-other.txt", List.of(
                "Rescue teams in Port Selin searched the rubble of the fish market through the night after Monday's strike.",
                "Deputy mayor Irena Mostak said hospitals had run out of blood and asked residents to donate.",
                "The defence ministry repeated that its forces had hit a fuel depot, a claim local officials rejected."));
        Map<String, String> originals = originals(article("a-wire.txt", WIRE), other);
        assertEquals("b-other.txt", originals.get("b-other.txt"));
    }

    @Test
    void aSignatureIsTwoHexDigitsPerSlot() {
        String signature = NearDuplicates.signature(article("a", WIRE).body());
        assertTrue(signature.matches("[0-9a-f]{" + 2 * NearDuplicates.HASHES + "}"), signature);
        assertEquals("", NearDuplicates.signature("four words only here"));
    }

    @Test
    void signaturesStoredInTheOldEightDigitFormFindTheirCopiesAmongThemselves() {
        List<String> withIntro = new ArrayList<>(WIRE);
        withIntro.add(0, "PORT SELIN (Harbor Times) — Our correspondent reports from the scene of Monday's attack.");
        String wire = article("a", WIRE).body();
        String copy = article("b", withIntro).body();
        NearDuplicates.Finder finder = new NearDuplicates.Finder();
        finder.add("", oldForm(NearDuplicates.signature(wire)));
        finder.add("", oldForm(NearDuplicates.signature("Grain prices rose for the third week as ports stayed closed and insurers raised premiums.")));
        finder.add("", oldForm(NearDuplicates.signature(copy)));
        assertArrayEquals(new int[] {0, 1, 0}, finder.originals());
    }

    /** A signature as stores held it before: eight hex digits a slot, the slot's eight bits last. */
    private static String oldForm(String signature) {
        StringBuilder old = new StringBuilder();
        for (int i = 0; i < signature.length(); i += 2) {
            old.append("00a1b2").append(signature, i, i + 2);
        }
        return old.toString();
    }

    @Test
    void similarityEstimatesShingleOverlap() {
        String a = NearDuplicates.signature(article("a", WIRE).body());
        assertEquals(1.0, NearDuplicates.similarity(a, a));
        String unrelated = NearDuplicates.signature(article("b", List.of("Grain prices rose for the third week as ports stayed closed and insurers raised premiums for ships.")).body());
        assertTrue(NearDuplicates.similarity(a, unrelated) < 0.1);
    }

    @Test
    void similarityTracksTheShareOfSharedShinglesForLongAndShortTexts() {
        List<String> words = new ArrayList<>();
        for (Article a : com.presstally.bench.SyntheticCorpus.generate(4, 7)) {
            words.addAll(List.of(a.body().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9 ]", " ").trim().split(" +")));
        }
        for (int length : new int[] {40, 120, 700}) {
            for (double kept : new double[] {0.2, 0.5, 0.8}) {
                List<String> a = words.subList(0, length);
                List<String> b = new ArrayList<>(a.subList(0, (int) (length * kept)));
                b.addAll(words.subList(1000, 1000 + length - b.size())); // the rest of b is another text
                double estimate = NearDuplicates.similarity(NearDuplicates.signature(String.join(" ", a)),
                        NearDuplicates.signature(String.join(" ", b)));
                double exact = jaccard(shingles(a), shingles(b));
                assertEquals(exact, estimate, 0.2, length + " words, " + kept + " kept: exact " + exact + ", estimate " + estimate);
            }
        }
    }

    private static java.util.Set<String> shingles(List<String> words) {
        java.util.Set<String> shingles = new java.util.HashSet<>();
        for (int i = 0; i + 5 <= words.size(); i++) {
            shingles.add(String.join(" ", words.subList(i, i + 5)));
        }
        return shingles;
    }

    private static double jaccard(java.util.Set<String> a, java.util.Set<String> b) {
        java.util.Set<String> both = new java.util.HashSet<>(a);
        both.retainAll(b);
        java.util.Set<String> either = new java.util.HashSet<>(a);
        either.addAll(b);
        return (double) both.size() / either.size();
    }
}
