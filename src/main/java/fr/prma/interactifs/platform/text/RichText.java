package fr.prma.interactifs.platform.text;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.owasp.html.ElementPolicy;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * The rich text that people write in the intranet (the discussions of the minutes): what the PrimeFaces text
 * editor (Quill 2) sends, or anything else posted in its place, reduced to a small, safe subset of HTML that
 * can be shown in a page as is, stored, searched and printed.
 * <p>
 * Kept: paragraphs, line breaks, bold, italic, underline, strike-through, bulleted and numbered lists (nested),
 * headings (two levels, {@code h3} and {@code h4}, since the page and the PDF give the section title the levels
 * above), quotations and links to {@code http}, {@code https} and {@code mailto} addresses, which always carry
 * {@code rel="nofollow noopener noreferrer"} (and {@code target="_blank"} when the editor set it). Everything
 * else goes: scripts and styles with their content, event handlers, images, frames, forms, classes, inline
 * styles, comments (Word's conditional comments among them); unknown elements leave their text behind.
 * Synonyms are unified ({@code b} to {@code strong}, {@code i} to {@code em}, {@code strike}/{@code del} to
 * {@code s}, {@code h1}-{@code h2} to {@code h3}, {@code h5}-{@code h6} to {@code h4}) and Quill 2's flat lists
 * ({@code <ol><li data-list="bullet" class="ql-indent-1">}) become real nested {@code ul}/{@code ol}, which Quill
 * reads back as the same lists.
 * <p>
 * {@link #sanitize} is idempotent, so that the result can be stored and sanitised again (an autosave, a later
 * stricter policy). The other methods sanitise their input too: they are safe on anything.
 */
public final class RichText {

    /** Level of a Quill 2 list item: {@code ql-indent-N}. */
    private static final Pattern QUILL_INDENT = Pattern.compile("(?:^|\\s)ql-indent-(\\d{1,2})(?:\\s|$)");
    /** Not characters in XML 1.0 (controls, lone surrogates, U+FFFE/U+FFFF). */
    private static final Pattern NOT_XML = Pattern.compile(
            "[^\\x09\\x0A\\x0D\\x20-\\x{D7FF}\\x{E000}-\\x{FFFD}\\x{10000}-\\x{10FFFF}]");
    /** Nothing a reader sees: white space of any kind, zero-width characters. */
    private static final Pattern INVISIBLE = Pattern.compile("[\\s\\p{Z}\\u200B-\\u200D\\u2060\\uFEFF]*");
    private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}&&[^\\n]]+");
    /** Links lead out of the intranet only: no relative nor protocol-relative addresses. */
    private static final Pattern ABSOLUTE_LINK = Pattern.compile("(?i)(?:https?://|mailto:)\\S");

    private static final ElementPolicy LINK_WITH_ADDRESS = (name, attributes) -> {
        for (int i = 0; i < attributes.size(); i += 2) {
            if ("href".equals(attributes.get(i))) {
                return name;
            }
        }
        return null;
    };

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "strong", "em", "u", "s", "ul", "ol", "li", "h3", "h4", "blockquote")
            .allowElements((name, attributes) -> "strong", "b")
            .allowElements((name, attributes) -> "em", "i")
            .allowElements((name, attributes) -> "s", "strike", "del")
            .allowElements((name, attributes) -> "h3", "h1", "h2")
            .allowElements((name, attributes) -> "h4", "h5", "h6")
            .allowElements(LINK_WITH_ADDRESS, "a")
            .allowUrlProtocols("http", "https", "mailto")
            .allowAttributes("href").matching(href -> ABSOLUTE_LINK.matcher(href.strip()).lookingAt()).onElements("a")
            .allowAttributes("target").matching(false, "_blank").onElements("a")
            .requireRelsOnLinks("nofollow", "noopener", "noreferrer")
            .toFactory();

    private RichText() {
    }

    /**
     * The safe form of an HTML fragment (see the class comment); {@code ""} for {@code null}.
     */
    public static String sanitize(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        Document fragment = Jsoup.parseBodyFragment(html);
        semanticLists(fragment.body());
        fragment.outputSettings().prettyPrint(false).escapeMode(Entities.EscapeMode.xhtml);
        // U+FEFF is Quill's cursor placeholder, never text
        return POLICY.sanitize(fragment.body().html().replace("\uFEFF", "")).strip();
    }

    /**
     * The text of an HTML fragment, sanitised first: one line per paragraph, list item, heading or line break,
     * spaces collapsed, no empty lines; {@code ""} for {@code null}. For searching and for e-mails in plain text.
     */
    public static String toPlainText(String html) {
        String safe = sanitize(html);
        if (safe.isEmpty()) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode textNode) {
                    text.append(textNode.getWholeText());
                } else if (node instanceof Element element && (element.nameIs("br") || isBlock(element))) {
                    text.append('\n');
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element element && isBlock(element)) {
                    text.append('\n');
                }
            }
        }, Jsoup.parseBodyFragment(safe).body());
        List<String> lines = new ArrayList<>();
        for (String line : text.toString().replaceAll("[\\u200B-\\u200D\\u2060\\uFEFF]", "").split("\n")) {
            String collapsed = SPACES.matcher(line).replaceAll(" ").strip();
            if (!collapsed.isEmpty()) {
                lines.add(collapsed);
            }
        }
        return String.join("\n", lines);
    }

    /** Whether an HTML fragment, once sanitised, shows no text at all (Quill's empty {@code <p><br></p>}). */
    public static boolean isBlank(String html) {
        return INVISIBLE.matcher(toPlainText(html)).matches();
    }

    /**
     * An HTML fragment, sanitised, as well-formed XHTML (for XML tools: the PDF renderer): void elements
     * closed, attributes quoted, no named entities but the XML ones, no characters XML forbids.
     */
    public static String toXhtml(String html) {
        String safe = sanitize(html);
        if (safe.isEmpty()) {
            return "";
        }
        Document fragment = Jsoup.parseBodyFragment(NOT_XML.matcher(safe).replaceAll(""));
        fragment.outputSettings()
                .syntax(Document.OutputSettings.Syntax.xml)
                .escapeMode(Entities.EscapeMode.xhtml)
                .charset(StandardCharsets.UTF_8)
                .prettyPrint(false);
        return fragment.body().html();
    }

    private static boolean isBlock(Element element) {
        return switch (element.normalName()) {
            case "p", "li", "ul", "ol", "h3", "h4", "blockquote" -> true;
            default -> false;
        };
    }

    /**
     * Quill 2 keeps every list as one flat {@code ol} whose items say their kind ({@code data-list}) and depth
     * ({@code ql-indent-N}); this rebuilds the nested {@code ul}/{@code ol} they mean.
     */
    private static void semanticLists(Element root) {
        for (Element list : root.select("ol, ul")) {
            List<Element> items = list.children();
            if (list.parent() == null || items.isEmpty()
                    || !items.stream().allMatch(item -> item.nameIs("li") && item.hasAttr("data-list"))) {
                continue;
            }
            record Open(Element list, int level) {
            }
            Deque<Open> open = new ArrayDeque<>();
            List<Element> outermost = new ArrayList<>();
            for (Element item : items) {
                int level = indent(item);
                String kind = "ordered".equals(item.attr("data-list")) ? "ol" : "ul";
                while (!open.isEmpty() && open.peek().level() > level) {
                    open.pop();
                }
                if (!open.isEmpty() && open.peek().level() == level && !open.peek().list().nameIs(kind)) {
                    open.pop();
                }
                if (open.isEmpty() || open.peek().level() < level) {
                    Element nested = new Element(kind);
                    if (open.isEmpty()) {
                        outermost.add(nested);
                    } else {
                        open.peek().list().children().last().appendChild(nested);
                    }
                    open.push(new Open(nested, level));
                }
                Element semantic = new Element("li");
                semantic.appendChildren(new ArrayList<>(item.childNodes()));
                open.peek().list().appendChild(semantic);
            }
            for (Element replacement : outermost) {
                list.before(replacement);
            }
            list.remove();
        }
    }

    private static int indent(Element item) {
        Matcher indent = QUILL_INDENT.matcher(item.className());
        return indent.find() ? Integer.parseInt(indent.group(1)) : 0;
    }
}
