package com.presstally.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One speech cue in one sentence, with the helpers attribution rules share: the source phrase
 * before or after the cue, the quotation next to it, and where the cue's content ends.
 *
 * @param tokens the sentence's tokens with quotation contents masked (one token per quotation)
 * @param cueIndex index of the cue's first token
 */
public record CueSite(TextLayout layout, Sentence sentence, List<Token> tokens, int cueIndex, SpeechCues.Cue cue,
                      SourceWords words, SpeechCues cues) {
    private static final Set<String> TIME_LEADS = Set.of("on", "earlier", "later", "last", "this", "next", "late", "early");
    private static final Set<String> CLOSING = Set.of("”", "\"", "’", "»", "'");
    private static final Set<String> CLAUSE_BREAKS = Set.of(";", "—", "–");
    private static final Set<String> CONJUNCTIONS_AFTER_COMMA = Set.of("but", "while", "although", "though",
            "whereas", "as", "which", "who");

    private static final Set<String> ADVERBS_BEFORE_CUE = Set.of("also", "widely", "repeatedly", "reportedly", "often");
    private static final Set<String> FORMS_OF_BE = Set.of("is", "was", "were", "are", "be", "been", "being");
    /** Words inside a time phrase besides time words: "this week", "last Monday". */
    private static final Set<String> TIME_DETERMINERS = Set.of("this", "last", "next", "the");
    /** First words of an appositive after a name and a comma: "Jonas Vale, the defence minister". */
    private static final Set<String> APPOSITIVE_OPENERS = Set.of("the", "a", "an", "of", "who", "which");

    /** {@code Russia is accused of …}: the subject is the target of the cue, not its source. */
    public boolean isPassive() {
        int before = cueIndex - 1;
        while (before >= 0 && ADVERBS_BEFORE_CUE.contains(tokens.get(before).lower())) {
            before--;
        }
        return cue.frame() == SpeechCues.Frame.OBJECT && before >= 0
                && FORMS_OF_BE.contains(tokens.get(before).lower());
    }

    public int cueEnd() {
        return cueIndex + cue.words().size();
    }

    public String cueText() {
        return text(tokens.get(cueIndex).start(), tokens.get(cueEnd() - 1).end());
    }

    public String text(int start, int end) {
        return layout.body().substring(start, end);
    }

    /** The source phrase that ends right before the cue (auxiliaries and adverbs skipped), or empty. */
    public List<Token> phraseBefore() {
        int j = cueIndex - 1;
        while (j >= 0 && (words.isBetween(tokens.get(j).lower()) || isTimePhraseEnd(j)
                || tokens.get(j).is("to") && j > 0 && words.isBetween(tokens.get(j - 1).lower()))) {
            j = isTimePhraseEnd(j) ? timePhraseStart(j) - 1 : j - 1; // "has also said", "on Monday said", "agreed to send"
        }
        if (j >= 2 && tokens.get(j).is(")") && tokens.get(j - 2).is("(")) {
            j -= 3; // "Doctors Without Borders (MSF) said"
        }
        boolean comma = j > 0 && (tokens.get(j).is(",") || isDash(tokens.get(j)));
        if (comma && !cue.isParticiple()) {
            int open = appositiveStart(j);
            if (open > 0) {
                j = open - 1; // "Maan al-Saeedi, the commander of the police brigade, told": the name before it
            } else if (isPhraseWord(tokens.get(j - 1), j - 1)) {
                int k = j - 1;
                while (k >= 0 && isPhraseWord(tokens.get(k), k)) {
                    k--;
                }
                if (k >= 0 && (tokens.get(k).is(",") || CLOSING.contains(tokens.get(k).text()) || tokens.get(k).isQuoteMask())) {
                    j--; // "the governor, Ilse Marr, said": the comma closes an appositive
                }
                // otherwise "… in Dnipropetrovsk, said X": the source follows the cue
            }
        }
        int end = j + 1;
        while (j >= 0 && isPhraseWord(tokens.get(j), j)) {
            j--;
        }
        return trimPhrase(tokens.subList(j + 1, end));
    }

    private static boolean isDash(Token t) {
        return t.is("-") || t.is("–") || t.is("—");
    }

    /** Whether token {@code j} ends a time phrase: "on Monday", "earlier this month", "last week". */
    public boolean isTimePhraseEnd(int j) {
        return j >= 0 && words.isTimeWord(tokens.get(j).lower()) && timePhraseStart(j) <= j;
    }

    private int timePhraseStart(int j) {
        int k = j;
        while (k > 0 && k > j - 3 && (words.isTimeWord(tokens.get(k - 1).lower())
                || TIME_LEADS.contains(tokens.get(k - 1).lower()))) {
            k--;
        }
        return k;
    }

    /** The token after a time phrase that starts at {@code j} ("earlier this month it would…"), or {@code j}. */
    public int skipTimePhrase(int j) {
        int k = j;
        if (k < tokens.size() && TIME_LEADS.contains(tokens.get(k).lower())) {
            int m = k + 1;
            while (m < tokens.size() && m < k + 4 && (words.isTimeWord(tokens.get(m).lower())
                    || TIME_DETERMINERS.contains(tokens.get(m).lower()))) {
                m++;
            }
            if (m > k + 1 && words.isTimeWord(tokens.get(m - 1).lower())) {
                return m;
            }
            if (tokens.get(k).is("earlier") || tokens.get(k).is("later")) {
                return k + 1;
            }
        }
        return j;
    }

    /**
     * Sources joined to {@code phrase} by "and" before it: "Hungary and Slovakia said". Commas are
     * not followed: before a name they mostly close an appositive or an opening clause.
     */
    public List<List<Token>> coordinatedBefore(List<Token> phrase) {
        List<List<Token>> more = new ArrayList<>();
        int j = phrase.isEmpty() ? -1 : indexOf(phrase.get(0)) - 1;
        while (j > 0 && tokens.get(j).is("and")) {
            int end = j;
            int k = j - 1;
            while (k >= 0 && isPhraseWord(tokens.get(k), k)) {
                k--;
            }
            List<Token> other = trimPhrase(tokens.subList(k + 1, end));
            if (other.isEmpty()) {
                break;
            }
            more.add(0, other);
            j = k;
        }
        return more;
    }

    /** The source phrase right after the cue ({@code "…," said Jens Stoltenberg}), or empty. */
    public List<Token> phraseAfter() {
        return phraseFrom(cueEnd());
    }

    /** The source phrase that starts at token {@code from}, or empty. */
    public List<Token> phraseFrom(int from) {
        int j = from;
        while (j < tokens.size() && isPhraseWord(tokens.get(j), j)) {
            j++;
        }
        return trimPhrase(tokens.subList(Math.min(from, tokens.size()), j));
    }

    public int indexOf(Token t) {
        return tokens.indexOf(t);
    }

    /** The quotation whose masked token sits at or just before {@code index}, skipping commas and closing marks. */
    public Quote quoteEndingBefore(int index) {
        int j = index - 1;
        while (j >= 0 && (tokens.get(j).is(",") || CLOSING.contains(tokens.get(j).text()))) {
            j--;
        }
        if (j >= 0 && tokens.get(j).isQuoteMask()) {
            return layout.quoteAt(tokens.get(j).start());
        }
        if (j < 0) {
            // "\"Where are you now?\" Zelensky asked.": the question mark ended the previous sentence
            for (Quote q : layout.quotes()) {
                if (q.closed() && q.end() <= sentence.start() && q.paragraph() == sentence.paragraph()
                        && layout.body().substring(q.end(), sentence.start()).isBlank() && opensASentence(q)) {
                    return q;
                }
            }
        }
        // "“…,” the governor, Ilse Marr, said": an appositive between the quote and the name
        int k = j;
        int descriptors = 0;
        while (k >= 0 && index - k <= 6) {
            Token t = tokens.get(k);
            boolean descriptor = t.isWord() && !t.isCapitalized() && !t.isQuoteMask() && !words.isNonName(t.lower())
                    && !words.isBetween(t.lower()) && cues.match(tokens, k) == null
                    && ++descriptors <= 3; // "“…,” harbour master Lena Brandt said": not "“…,” he said, urging""
            if (!(t.is(",") || isPhraseWord(t, k) || descriptor)) {
                break;
            }
            k--;
        }
        while (k >= 0 && CLOSING.contains(tokens.get(k).text())) {
            k--;
        }
        return k >= 0 && k < j && tokens.get(k).isQuoteMask() ? layout.quoteAt(tokens.get(k).start()) : null;
    }

    /** Whether a quotation is a whole sentence of its own (it opens the sentence it ends). */
    private boolean opensASentence(Quote q) {
        for (Sentence other : layout.sentences()) {
            if (other.contains(q.open())) {
                return other.start() == q.open();
            }
        }
        return false;
    }

    /** Token index where the content that starts at {@code from} ends: sentence end, a new cue, or a clause break. */
    public int contentEnd(int from) {
        for (int j = from; j < tokens.size(); j++) {
            Token t = tokens.get(j);
            if (CLAUSE_BREAKS.contains(t.text())) {
                return j;
            }
            // "… as “strategic operations,” but …": the comma sits inside the closing quote
            if (CLOSING.contains(t.text()) && j + 1 < tokens.size() && t.start() > 0
                    && layout.body().charAt(t.start() - 1) == ','
                    && CONJUNCTIONS_AFTER_COMMA.contains(tokens.get(j + 1).lower())) {
                return j + 1;
            }
            if (t.is(",") && j + 1 < tokens.size()) {
                Token next = tokens.get(j + 1);
                if (CONJUNCTIONS_AFTER_COMMA.contains(next.lower())) {
                    return j;
                }
                SpeechCues.Cue other = cues.match(tokens, j + 1);
                if (other != null && (other.isParticiple() || other.frame() == SpeechCues.Frame.INTRO)) {
                    return j;
                }
                if (attributionCloses(j + 1)) {
                    return j; // "…, Ana Dolan writes from Sela.": a closing attribution of its own
                }
            }
        }
        int end = tokens.size();
        while (end > from && !tokens.get(end - 1).isWord() && !CLOSING.contains(tokens.get(end - 1).text())) {
            end--;
        }
        return end;
    }

    /** From {@code k}: a source phrase, a cue, then at most a short phrase to the sentence end. */
    private boolean attributionCloses(int k) {
        int j = k;
        while (j < tokens.size() && isPhraseWord(tokens.get(j), j)) {
            j++;
        }
        if (j == k || j >= tokens.size() || cues.match(tokens, j) == null) {
            return false;
        }
        int words = 0;
        for (int r = j + 1; r < tokens.size(); r++) {
            words += tokens.get(r).isWord() ? 1 : 0;
            if (tokens.get(r).isQuoteMask()) {
                return false;
            }
        }
        return words <= 4;
    }

    public int wordCount(int from, int to) {
        int n = 0;
        for (int j = from; j < to; j++) {
            if (tokens.get(j).isWord()) {
                n += tokens.get(j).isQuoteMask() ? 3 : 1;
            }
        }
        return n;
    }

    public boolean hasQuote(int from, int to) {
        for (int j = from; j < to; j++) {
            if (tokens.get(j).isQuoteMask()) {
                return true;
            }
        }
        return false;
    }

    /** Lowercase words inside a name between two capitalised ones: "Staffan de Mistura". */
    private static final Set<String> PARTICLES_INSIDE_NAMES = Set.of("de", "van", "von", "bin", "al", "da", "di", "du", "der",
            "la", "le");

    private boolean isPhraseWord(Token t, int index) {
        if (!t.isWord() || t.isQuoteMask()) {
            return false;
        }
        String lower = t.lower();
        boolean beforeGroupNoun = index + 1 < tokens.size() && words.groupType(tokens.get(index + 1).lower()).isPresent();
        if (!t.isCapitalized() && beforeGroupNoun && !words.isNonName(lower) && !words.isBetween(lower)
                && cues.match(tokens, index) == null) {
            return true; // "port officials", "local authorities"; not "said allies"
        }
        if (!t.isCapitalized() && PARTICLES_INSIDE_NAMES.contains(lower)
                && index > 0 && index + 1 < tokens.size() && tokens.get(index - 1).isCapitalized() && tokens.get(index + 1).isCapitalized()) {
            return true; // "Staffan de Mistura"
        }
        if (!t.isCapitalized() && !words.isNonName(lower) && !words.isBetween(lower) && modifiesTitle(index)) {
            return true; // "regional governor Pavel Dunai", "human rights commissioner Nadia Kres"
        }
        if (t.isNameLike()) {
            return !words.isNonName(t.lower()) || (index > 0 && tokens.get(index - 1).isCapitalized()
                    && !words.isNonName(tokens.get(index - 1).lower()));
        }
        return words.isTitle(lower) || words.groupType(lower).isPresent() || words.isDocument(lower) || lower.equals("the")
                || lower.equals("of") || lower.equals("he") || lower.equals("she") || lower.equals("they")
                || lower.equals("a") || lower.equals("an");
    }

    /**
     * For a comma right before a cue, the comma that opens the appositive it closes ("X, the
     * commander of …, said"), or -1. The appositive is short, holds no quotation, and starts with an
     * article, a possessive or a role word.
     */
    private int appositiveStart(int closing) {
        int found = -1;
        for (int c = closing - 1; c >= Math.max(1, closing - 20); c--) {
            Token t = tokens.get(c);
            if (t.isQuoteMask()) {
                break;
            }
            if (t.is(",") && c + 1 < closing && c != closing) {
                Token first = tokens.get(c + 1);
                String lower = first.lower();
                boolean opensAppositive = APPOSITIVE_OPENERS.contains(lower)
                        || lower.endsWith("'s") || lower.endsWith("’s") || words.isTitle(lower)
                        || !first.isCapitalized() && lower.endsWith("ing");
                if (opensAppositive && tokens.get(c - 1).isNameLike() && isPhraseWord(tokens.get(c - 1), c - 1)) {
                    found = c; // the farthest: "Talal Barazi, the governor of Homs, which includes Palmyra, told"
                }
            }
        }
        return found;
    }

    /** A lowercase word one or two words before a title: a modifier of the role. */
    private boolean modifiesTitle(int index) {
        for (int k = index + 1; k <= index + 2 && k < tokens.size(); k++) {
            Token next = tokens.get(k);
            if (!next.isWord() || next.isQuoteMask()) {
                return false;
            }
            if (words.isTitle(next.lower())) {
                return true;
            }
            if (next.isCapitalized()) {
                return false;
            }
        }
        return false;
    }

    /** Drops leading {@code of} and trailing determiners, which belong to the words around a phrase. */
    private static List<Token> trimPhrase(List<Token> phrase) {
        List<Token> p = new ArrayList<>(phrase);
        while (!p.isEmpty() && p.get(0).is("of")) {
            p.remove(0);
        }
        while (!p.isEmpty() && (p.get(p.size() - 1).is("the") || p.get(p.size() - 1).is("of")
                || p.get(p.size() - 1).is("a") || p.get(p.size() - 1).is("an"))) {
            p.remove(p.size() - 1);
        }
        // "critics said" after "pragmatism ," must not pull in words across a clause; a phrase is at most 8 words
        return p.size() > 8 ? p.subList(p.size() - 8, p.size()) : p;
    }
}
