package org.treatybriefing.article;

import java.util.regex.Pattern;

/** Strips HTML markup to its text: scripts and styles go, block tags become line breaks. */
final class HtmlText {

    private static final Pattern COMMENT = Pattern.compile("(?s)<!--.*?-->");
    private static final Pattern SCRIPT = Pattern.compile("(?is)<(script|style)\\b[^>]*+>.*?</\\1\\s*>");
    private static final Pattern BLOCK = Pattern.compile("(?i)</?(p|div|br|h[1-6]|li|tr|section|article)\\b[^>]*+>");
    private static final Pattern TAG = Pattern.compile("<[^>]*+>");
    private static final Pattern BLANK_LINES = Pattern.compile("\\n[ \\t]*(\\n[ \\t]*)+");

    private HtmlText() {
    }

    static String strip(String html) {
        String text = COMMENT.matcher(html).replaceAll("");
        text = SCRIPT.matcher(text).replaceAll(" ");
        text = BLOCK.matcher(text).replaceAll("\n");
        text = TAG.matcher(text).replaceAll("");
        text = org.apache.commons.text.StringEscapeUtils.unescapeHtml4(text);
        text = BLANK_LINES.matcher(text).replaceAll("\n\n");
        return text.strip();
    }
}
