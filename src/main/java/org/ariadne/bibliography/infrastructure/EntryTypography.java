package org.ariadne.bibliography.infrastructure;

import java.util.List;
import java.util.Locale;

import de.undercouch.citeproc.csl.internal.RenderContext;
import de.undercouch.citeproc.csl.internal.token.TextToken;
import de.undercouch.citeproc.csl.internal.token.Token;
import de.undercouch.citeproc.helper.StringHelper;

/**
 * citeproc-java's typographic pass over one rendered entry or citation, for the common case where its smart quotes
 * would change nothing: the same result as the engine's own pass ({@code BaseFormat.postProcess} in 3.5.2), without
 * building the engine's set of quotation-mark regular expressions for every entry and running them over every token.
 * <p>
 * The engine's pass does, in this order: straight quotation marks and apostrophes in text, affixes and delimiters
 * made curly (or primes); a full stop or comma after a closing quotation mark moved inside it (where the locale puts
 * punctuation in quotes); an affix or delimiter dropped as far as the text before it already ends with it ("Ibid."
 * then "." gives "Ibid."); two punctuation marks meeting at an affix merged ("?" then "." gives "?"); and then French
 * spacing and DOI links where they apply. Its quotation-mark rules (14 regular expressions) only ever match at a
 * straight {@code '} or {@code "} or at the locale's opening inner quotation mark, and of those an apostrophe between
 * two letters ("O'Brien") only ever becomes a curly one. So for an entry whose text, affix and delimiter tokens hold
 * nothing else of the kind, {@link #apply} makes those apostrophes curly and does the following steps itself.
 * Anything else (a double quotation mark, an opening inner one, an apostrophe elsewhere, a locale without its
 * quotation-mark terms, French, links to be made) is left to the engine: {@link #apply} then answers false and has
 * changed nothing.
 * <p>
 * {@code EntryTypographyTest} renders the CSL test suite and varied entries both ways and compares them.
 */
final class EntryTypography {

    /** What the engine's smart quotes make of an apostrophe inside a word, whatever the locale. */
    private static final char APOSTROPHE = '\u2019';

    private EntryTypography() {
    }

    /**
     * The pass on {@code tokens} (changed in place) when their text needs no smart quotes; false, with the tokens
     * untouched, when the engine's own pass must run instead.
     */
    static boolean apply(List<Token> tokens, RenderContext ctx, boolean convertLinks) {
        if (convertLinks) {
            return false;
        }
        String close = ctx.getTerm("close-quote");
        String closeInner = ctx.getTerm("close-inner-quote");
        String open = ctx.getTerm("open-quote");
        String openInner = ctx.getTerm("open-inner-quote");
        if (isEmpty(close) || isEmpty(closeInner) || isEmpty(open) || isEmpty(openInner)) {
            return false;
        }
        Locale lang = ctx.getLocale().getLang();
        if (lang == null || lang.getLanguage().equals(Locale.FRENCH.getLanguage())) {
            return false;
        }
        if (!apostrophesOnly(tokens, openInner)) {
            return false;
        }
        if (ctx.getLocale().getStyleOptions().isPunctuationInQuote()) {
            movePunctuationIntoQuotes(tokens, close, closeInner);
        }
        dropRepeatedAffixes(tokens);
        mergePunctuation(tokens);
        return true;
    }

    private static boolean isEmpty(String s) {
        return s == null || s.isEmpty();
    }

    /**
     * Whether the smart quotes would do no more to the text, affix and delimiter tokens than make an apostrophe
     * between two letters curly ("O'Brien" becomes "O’Brien"), and if so, that done. False, with nothing changed, for
     * a straight double quotation mark, the locale's opening inner quotation mark, or an apostrophe anywhere else (at
     * the start or end of a word, as in "'90s", or one letter from another apostrophe, as in "rock'n'roll", or before
     * the "'tis" family that English makes curly its own way).
     */
    private static boolean apostrophesOnly(List<Token> tokens, String openInner) {
        boolean apostrophes = false;
        for (Token token : tokens) {
            if (token instanceof TextToken t && smartQuotesApply(t.getType())) {
                String text = t.getText();
                for (int i = 0; i < text.length(); i++) {
                    char c = text.charAt(i);
                    if (c == '"' || openInner.indexOf(c) >= 0) {
                        return false;
                    }
                    if (c == '\'') {
                        if (!betweenLetters(text, i) || openInner.indexOf(APOSTROPHE) >= 0) {
                            return false;
                        }
                        apostrophes = true;
                    }
                }
            }
        }
        if (apostrophes) {
            for (int i = 0; i < tokens.size(); i++) {
                if (tokens.get(i) instanceof TextToken t && smartQuotesApply(t.getType())
                        && t.getText().indexOf('\'') >= 0) {
                    tokens.set(i, t.copyWithText(t.getText().replace('\'', APOSTROPHE)));
                }
            }
        }
        return true;
    }

    /** An apostrophe inside a word: a letter on either side, no apostrophe right after the next letter. */
    private static boolean betweenLetters(String text, int i) {
        if (i == 0 || i + 1 >= text.length() || !Character.isLetter(text.charAt(i - 1))
                || !Character.isLetter(text.charAt(i + 1))) {
            return false;
        }
        if (i + 2 < text.length() && text.charAt(i + 2) == '\'') {
            return false;
        }
        String after = text.substring(i + 1);
        return !(after.startsWith("em") || after.startsWith("cause") || after.startsWith("twas")
                || after.startsWith("tis") || after.startsWith("til"));
    }

