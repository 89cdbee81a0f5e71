package org.ariadne.bench;

import java.util.Random;

/** The vocabulary of the generated search catalogue, shared by the data generator and the client. */
final class SearchBenchmarkWords {

    static final String[] WORDS = ("border crossing refugee defector repatriation province camp prison famine market"
            + " trade river winter summer report witness testimony policy treaty embassy journalist village city"
            + " railway harbour customs police army soldier family mother father child school hospital church"
            + " mountain valley forest factory mine harvest rice grain salt coal iron steel cotton silk paper radio"
            + " letter diary archive record census election reform revolution history memory identity migration"
            + " labour contract wage broker smuggler interpreter translation dialect language religion ritual"
            + " festival music theatre film novel poetry painting museum library university student teacher"
            + " doctor nurse lawyer judge court trial verdict sentence appeal petition protest strike union"
            + " network transport shipping aviation weather climate drought flood earthquake disease vaccine").split(" ");
    private static final String[] FAMILIES = {"Kim", "Lee", "Park", "Choi", "Müller", "Schröder", "Ødegård", "García",
            "Núñez", "Haggard", "Noland", "Smith", "Jones", "Wang", "Zhang", "Liu", "Chen", "Dupont", "Lefèvre",
            "Kowalski", "Nowak", "Østergaard", "Yılmaz", "Nakamura", "Sato", "Brown", "Taylor", "Wilson", "Novák",
            "Dvořák"};
    private static final String[] GIVENS = {"Se-won", "Ji-hoon", "Min-jun", "Jörg", "Åse", "José", "Stephan",
            "Marcus", "Anna", "Maria", "John", "Wei", "Li", "Claire", "René", "Piotr", "Zofia", "Ayşe", "Hiro",
            "Emma", "Oliver", "Jana", "Tomáš", "Noor", "Sara"};

    /** Syllables that make the catalogue's rarer family names (two or three of them: 8,000 + 400 combinations). */
    private static final String[] SYLLABLES = {"ba", "ko", "ri", "sen", "ta", "mo", "lin", "dra", "ve", "nu", "hal",
            "gor", "mi", "sto", "ren", "kva", "zel", "pa", "dun", "ø"};

    private SearchBenchmarkWords() {
    }

    /**
     * A person's family and given name, as a real catalogue of a million sources has them: three in ten from the
     * frequent lists above (750 display names shared by many people, the ones the client asks for), the rest with a
     * rarer family name made of syllables, a given name and, for most, a middle initial, so that a third of a
     * million people have a couple of hundred thousand distinct display names.
     */
    static String[] person(Random random) {
        if (random.nextInt(10) < 3) {
            return new String[] {family(random), given(random)};
        }
        StringBuilder family = new StringBuilder();
        int syllables = 2 + random.nextInt(2);
        for (int i = 0; i < syllables; i++) {
            family.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
        }
        family.setCharAt(0, Character.toUpperCase(family.charAt(0)));
        String given = given(random);
        int middle = random.nextInt(30);
        return new String[] {family.toString(), middle < 26 ? given + " " + (char) ('A' + middle) + "." : given};
    }

    static String word(Random random) {
        return WORDS[random.nextInt(WORDS.length)];
    }

    static String family(Random random) {
        return FAMILIES[random.nextInt(FAMILIES.length)];
    }

    static String given(Random random) {
        return GIVENS[random.nextInt(GIVENS.length)];
    }

    static String title(Random random) {
        StringBuilder title = new StringBuilder();
        int words = 3 + random.nextInt(6);
        for (int i = 0; i < words; i++) {
            String w = word(random);
            title.append(i == 0 ? Character.toUpperCase(w.charAt(0)) + w.substring(1) : w).append(' ');
            if (i == 1) {
                title.append(random.nextBoolean() ? "and " : "of the ");
            }
        }
        return title.toString().strip();
    }

    static String sentence(Random random) {
        String s = title(random) + " " + title(random).toLowerCase(java.util.Locale.ROOT);
        return s + ".";
    }

    static String note(Random random) {
        return family(random) + ", " + title(random) + " (" + (1950 + random.nextInt(76)) + "), "
                + (1 + random.nextInt(400)) + ".";
    }

    /** A text of about 1.5 KB: the title, paragraphs of sentences, then two notes. */
    static String text(Random random, String title) {
        StringBuilder text = new StringBuilder(title).append("\n\n");
        while (text.length() < 1400) {
            for (int i = 0; i < 4; i++) {
                text.append(sentence(random)).append(' ');
            }
            text.append("\n\n");
        }
        text.append("Notes\n\n1. ").append(note(random)).append("\n2. ").append(note(random)).append('\n');
        return text.toString();
    }
}
