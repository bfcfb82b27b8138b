package com.presstally.bench;

import com.presstally.domain.Article;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Generated news articles for benchmarks only: about 700 words each, with the mix real conflict
 * news has of direct and partial quotes, reported speech, casualty figures, reactions and plain
 * narration. Seeded, so two runs read the same text.
 */
public final class SyntheticCorpus {
    private static final String[] PEOPLE = {"Ana Dolan", "Jonas Vale", "Ilse Marr", "Pavel Dunai", "Rosa Kell",
            "Tomas Rei", "Omar Tal", "Mira Holt", "Volodymyr Zelenskyy", "Donald Trump", "Vladimir Putin", "Mark Rutte"};
    private static final String[] ROLES = {"Foreign Minister", "Defence Minister", "Governor", "President", "Mayor",
            "Interior Minister", "army spokesman", "regional governor"};
    private static final String[] BODIES = {"the United Nations", "the European Union", "NATO", "the Kremlin",
            "Ukrainian officials", "the Red Cross", "Amnesty International", "local authorities"};
    private static final String[] PLACES = {"Kharkiv", "Odesa", "Sela", "Arvel", "Dresk", "Port Selin", "Korvin"};
    private static final String[] VICTIMS = {"civilians", "people", "soldiers", "children", "aid workers"};
    private static final String[] NARRATION = {
        "The strikes come at a time when fragile peace efforts were beginning to gain traction across the region.",
        "Emergency crews worked through the night to clear rubble and restore power to the worst-hit districts.",
        "The front line has barely moved since the spring, and both armies are digging in for a long winter.",
        "Talks in Geneva are due to resume next week, although neither side has signalled new concessions.",
        "Residents queued for water and bread in the morning as temperatures fell below freezing.",
        "The government has introduced new rules on conscription that critics say are unevenly applied.",
        "Shipping through the corridor has slowed, pushing up insurance costs for grain exporters.",
        "Satellite images published last month showed new fortifications along the river."};

    /** Generated articles are dated over the seven days of ISO week 2026-W47. */
    public static final LocalDate WEEK_START = LocalDate.of(2026, 11, 16);

    private SyntheticCorpus() {
    }

