package org.treatybriefing.extract;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A person an article names, built up as the article introduces them: the fullest name seen,
 * the other forms, the title, the organisation and the state they speak for.
 * Mutable while one article is read; {@link SpeakerFact} is its frozen form.
 */
public final class Person {

    private String name;
    private final Set<String> aliases = new LinkedHashSet<>();
    private String title = "";
    private String organization = "";
    private String state = "";
    private String type = "";
    private char gender;
    private boolean genderFromHonorific;

    Person(String name) {
        this.name = name;
    }

    public String name() {
        return name;
    }

    public String surname() {
        String[] parts = name.split("\\s+");
        return parts[parts.length - 1];
    }

    public String title() {
        return title;
    }

    public String organization() {
        return organization;
    }

    public String state() {
        return state;
    }

    public String type() {
        return type;
    }

    /** 'm', 'f', or 0 when the text gave no cue (Mr, Mrs, Ms...). */
    public char gender() {
        return gender;
    }

    /** The gender an honorific gives (Mr, Mrs): it outranks a guess from the first name. */
    void gendered(char g) {
        if (g != 0 && !genderFromHonorific) {
            gender = g;
            genderFromHonorific = true;
        }
    }

    /** The gender a first name suggests, when nothing surer is known. */
    void genderedByFirstName(char g) {
        if (gender == 0) {
            gender = g;
        }
    }

    /** Whether "he" (m) or "she" (f) can refer to this person. */
    boolean compatible(char pronounGender) {
        return gender == 0 || pronounGender == 0 || gender == pronounGender;
    }

    public Set<String> aliases() {
        return aliases;
    }

    /** A longer form of the name ("Anna Kowalska" after "Kowalska") becomes the name. */
    void seenAs(String form) {
        if (form.equals(name)) {
            return;
        }
        if (form.split("\\s+").length > name.split("\\s+").length) {
            aliases.add(name);
            name = form;
        } else {
            aliases.add(form);
        }
    }

    void titled(String newTitle) {
        if (title.isEmpty() && !newTitle.isBlank()) {
            title = newTitle;
        }
    }

    void workingFor(String org) {
        if (organization.isEmpty() && !org.isBlank()) {
            organization = org;
        }
    }

    void speakingFor(String stateName) {
        if (state.isEmpty() && !stateName.isBlank()) {
            state = stateName;
        }
    }

    /** Analyst outranks official outranks other: an expert's title is the strongest evidence. */
    void typed(String newType) {
        if (rank(newType) > rank(type)) {
            type = newType;
        }
    }

    /** A type found wrong once the whole article is read (see {@link CampaignStaff}). */
    void retyped(String newType) {
        type = newType;
    }

    private static int rank(String t) {
        return switch (t) {
            case "analyst" -> 4;
            case "official" -> 3;
            case "media" -> 2;
            case "other" -> 1;
            default -> 0;
        };
    }

    public SpeakerFact toFact() {
        return new SpeakerFact(name, java.util.List.copyOf(aliases), title, organization, state,
                type.isEmpty() ? "other" : type);
    }

    @Override
    public String toString() {
        return name;
    }
}
