package org.treatybriefing.article;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The outlet that published a saved web page, as the page itself declares it, first found of: the
 * Open Graph site name, the publisher of the page's JSON-LD, a {@code publisher} (or Dublin Core
 * {@code DC.publisher}) meta tag, the {@code application-name} meta tag. Never guessed from the
 * text or the address: a page that declares none has no outlet.
 * <pre>{@code
 * <meta property="og:site_name" content="Norland Times">                                    // "Norland Times"
 * <script type="application/ld+json">{"@type":"NewsArticle","publisher":{"name":"Harbour Post"}}</script>
 *                                                                                            // "Harbour Post"
 * }</pre>
 * Read before the page's scripts are removed as noise, since JSON-LD is a script.
 */
final class HtmlOutlet {

    /** Longer is no outlet's name but a sentence someone put in the tag. */
    static final int MAX_LENGTH = 120;
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private HtmlOutlet() {
    }

    /** The outlet the page declares, or null. */
    static String of(Document page) {
        return meta(page, "meta[property=og:site_name]")
                .or(() -> jsonLdPublisher(page))
                .or(() -> meta(page, "meta[name=publisher], meta[name=dc.publisher]"))
                .or(() -> meta(page, "meta[name=application-name]"))
                .orElse(null);
    }

    private static Optional<String> meta(Document page, String query) {
        return page.select(query).stream().map(e -> e.attr("content")).map(HtmlOutlet::cleaned)
                .flatMap(Optional::stream).findFirst();
    }

    /** The first publisher named in the page's JSON-LD blocks; a block that is not valid JSON is passed over. */
    private static Optional<String> jsonLdPublisher(Document page) {
        for (Element script : page.select("script[type=application/ld+json]")) {
            try {
                Optional<String> name = publisherIn(JSON.readTree(script.data()));
                if (name.isPresent()) {
                    return name;
                }
            } catch (JacksonException e) {
                // a broken block says nothing about the outlet; the page is still read
            }
        }
        return Optional.empty();
    }

    /**
     * The publisher of the first node that has one, anywhere in the tree (a {@code @graph}, a list
     * of nodes): its name, or the name of the node its {@code @id} refers to, or a plain string.
     */
    static Optional<String> publisherIn(JsonNode root) {
        Map<String, JsonNode> byId = new HashMap<>();
        Deque<JsonNode> todo = new ArrayDeque<>(List.of(root));
        List<JsonNode> publishers = new ArrayList<>();
        while (!todo.isEmpty()) {
            JsonNode node = todo.removeFirst();
            if (node.isObject()) {
                JsonNode id = node.get("@id");
                if (id != null && id.isString()) {
                    byId.putIfAbsent(id.stringValue(), node);
                }
                JsonNode publisher = node.get("publisher");
                if (publisher != null) {
                    publishers.add(publisher);
                }
            }
            if (node.isObject() || node.isArray()) {
                todo.addAll(node.values());
            }
        }
        for (JsonNode publisher : publishers) {
            for (JsonNode p : publisher.isArray() ? publisher.values() : List.of(publisher)) {
                Optional<String> name = nameOf(p, byId);
                if (name.isPresent()) {
                    return name;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> nameOf(JsonNode publisher, Map<String, JsonNode> byId) {
        if (publisher.isString()) {
            return cleaned(publisher.stringValue());
        }
        JsonNode name = publisher.get("name");
        if (name != null && name.isString()) {
            return cleaned(name.stringValue());
        }
        JsonNode id = publisher.get("@id");
        JsonNode referred = id != null && id.isString() ? byId.get(id.stringValue()) : null;
        JsonNode referredName = referred == null ? null : referred.get("name");
        return referredName != null && referredName.isString() ? cleaned(referredName.stringValue()) : Optional.empty();
    }

    private static Optional<String> cleaned(String value) {
        String name = SPACES.matcher(value).replaceAll(" ").strip();
        return name.isEmpty() || name.length() > MAX_LENGTH ? Optional.empty() : Optional.of(name);
    }
}
