/**
 * Page furniture recognised from markup alone: the tag, ARIA role, and the words of class and id names that sites
 * use for navigation, share bars, related lists, comments, ads, cookie banners, captions and credits.
 * These are general conventions of web publishing, not rules for particular sites.
 */
import type { El } from './tree.js';

/** Tags that are furniture wherever they appear (unless they hold most of the page's prose; see body.ts). */
const FURNITURE_TAGS: Record<string, string> = {
  nav: 'navigation',
  aside: 'aside',
  footer: 'footer',
  header: 'header',
  form: 'form',
  button: 'button',
  figcaption: 'caption',
  label: 'form',
  input: 'form',
  dialog: 'popup',
  menu: 'navigation',
  address: 'byline',
  figure: 'caption',
};

const FURNITURE_ROLES: Record<string, string> = {
  navigation: 'navigation',
  banner: 'header',
  contentinfo: 'footer',
  complementary: 'aside',
  dialog: 'popup',
  alertdialog: 'popup',
  menu: 'navigation',
  menubar: 'navigation',
  search: 'form',
  toolbar: 'share bar',
};

/**
 * Words in class/id names and what they mark. Matched against the lower-cased names split at non-letters and at
 * camelCase humps, so "ShareBar" and "share-tools" both give "share".
 */
const NAME_WORDS: [RegExp, string][] = [
  [/^(?:share|sharing|sharebar|social|sociallinks|addthis|sharethis|shares)$/, 'share bar'],
  [/^(?:comment|comments|disqus|discussion|replies|respond|livefyre|coral|talk)$/, 'comments'],
  [/^(?:related|recirc|recirculation|recommended|recommendations|recommendation|outbrain|taboola|trending|popular|mostread|mostpopular|morestories|readmore|readnext|upnext|nextup|moreon|further|seealso|also)$/, 'related links'],
  [/^(?:ad|ads|adv|advert|advertisement|advertising|adslot|adunit|dfp|gpt|sponsor|sponsored|promo|promotion|promoted|partner|commercial|marketing|affiliate|banner|billboard|leaderboard|dianomi)$/, 'advertisement'],
  [/^(?:cookie|cookies|consent|gdpr|ccpa|privacy|onetrust|cmp)$/, 'cookie banner'],
  [/^(?:newsletter|newsletters|subscribe|subscription|signup|optin|registration|donate|membership)$/, 'newsletter'],
  // A "paywall" element is as often the gated text itself as the gate notice: a weak mark.
  [/^(?:paywall|regwall|meter|metered|premium|gated)$/, 'paywall'],
  [/^(?:caption|captions|credit|credits|figcaption|imagecredit|photocredit|copyright|attribution)$/, 'caption'],
  [/^(?:nav|navbar|navigation|menu|breadcrumb|breadcrumbs|masthead|topbar|toolbar|pagination|pager|skip|jump|tabs)$/, 'navigation'],
  [/^(?:sidebar|rail|siderail|aside|widget|widgets|sidebox)$/, 'aside'],
  [/^(?:footer|foot|colophon)$/, 'footer'],
  [/^(?:byline|bylines|author|authors|contributor|contributors|dateline|timestamp|published|pubdate|datetime|date|meta|metadata|info|tags|tag|tagged|topics|keywords|categories|category|kicker|eyebrow|flag|label)$/, 'byline or labels'],
  [/^(?:modal|popup|overlay|lightbox|toast|alert|notification|interstitial|rollover|tooltip|hovercard|dropdown|flyout)$/, 'popup'],
  [/^(?:hidden|hide|invisible|offscreen|sronly|sr|visuallyhidden|screenreader|print|noprint)$/, 'hidden'],
  [/^(?:gallery|slideshow|carousel|slider|video|podcast|audio|embed|instagram|facebook|twitter|whatsapp|pinterest|linkedin|email|mail|print|follow)$/, 'media or social'],
  [/^(?:bio|biography|profile|about)$/, 'author bio'],
  [/^(?:headline|title|header|hed|masthead)$/, 'headline'],
];

const RUN_TOGETHER_REASONS: Record<string, string> = {
  related: 'related links',
  comment: 'comments',
  sharing: 'share bar',
  share: 'share bar',
  social: 'share bar',
  newsletter: 'newsletter',
  advert: 'advertisement',
  sponsor: 'advertisement',
  cookie: 'cookie banner',
  breadcrumb: 'navigation',
  sidebar: 'aside',
  widget: 'aside',
  promo: 'advertisement',
  outbrain: 'related links',
  taboola: 'related links',
  disqus: 'comments',
  caption: 'caption',
  byline: 'byline or labels',
  footer: 'footer',
  navbar: 'navigation',
  recommend: 'related links',
};
const RUN_TOGETHER = new RegExp(`(${Object.keys(RUN_TOGETHER_REASONS).join('|')})(?!ary|ed\\b)`);