    /**
     * Writes a generated week of {@code count} files, {@code synthetic-NNNNNN.txt} with a header block,
     * one at a time (a 100k-article corpus never sits in memory). Like a real week it carries
     * syndicated copies: one file in {@link #COPY_EVERY} is another outlet's copy of one of the last
     * {@link #RECENT} stories, most with the outlet's own intro and credit line, some word for word.
     */
    public static int write(int count, long seed, Path folder) throws IOException {
        Files.createDirectories(folder);
        Random r = new Random(seed);
        List<Article> recent = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Article a;
            if (i % COPY_EVERY == COPY_EVERY - 1 && !recent.isEmpty()) {
                a = syndicatedCopy(i, recent.get(r.nextInt(recent.size())), r);
            } else {
                a = article(i, r);
                recent.add(a);
                if (recent.size() > RECENT) {
                    recent.remove(0);
                }
            }
            String text = "title: " + a.title() + "\ndate: " + a.published() + "\noutlet: " + a.outlet() + "\n\n"
                    + String.join("\n\n", a.paragraphs()) + "\n";
            Files.writeString(folder.resolve(String.format("synthetic-%06d.txt", i)), text, StandardCharsets.UTF_8);
        }
        return count;
    }

    /** One written file in this many is a syndicated copy. */
    public static final int COPY_EVERY = 8;
    /** Copies are of one of this many latest stories, as wire stories are picked up within a day or two. */
    static final int RECENT = 40;
    private static final String[] OUTLETS = {"Daily Ledger", "Evening Post", "Metro Wire", "Northern Star", "City Herald"};

    /**
     * Another outlet's copy of a story: its title, date and body, in two of three copies after an intro
     * paragraph of the outlet's own and before its credit line (a near copy), else word for word (an exact one).
     */
    static Article syndicatedCopy(int index, Article original, Random r) {
        String outlet = pick(r, OUTLETS);
        List<String> paragraphs = new ArrayList<>();
        boolean rewrapped = r.nextInt(3) != 0;
        if (rewrapped) {
            paragraphs.add(outlet + " has followed the story from " + pick(r, PLACES) + " since the spring. " + narration(r));
        }
        paragraphs.addAll(original.paragraphs());
        if (rewrapped) {
            paragraphs.add("Reporting by " + pick(r, PEOPLE) + "; editing by " + pick(r, PEOPLE) + " for " + outlet + ".");
        }
        return new Article("synthetic/" + index + ".txt", original.title(), original.published(), outlet, "", paragraphs);
    }

    /** {@code count} generated articles in memory, each a story of its own (no copies, unlike {@link #write}). */
    public static List<Article> generate(int count, long seed) {
        Random r = new Random(seed);
        List<Article> articles = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            articles.add(article(i, r));
        }
        return articles;
    }

    static Article article(int index, Random r) {
        List<String> paragraphs = new ArrayList<>();
        int words = 0;
        while (words < 700) {
            String p = paragraph(r);
            paragraphs.add(p);
            words += p.split(" ").length;
        }
        return new Article("synthetic/" + index + ".txt", "Synthetic article " + index,
                WEEK_START.plusDays(index % 7), "Bench Wire", "", paragraphs);
    }

    private static String paragraph(Random r) {
        String person = pick(r, PEOPLE);
        String role = pick(r, ROLES);
        String place = pick(r, PLACES);
        int n = 2 + r.nextInt(400);
        return switch (kind(r)) {
            case 0 -> "“We will not accept a ceasefire that rewards aggression in " + place + ",” " + role + " "
                    + person + " said. “Our people deserve better than that, and the world knows it.” "
                    + narration(r);
            case 1 -> person + " described the attack on " + place + " as “a gross escalation” and “a direct attempt "
                    + "to undermine ongoing peace efforts.” " + narration(r);
            case 2 -> "At least " + n + " " + pick(r, VICTIMS) + " were killed in " + place + ", with more than "
                    + (n * 2) + " others reported injured, according to " + pick(r, BODIES) + ". " + narration(r);
            case 3 -> pick(r, BODIES).substring(0, 1).toUpperCase() + pick(r, BODIES).substring(1)
                    + " condemned the shelling of " + place + " and called for an independent investigation. "
                    + narration(r);
            case 4 -> role + " " + person + " told reporters that the talks had stalled because the other side "
                    + "refused to discuss prisoner exchanges, accusing it of bad faith. " + narration(r);
            case 5 -> "Officials said about " + (n * 100) + " people had fled " + place + " in the past week, many of "
                    + "them women and children sheltering in schools. " + narration(r);
            case 7 -> "“The convoy will leave at dawn if the roads near " + place + " are clear,” " + person
                    + " said. “We have fuel for three days and the drivers know the route.” " + narration(r);
            case 8 -> role + " " + person + " said the talks in Geneva would resume on " + pick(r, WEEKDAYS)
                    + " and that both delegations had agreed an agenda. " + narration(r);
            default -> narration(r) + " " + narration(r) + " " + narration(r);
        };
    }

    /**
     * Paragraph kinds drawn with these weights, so an article carries about the items per 750 words
     * the 21 annotated dev articles do (≈ 18 statements, 2 casualty claims, 3 reactions): mostly
     * neutral quotes and reported speech, a casualty or a reaction paragraph now and then. Kind 6 is
     * plain narration.
     */
    private static final int[] KIND_WEIGHTS = {2, 2, 2, 2, 2, 1, 7, 12, 10};
    private static final String[] WEEKDAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday"};

    private static int kind(Random r) {
        int total = 0;
        for (int w : KIND_WEIGHTS) {
            total += w;
        }
        int pick = r.nextInt(total);
        for (int k = 0; k < KIND_WEIGHTS.length; k++) {
            pick -= KIND_WEIGHTS[k];
            if (pick < 0) {
                return k;
            }
        }
        throw new AssertionError();
    }

    private static final String[] SUBJECTS = {"Farmers", "Engineers", "Volunteers", "Shopkeepers", "Teachers", "Drivers",
            "Nurses", "Fishermen", "Students", "Pensioners", "Officials", "Mechanics", "Bakers", "Miners", "Clerks"};
    private static final String[] VERBS = {"repaired", "inspected", "counted", "cleared", "rebuilt", "guarded", "mapped",
            "visited", "supplied", "reopened", "measured", "painted", "surveyed", "emptied", "restocked"};
    private static final String[] OBJECTS = {"the bridge", "a water tower", "the grain store", "two schools", "the clinic",
            "a pumping station", "the rail depot", "the market hall", "a bakery", "the ferry pier", "a substation",
            "the library", "three warehouses", "the bus station", "a football ground"};
    private static final String[] WHEN = {"on Monday", "before dawn", "late on Tuesday", "over the weekend", "at noon",
            "on Thursday evening", "this morning", "after the curfew", "during the storm", "in the first week of the month"};

    /** A plain narrative sentence drawn from enough words that two articles rarely share five in a row. */
    private static String narration(Random r) {
        return pick(r, SUBJECTS) + " " + pick(r, VERBS) + " " + pick(r, OBJECTS) + " near " + pick(r, PLACES) + " "
                + pick(r, WHEN) + ", " + (2 + r.nextInt(90)) + " kilometres from the " + pick(r, new String[] {"border",
                "front", "coast", "capital", "river"}) + ".";
    }

    private static String pick(Random r, String[] options) {
        return options[r.nextInt(options.length)];
    }
}
