package com.presstally.corpus;

import com.presstally.domain.Article;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Saved news pages (jsoup): the title and date from the page's metadata ({@code og:}, {@code
 * article:published_time}, {@code <time datetime>}), the body from the {@code <article>} (else
 * {@code <main>}, else the page) as its paragraphs, with scripts, navigation, headers, footers,
 * asides and forms dropped.
 */
public final class HtmlArticleParser {
    private final ZoneId zone;

    public HtmlArticleParser(ZoneId zone) {
        this.zone = zone;
    }

    public Article parse(String id, String html, LocalDate fallbackDate) throws ArticleRejectedException {
        Document doc = Jsoup.parse(html);
        doc.select("script, style, noscript, nav, header, footer, aside, form, iframe, figure figcaption, .share, .related").remove();
        String title = first(meta(doc, "og:title"), text(doc.selectFirst("h1")), doc.title());
        String date = first(meta(doc, "article:published_time"), meta(doc, "og:published_time"), meta(doc, "pubdate"),
                meta(doc, "date"), meta(doc, "dc.date"), attr(doc.selectFirst("time[datetime]"), "datetime"));
        String outlet = first(meta(doc, "og:site_name"), meta(doc, "application-name"));
        String url = first(meta(doc, "og:url"), attr(doc.selectFirst("link[rel=canonical]"), "href"));
        Element root = first(doc.selectFirst("article"), doc.selectFirst("main"), doc.body());
        List<String> paragraphs = new ArrayList<>();
        if (root != null) {
            for (Element p : root.select("p, blockquote")) {
                if (p.parents().stream().anyMatch(parent -> parent.tagName().equals("blockquote")) && p.tagName().equals("p")) {
                    continue; // a paragraph inside a blockquote is read with the blockquote
                }
                String t = p.text().strip();
                if (!t.isEmpty()) {
                    paragraphs.add(t);
                }
            }
            if (paragraphs.isEmpty() && !root.text().isBlank()) {
                paragraphs.add(root.text().strip());
            }
        }
        if (paragraphs.isEmpty()) {
            throw new ArticleRejectedException(id, "HTML page has no article text");
        }
        LocalDate published = DateParser.parse(date, zone).orElse(fallbackDate);
        return new Article(id, title, published, outlet, url, paragraphs);
    }

    private static String meta(Document doc, String name) {
        Element e = doc.selectFirst("meta[property=" + name + "], meta[name=" + name + "], meta[itemprop=" + name + "]");
        return e == null ? "" : e.attr("content").strip();
    }

    private static String text(Element e) {
        return e == null ? "" : e.text().strip();
    }

    private static String attr(Element e, String name) {
        return e == null ? "" : e.attr(name).strip();
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return "";
    }

    @SafeVarargs
    private static <T> T first(T... values) {
        for (T v : values) {
            if (v != null) {
                return v;
            }
        }
        return null;
    }
}
