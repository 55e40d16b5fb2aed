package org.treatybriefing.extract;

/**
 * A phrase of a sentence that names someone who can speak: a person (by name, role or pronoun),
 * an organisation, or a state.
 *
 * @param subject true when the phrase stands where a clause's subject stands (not after a
 *                preposition or a verb)
 */
public record Mention(Kind kind, int start, int end, int firstToken, int lastToken, int sentence,
                      String text, Person person, String entity, boolean subject) {

    public enum Kind { PERSON, PRONOUN, ROLE, ORGANIZATION, STATE, TREATY }
}
