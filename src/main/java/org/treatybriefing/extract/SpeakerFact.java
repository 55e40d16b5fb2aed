package org.treatybriefing.extract;

import java.util.List;

/** A speaker as one article presents them. */
public record SpeakerFact(String name, List<String> aliases, String title, String affiliation,
                          String state, String type) {
}