/** Words that mark the article itself; an element named with them is never furniture by name. */
const CONTENT_WORDS = /^(?:article|articlebody|body|content|entry|main|post|story|storybody|text|prose|richtext|blog|paragraph|paragraphs|bodytext|copy|detail|page|section|column|col|wrapper|container|inner|outer|layout|grid|row|js|wp|block)$/;

/** Class names that describe what a post is about or has, not what the element is: "tag-ads", "has-comments". */
const TAXONOMY_CLASS = /^(?:tag|tags|category|categories|cat|format|status|type|has|postid|post|author|topic|topics|section|template|single|page|parent|no|with|is|sponsor|channel|term|genre|language|lang|theme|site|vertical|content|story|layout)[-_]/i;

const splitCache = new Map<string, string[]>();

/** The words of a class/id value: split at non-letters and camelCase humps, lower-cased. */
export function nameWords(value: string): string[] {
  let words = splitCache.get(value);
  if (words) return words;
  words = value
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter(Boolean);
  if (splitCache.size < 20_000) splitCache.set(value, words);
  return words;
}

/** Reasons read from names that content containers also carry now and then ("text-with-summary", "has-video"). */
export const WEAK_REASONS = new Set(['byline or labels', 'headline', 'hidden', 'media or social', 'author bio', 'paywall']);

/** Why an element is furniture by its markup, or null. `hard` reasons are never overruled by size. */
export function furnitureReason(el: El): { reason: string; hard: boolean } | null {
  const a = el.attrs;
  if (a.hidden !== undefined || a['aria-hidden'] === 'true') return { reason: 'hidden', hard: true };
  const style = a.style;
  if (style && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style)) return { reason: 'hidden', hard: true };
  const tagReason = FURNITURE_TAGS[el.tag];
  if (tagReason) {
    // A figure or aside around a quoted post or a table holds content; around an image, a caption and a credit.
    if ((el.tag === 'aside' || el.tag === 'figure') && (embedsPost(el, 'media or social') || holds(el, 'table'))) return null;
    return { reason: tagReason, hard: el.tag === 'button' || el.tag === 'figcaption' };
  }
  const role = a.role;
  if (role && FURNITURE_ROLES[role]) return { reason: FURNITURE_ROLES[role]!, hard: false };
  if (a.itemprop === 'articleBody' || a.itemprop === 'articlebody') return null;
  // The semantic article elements are never furniture by their class names ("tag-politics", "has-video").
  // Embedded posts (blockquote.twitter-tweet) are quoted content, not share buttons.
  if (el.tag === 'article' || el.tag === 'main' || el.tag === 'body' || el.tag === 'html' || el.tag === 'blockquote') return null;
  const names = (a.class ?? '') + ' ' + (a.id ?? '') + ' ' + (a['data-component'] ?? '') + ' ' + (a['data-testid'] ?? '') + ' ' + (a['data-module'] ?? '');
  if (names.length < 2) return null;
  for (const cls of names.split(/\s+/)) {
    if (!cls || TAXONOMY_CLASS.test(cls)) continue;
    const words = nameWords(cls);
    for (const w of words) {
      for (const [re, reason] of NAME_WORDS) if (re.test(w)) return embedsPost(el, reason) ? null : { reason, hard: false };
      // Run-together names ("relatedposts", "sharebuttons", "commentlist").
      const inner = RUN_TOGETHER.exec(w);
      if (inner) return { reason: RUN_TOGETHER_REASONS[inner[1]!]!, hard: false };
    }
  }
  return null;
}

/** A "social embed" wrapper around a quoted post (blockquote.twitter-tweet) holds content, not share buttons. */
function embedsPost(el: El, reason: string): boolean {
  if (reason !== 'share bar' && reason !== 'media or social') return false;
  return holds(el, 'blockquote');
}

/** True when an element has a `tag` element within a few levels. */
function holds(el: El, tag: string, depth = 0): boolean {
  return depth < 6 && el.children.some((c) => typeof c !== 'string' && (c.tag === tag || holds(c, tag, depth + 1)));
}

/** True when an element's class/id names mark the article body. */
export function looksLikeContent(el: El): boolean {
  const a = el.attrs;
  if (a.itemprop === 'articleBody' || a.itemprop === 'articlebody') return true;
  const names = (a.class ?? '') + ' ' + (a.id ?? '');
  return nameWords(names).some((w) => w === 'articlebody' || w === 'storybody' || w === 'content' || w === 'article' || w === 'body' || w === 'entry' || w === 'post' || w === 'story');
}

export { CONTENT_WORDS };