    private static boolean smartQuotesApply(TextToken.Type type) {
        return type == TextToken.Type.TEXT || isAffix(type);
    }

    private static boolean isAffix(TextToken.Type type) {
        return type == TextToken.Type.PREFIX || type == TextToken.Type.SUFFIX || type == TextToken.Type.DELIMITER;
    }

    /**
     * "Title”." becomes "Title.”": a full stop or comma at the start of the text after a closing-quote token goes
     * before it, and before any closing quotation marks that end the text token just in front of it.
     */
    private static void movePunctuationIntoQuotes(List<Token> tokens, String close, String closeInner) {
        for (int i = 0; i < tokens.size() - 1; i++) {
            if (!(tokens.get(i) instanceof TextToken quote)) {
                continue;
            }
            int next = nextText(tokens, i);
            if (next < 0) {
                return;
            }
            TextToken after = (TextToken) tokens.get(next);
            String text = after.getText();
            if (quote.getType() != TextToken.Type.CLOSE_QUOTE || text.isEmpty()
                    || (text.charAt(0) != '.' && text.charAt(0) != ',')) {
                continue;
            }
            tokens.set(next, after.copyWithText(text.substring(1)));
            int insertAt = i;
            if (i > 0 && tokens.get(i - 1) instanceof TextToken before && before.getType() == TextToken.Type.TEXT) {
                String b = before.getText();
                int end = b.length();
                while (end > 0) {
                    if (b.startsWith(close, end - close.length())) {
                        end -= close.length();
                    } else if (b.startsWith(closeInner, end - closeInner.length())) {
                        end -= closeInner.length();
                    } else {
                        break;
                    }
                }
                if (end == 0) {
                    insertAt = i - 1;
                } else if (end < b.length()) {
                    tokens.set(i - 1, before.copyWithText(b.substring(0, end)));
                    tokens.add(i, before.copyWithText(b.substring(end)));
                }
            }
            tokens.add(insertAt, after.copyWithText(text.substring(0, 1)));
            i = next;
        }
    }

    /**
     * A prefix, delimiter or suffix (but not a suffix starting with a closing parenthesis) loses what the text before
     * it already ends with: all of it ("Ibid." then ".") or its start (". " after "Ibid." leaves " ").
     */
    private static void dropRepeatedAffixes(List<Token> tokens) {
        for (int i = 1; i < tokens.size(); i++) {
            if (!(tokens.get(i) instanceof TextToken affix)) {
                continue;
            }
            TextToken.Type type = affix.getType();
            String text = affix.getText();
            if (!(type == TextToken.Type.PREFIX || type == TextToken.Type.DELIMITER
                    || (type == TextToken.Type.SUFFIX && !text.startsWith(")")))) {
                continue;
            }
            int j = previousNonQuote(tokens, i);
            if (j < 0) {
                continue;
            }
            String before = ((TextToken) tokens.get(j)).getText();
            if (before.length() < text.length()) {
                // as many tokens before it as it takes to be as long as the affix (closing quotes included)
                StringBuilder preceding = new StringBuilder(before);
                while (preceding.length() < text.length() && j > 0) {
                    j--;
                    if (tokens.get(j) instanceof TextToken t) {
                        preceding.insert(0, t.getText());
                    }
                }
                before = preceding.toString();
            }
            int overlap = StringHelper.overlap(before, text);
            if (overlap == text.length() && overlap > 0) {
                tokens.remove(i);
                i--;
            } else if (overlap > 0) {
                tokens.set(i, affix.copyWithText(text.substring(overlap)));
            }
        }
    }

    /** Where an affix or delimiter meets the text before it, "?." becomes "?", ";:" becomes ";", and so on. */
    private static void mergePunctuation(List<Token> tokens) {
        for (int i = 1; i < tokens.size(); i++) {
            if (!(tokens.get(i) instanceof TextToken second)) {
                continue;
            }
            int j = previousNonQuote(tokens, i);
            if (j < 0) {
                continue;
            }
            TextToken first = (TextToken) tokens.get(j);
            String a = first.getText();
            String b = second.getText();
            if (a.isEmpty() || b.isEmpty() || !isAffix(second.getType())) {
                continue;
            }
            char merged = merged(a.charAt(a.length() - 1), b.charAt(0));
            if (merged == 0) {
                continue;
            }
            tokens.set(j, first.copyWithText(a.substring(0, a.length() - 1) + merged));
            if (b.length() == 1) {
                tokens.remove(i);
                i--;
            } else {
                tokens.set(i, second.copyWithText(b.substring(1)));
            }
        }
    }

    /** The one mark two adjacent punctuation marks become, or 0 when they stay as they are. */
    static char merged(char last, char first) {
        return switch (last) {
            case '!', '?' -> first == '.' || first == ':' ? last : 0;
            case ':' -> switch (first) {
                case '!', '?' -> first;
                case '.' -> ':';
                default -> 0;
            };
            case ';' -> switch (first) {
                case '!', '?' -> first;
                case ':', '.' -> ';';
                default -> 0;
            };
            default -> 0;
        };
    }

    private static int nextText(List<Token> tokens, int i) {
        for (int j = i + 1; j < tokens.size(); j++) {
            if (tokens.get(j) instanceof TextToken) {
                return j;
            }
        }
        return -1;
    }

    private static int previousNonQuote(List<Token> tokens, int i) {
        for (int j = i - 1; j >= 0; j--) {
            if (tokens.get(j) instanceof TextToken t && t.getType() != TextToken.Type.CLOSE_QUOTE) {
                return j;
            }
        }
        return -1;
    }
}
