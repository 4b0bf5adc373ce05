/**
 * The words of page furniture, as opposed to its markup (boilerplate.ts): headings that open related-link and comment
 * boxes, button and label lines, notes to readers, author bios and press-release boilerplate. English plus common
 * phrasings in the languages language.ts detects; general publishing conventions, no site's own wording.
 */
import type { Block } from './blocks.js';

/** Headings that open a list of other articles, in the languages the detector knows. */
export const RELATED_HEADING =
  /^(?:related(?: (?:articles?|stories|posts|news|content|coverage|reading|links))?|you (?:may|might) (?:also )?(?:like|enjoy|be interested in)|more (?:stories|news|from|on|like this)\b.*|recommended(?: for you| stories| articles)?|read (?:next|more|also)|see also|also read|most (?:read|popular|viewed)|trending(?: now)?|latest (?:news|stories)|popular (?:posts|stories)|other (?:stories|articles|news)|você (?:pode|também pode) gostar.*|leia (?:também|mais)|veja também|notícias relacionadas|lesen sie (?:auch|mehr)|das könnte sie (?:auch )?interessieren|mehr zum thema|à lire aussi|lire aussi|sur le même sujet|articles? (?:similaires|liés)|te puede interesar|(?:noticias|artículos) relacionad[oa]s|lee también|ti potrebbe interessare|potrebbe interessarti|articoli correlati|leggi anche|читайте также|похожие (?:статьи|новости|записи)|самые популярные.*|популярное|смотрите также|gerelateerde artikelen|lees ook|関連記事)[\s.:…!]*$/i;

/** Headings that open the comment thread. */
export const COMMENTS_HEADING =
  /^(?:\d+\s+)?(?:comments?|responses?|replies|reader comments|join the (?:conversation|discussion)|leave a (?:reply|comment)|discussion|kommentare?|commentaires?|coment[áa]rios?|commenti|reacties|отзывы|комментарии)(?:\s*\(\d+\))?[\s.:…!]*$/i;

/** What box a heading opens, when it is not the article's: related links or comments. */
export function opensBox(b: Block): string | null {
  if (RELATED_HEADING.test(b.text) || b.furniture === 'related links') return 'related links';
  if (COMMENTS_HEADING.test(b.text) || b.furniture === 'comments') return 'comments';
  return null;
}

export const CLUTTER: [RegExp, string][] = [
  [/^(?:advertisement|advertisements|ad|sponsored(?: content)?|story continues below(?: advertisement)?|continue reading(?: below)?|skip (?:to|past) .*|scroll to continue.*)$/i, 'advertisement'],
  [/^(?:credit|photo|image|photograph|illustration|video|source|picture|pictured)\s*(?::|\.\.\.|…|by\b)/i, 'caption'],
  [/^(?:image|photo|picture|media) (?:copyright|caption|source)\b|^(?:image|photo|slide|picture) \d+ (?:of|\/) \d+$/i, 'caption'],
  // "Read more: <headline>", "Related", "More on this story" — but not a sentence that starts with "More than".
  [/^(?:read more|related(?: \w+)?|see also|also read|read also|most read|recommended|trending(?: now)?|more (?:on|from|stories|news|about)\b[^.!?]{0,60})\s*(?:[:»›|–-].{0,120})?$/i, 'related links'],
  // Button labels, not sentences ("Share prices fell 3%." stays).
  [/^(?!.*[.!?]$)(?:share|share this|share on|tweet|email|print|comments?|follow us|subscribe|sign up|log ?in|register)\b.{0,60}$/i, 'share bar'],
];

/** Lines above an article that are labels, not text: bylines, dates and times, kickers of a few words, credits. */
export const LEAD_LABEL = /^(?:by|von|par|por|di|door|av|от)\s|\d{1,2}[:./-]\d{1,2}|\b\d{4}\b|^\S+(?:\s+\S+){0,3}$|\b(?:updated|published|posted|min(?:ute)?s? read|photo|image|credit)\b/i;

/** A closing note to readers rather than article text: contact, follow, subscribe, tips. */
export const READER_NOTE = /\b(?:follow (?:him|her|them|us|me)|reach(?:ed)? (?:him|her|them|us|at)|contact (?:him|her|us)|e-?mail (?:him|her|us)|on twitter|subscribe|sign up|newsletter|have a (?:news )?tip|send (?:us )?(?:a )?tip|copyright|all rights reserved)\b|^follow\b|\(@\w+\)|\S@\S+\.[a-z]{2,}/i;

/** "About <company>", "Über uns", "À propos de ...": the press-release boilerplate that closes a release. */
export const ABOUT_HEADING = /^(?:about (?:the )?[\p{Lu}\d][^.!?]{0,60}|über [\p{Lu}][^.!?]{0,60}|à propos de [^.!?]{0,60}|acerca de [^.!?]{0,60}|sobre (?:a |o )?[\p{Lu}][^.!?]{0,60})[:.]?$/u;

/** "Jane Roe is a senior writer at ...": a short biography of the author under the article. */
export const AUTHOR_BIO =
  /^(?:[\p{Lu}][\p{L}'’.-]+ ){1,3}(?:is|has been|was) (?:an?|the) (?:[\p{L}-]+ ){0,6}(?:writer|editor|reporter|journalist|correspondent|contributor|columnist|author|blogger|producer|analyst|freelancer|native)\b/u;
