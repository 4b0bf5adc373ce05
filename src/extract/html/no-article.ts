/**
 * Pages that have no article to extract say so: a JavaScript-only shell, a paywall teaser or an index page
 * gives a warning naming the likely cause instead of a silently empty or meaningless text.
 */
import type { Block } from './blocks.js';
import type { LdArticle } from './jsonld.js';
import type { PageTree } from './tree.js';

/** Words below which a body is not an article. */
const MIN_WORDS = 60;

/** Words of a text; CJK scripts write no spaces, so there about two characters make a word. */
export function wordCount(text: string): number {
  const spaced = text.split(/\s+/).filter(Boolean).length;
  const cjk = (text.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu) ?? []).length;
  return Math.max(spaced, Math.round(spaced + cjk / 2));
}

export function noArticleWarning(tree: PageTree, text: string, blocks: Block[], ld: LdArticle | null): string | null {
  const words = wordCount(text);
  const pageChars = blocks.reduce((n, b) => n + b.text.length, 0);
  const linkChars = blocks.reduce((n, b) => n + b.linkChars, 0);
  const paywallMarks =
    ld?.paywalled ||
    /\b(?:subscribe (?:now )?to (?:continue|read)|subscribers? only|already a subscriber|to continue reading|this (?:article|content) is (?:only )?(?:available|reserved) (?:to|for) (?:subscribers|members)|sign in to (?:continue|read))\b/i.test(
      blocks.map((b) => b.text).join(' ').slice(0, 200_000),
    );
  if (words >= MIN_WORDS) {
    if (paywallMarks && words < 250) return `paywall teaser: only ${words} words of the article are on the page`;
    return null;
  }
  if (pageChars < 400 && (tree.scripts >= 3 || /enable javascript|javascript (?:is )?(?:required|disabled)/i.test(tree.noscript))) {
    return 'no article: the page is a JavaScript shell with no text of its own (save it from a browser, or give its URL to a tool that renders)';
  }
  if (paywallMarks) return `no article: paywall teaser with only ${words} words of text`;
  if (pageChars > 0 && linkChars / pageChars > 0.5) return 'no article: the page is an index of links (a section front or list), not an article';
  return words === 0 ? 'no article: the page has no body text' : `no article: only ${words} words of body text found`;
}
