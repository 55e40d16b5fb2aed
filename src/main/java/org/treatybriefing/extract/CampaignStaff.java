package org.treatybriefing.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A strategist, pollster or adviser who works for a candidate speaks for that candidate, not as an
 * independent expert: once the article's people are read, such a person typed analyst is
 * typed other. Staff is told by the title or affiliation the article gives:
 * <pre>
 * "Tad Lund, Vale's chief strategist, said ..."                  (a person the article names owns the title)
 * "Ann Hale, a top strategist in Vale's campaign, said ..."      (a campaign)
 * "Ann Hale, chief strategist for Vale's campaign four years ago" (no longer: stays an analyst)
 * </pre>
 */
final class CampaignStaff {

    /** Words of a title that place its holder in a campaign. */
    private static final Set<String> CAMPAIGN_WORDS = Set.of("campaign", "campaigns");
    /** Words of a title that say the job is over: a former campaign hand may speak as an expert. */
    private static final Set<String> PAST_WORDS = Set.of("former", "ago", "ex", "once");
    /** "Vale's", "Vale’s": the owner of a title. */
    private static final Pattern OWNER = Pattern.compile("(\\p{Lu}[\\p{L}.-]*)['’]s?\\b");

    private CampaignStaff() {
    }

    /** Retypes the article's analysts who work for a campaign or for a person it names. */
    static void retype(People people) {
        for (Person p : people.all()) {
            if ("analyst".equals(p.type()) && isStaff(p, people)) {
                p.retyped("other");
            }
        }
    }

    static boolean isStaff(Person p, People people) {
        String title = p.title().toLowerCase(Locale.ROOT);
        List<String> words = List.of(title.split("[^\\p{L}]+"));
        if (words.stream().anyMatch(PAST_WORDS::contains)) {
            return false;
        }
        if (words.stream().anyMatch(CAMPAIGN_WORDS::contains)) {
            return true;
        }
        Matcher owner = OWNER.matcher(p.title());
        while (owner.find()) {
            if (people.isSurnameOfSomeoneBut(owner.group(1), p)) {
                return true;
            }
        }
        // "Tad Lund (Vale)": the affiliation is a person's surname
        return !p.organization().contains(" ") && people.isSurnameOfSomeoneBut(p.organization(), p);
    }

}
