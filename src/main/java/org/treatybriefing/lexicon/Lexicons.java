package org.treatybriefing.lexicon;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The word lists of {@code config/}, loaded once per run and handed to the extractors.
 * General knowledge only: verbs, titles, states, organisations, the area taxonomy.
 *
 * @param speechVerbs      lemmas of verbs that introduce speech
 * @param reportingVerbs   verbs that report speech without quoting it ("say", "call for") to what
 *                         their words are: "clause", "thing", "naming" or "quoting" (see the file)
 * @param titles           lower-case title to speaker type (official, analyst, media, other, honorific)
 * @param states           states and blocs
 * @param areas            the area taxonomy, in the order of the file
 * @param organizationWords capitalised words that mark an organisation name, to its kind
 * @param organizationNames whole organisation names, to their kind
 * @param treatyTerms      lower-case nouns that name an agreement
 * @param commitmentCues   wording of commitments, longest first
 * @param coverageCues     wording that says a treaty covers an area
 * @param firstNames       common first names to the gender "he" or "she" must agree with ('m', 'f')
 * @param abbreviations    lower-case abbreviations after which a sentence goes on ("sen.", "feb.")
 * @param statementNouns   what someone issues that speaks for them ("statement", "ad", "letter")
 * @param partyLabels      lower-case words of political affiliation that stand before a name ("democrat", "gop")
 * @param seatCities       seats of government, landmark buildings and other spellings of a city,
 *                         to the city they are in ("Kremlin" to "Moscow")
 * @param regions          regions inside states ("New Hampshire", "Ontario"): places, never persons
 */
public record Lexicons(Set<String> speechVerbs, Map<String, String> reportingVerbs, Map<String, String> titles, List<State> states,
                       List<Area> areas, Map<String, String> organizationWords,
                       Map<String, String> organizationNames, Set<String> treatyTerms,
                       List<CommitmentCue> commitmentCues, java.util.regex.Pattern coverageCues,
                       Map<String, Character> firstNames, Set<String> abbreviations, Set<String> statementNouns,
                       Set<String> partyLabels, Map<String, String> seatCities, Set<String> regions) {

    public boolean isSpeechVerb(String lemma) {
        return speechVerbs.contains(lemma.toLowerCase());
    }

    /** What a reporting verb's words are ("clause", "thing", "naming" or "quoting"), if the lemma is one. */
    public Optional<String> reportingVerb(String lemma) {
        return Optional.ofNullable(reportingVerbs.get(lemma.toLowerCase()));
    }

    /** 'm' or 'f' for a common first name, 0 when unknown or used for both. */
    public char genderOfFirstName(String name) {
        return firstNames.getOrDefault(name, (char) 0);
    }

    /** The city a place is in: "Kremlin" gives "Moscow", a city (or an unknown place) itself. */
    public String cityOf(String place) {
        return seatCities.getOrDefault(place, place);
    }

    public boolean isStatementNoun(String word) {
        return statementNouns.contains(word.toLowerCase());
    }

    /** "Democrat", "GOP": a political affiliation that may stand before a person's name. */
    public boolean isPartyLabel(String word) {
        return partyLabels.contains(word.toLowerCase());
    }

    /** "New Hampshire", "Ontario": a region inside a state, named as a place. */
    public boolean isRegion(String name) {
        return regions.contains(name);
    }

    public boolean isTreatyTerm(String word) {
        return treatyTerms.contains(word.toLowerCase());
    }

    public Optional<String> titleType(String title) {
        return Optional.ofNullable(titles.get(title.toLowerCase()));
    }

    /** The kind of an organisation name: a whole-name entry, else its marking word. */
    public Optional<String> organizationKind(String name) {
        String whole = organizationNames.get(name);
        if (whole != null) {
            return Optional.of(whole);
        }
        for (String word : name.split("[\\s-]+")) {
            String kind = organizationWords.get(word);
            if (kind != null) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
