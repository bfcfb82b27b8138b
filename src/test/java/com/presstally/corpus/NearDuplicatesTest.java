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

    /** The WIRE article's signature as stores held it until 2026-11-27 (eight hex digits a hash), from that build. */
    private static final String WIRE_SIGNATURE_AS_STORED_BEFORE = "0056f5a90044164e041ae982073a6aa400e2288104ccad83022058d8002cc653" +
            "048072d1066bfed302c659e200eeab9201f93d5a0556a3f40014d231043f849a" +
            "034a9fde0177413d006e36810315a5960024523e015bd7d1002e2d7400c9157f" +
            "04c1bfc6013015d5033e7dfd00b5ca520195b2b500dfc88103687265004fea69" +
            "0235897101b1ccef00970c0b00fbb44302edd68101fd606c02ad1a9c04dcec40" +
            "0f245d530190a7790070437d0016821a013c3f4c085c7821011e3cf101295308" +
            "003bdd4602847bb40431588e004d944b00dbe596018b15c804a919aa005e88eb" +
            "06170e8c009d40460202a35802cae37f00177e5302e0396901aa6bde00c39883";

    @Test
    void aSignatureStoredInTheOldEightDigitFormIsReadAsTheSameHashes() {
        byte[] old = new byte[NearDuplicates.HASHES];
        byte[] now = new byte[NearDuplicates.HASHES];
        assertTrue(NearDuplicates.slots(WIRE_SIGNATURE_AS_STORED_BEFORE, old, 0));
        assertTrue(NearDuplicates.slots(NearDuplicates.signature(article("a", WIRE).body()), now, 0));
        assertArrayEquals(old, now);
    }

    @Test
    void aStoryStoredWithAnOldSignatureFindsItsCopiesStoredWithNewOnes() {
        List<String> withIntro = new ArrayList<>(WIRE);
        withIntro.add(0, "PORT SELIN (Harbor Times) — Our correspondent reports from the scene of Monday's attack.");
        NearDuplicates.Finder finder = new NearDuplicates.Finder();
        finder.add("", WIRE_SIGNATURE_AS_STORED_BEFORE);
        finder.add("", NearDuplicates.signature("Grain prices rose for the third week as ports stayed closed and insurers raised premiums."));
        finder.add("", NearDuplicates.signature(article("b", withIntro).body()));
        assertArrayEquals(new int[] {0, 1, 0}, finder.originals());
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
