/**
 * Page furniture that scrapers leave in the text: link lists, share and subscribe prompts, comment prompts,
 * advertising slugs, cookie banners, image credits, audio players, navigation, credits lines.
 * Each pattern names the reason that goes into `removed`. Patterns are anchored to the whole line and bounded in
 * length: a long line that merely mentions "newsletter" or "cookies" is prose, not furniture.
 */

/** Headers that open a list of links to other stories ("You may also like" + headlines). */
const LINK_LIST_HEADERS: RegExp[] = [
  /^you (?:may|might) (?:also )?(?:like|enjoy|be interested(?: in)?|have missed)\b/i,
  /^(?:read|see|watch) (?:also|more|next)\b/i,
  /^(?:also read|also see|also on|don'?t miss|must read|further reading|more reading|keep reading)\b/i,
  /^related(?: (?:articles?|stories|news|content|coverage|posts|reading|links|topics|videos?))?\b/i,
  /^more (?:from|on|stories|news|in|like this|to explore|top stories)\b/i,
  /^(?:recommended(?: for you)?|trending(?: now)?|most (?:read|popular|viewed|shared)|popular(?: now| stories)?|top stories|latest(?: news| stories)?|editor'?s? picks?|in other news|elsewhere on\b.*|what to read next|up next|next (?:article|story)|previous (?:article|story))\b/i,
];

const SHARE_WORDS = '(?:share|tweet|email|e-mail|print|copy link|facebook|twitter|x|whatsapp|linkedin|reddit|telegram|pinterest|flipboard|messenger)';

const JUNK_LINES: [RegExp, string][] = [
  [/^share (?:this|on|article|the (?:story|article)|via|now)\b.{0,60}$/i, 'share prompt'],
  // One separator form per gap (spaces, or a mark with optional spaces), so a failing match cannot backtrack wildly.
  [new RegExp(`^${SHARE_WORDS}(?:(?:\\s*[|·•,/]\\s*|\\s+)${SHARE_WORDS})*$`, 'i'), 'share bar'],
  [/^(?:subscribe|sign up|register|get (?:our|the)|join (?:our|the) (?:\S+ )?(?:newsletter|mailing list))\b.{0,140}$/i, 'subscribe prompt'],
  // "Want the morning briefing in your inbox? Sign up here": a newsletter word, a prompt verb and a "your"/"our".
  [/^(?=.*\b(?:newsletters?|briefing|inbox)\b)(?=.*\b(?:subscribe|sign up|inbox|get|receive)\b)(?=.*\b(?:our|your)\b).{0,160}$/i, 'subscribe prompt'],
  [/^(?:advertisement|advertising|advert|ads?|sponsored(?: content| post)?|promoted(?: content)?|paid (?:content|post)|partner content|\[ad\])$/i, 'advertisement'],
  [/^(?:(?:the )?(?:story|article|text) continues (?:below|after)|continue reading(?: below| the main story)?|scroll (?:down )?to continue|skip (?:ad|advert(?:isement)?))\b.{0,40}$/i, 'advertisement'],
  [/^(?:\d+\s+)?comments?(?:\s*\(\d+\))?:?$/i, 'comment prompt'],
  [/^(?:leave a (?:comment|reply)|add (?:a |your )?comments?|post a comment|join the (?:conversation|discussion|debate)|(?:show|view|read|hide) (?:all )?comments?|have your say|comment on this (?:story|article)|be the first to comment|what do you think\?)\b.{0,40}$/i, 'comment prompt'],
  [/^(?:follow us\b|follow (?:\S+ ){0,3}on (?:twitter|x|facebook|instagram|telegram|google news|linkedin|tiktok|youtube|whatsapp|threads|bluesky)\b|join (?:us|our \S+ (?:channel|group|community)) on\b|click here\b|tap here\b|download (?:our|the) (?:\S+ )?app\b|get the app\b|open in app\b|sign in\b|log in\b|support (?:our|independent|quality) journalism\b|donate\b|become a (?:member|subscriber|supporter)\b|already (?:a subscriber|have an account)\b)/i, 'call to action'],
  [/^(?:listen to (?:this|the) (?:article|story)|listen(?: now)?|play audio|audio(?: version)?|\d+\s*-?\s*min(?:ute)?s?\.? (?:read|listen)|reading time\b.{0,20}|estimated reading time\b.{0,20})\b.{0,40}$/i, 'audio or reading-time widget'],
  [/^(?:photo|photograph|image|picture|pic|illustration|video|graphic|credit|file photo|main image|top image|cover image)s?(?:\s+(?:by|credit|courtesy(?: of)?))?\s*[:|/]/i, 'image credit'],
  [/^\((?:photo|image|picture|credit|file)\b[^)]{0,120}\)$/i, 'image credit'],
  [/^(?:image|media|video) (?:source|caption|credit)\s*[,:]/i, 'image credit'],
  [/^(?:watch|listen|gallery|in pictures|live updates|live blog|podcast)\s*:\s*.{0,120}$/i, 'media link'],
  [/^(?:(?:ap|afp|epa|reuters|getty|xinhua|anadolu)(?: images?| photos?)?\s*\/|getty images\b|shutterstock\b|alamy\b).{0,100}$/i, 'image credit'],
  [/^\(?(?:additional |with additional )?(?:reporting|writing|editing|compiled|produced|edited|research|fact-checking) by\b.{0,200}$/i, 'credits'],
  [/^[—–-]+\s*(?:with )?(?:additional )?reporting (?:by|from)\b.{0,160}$/i, 'credits'],
  [/^.{0,100}\bcontributed (?:to )?(?:this )?report(?:ing)?\.?\)?$/i, 'credits'],
  [/^(?:©|\(c\)\s|copyright\b)|\ball rights reserved\.?$/i, 'copyright line'],
  [/^(?:skip to (?:main )?content|skip navigation|back to top|menu|home|search|close|loading\.*|next|previous|sections?|navigation|main menu)$/i, 'navigation'],
  [/^(?:tags?|topics?|filed under|categories|keywords|more about)\s*:.{0,200}$/i, 'tags'],
  [/^(?:https?:\/\/|www\.)\S+$/i, 'bare URL'],
  [/^(?:-+\s*)?(?:ends?|end of (?:story|article))(?:\s*-+)?$|^#{3}$/i, 'end mark'],
  [/^(?:please )?enable javascript\b|^your browser does not support\b|^this (?:content|video|embed) (?:is not available|cannot be displayed)\b/i, 'embed placeholder'],
  [/^\(?this (?:article|story|report) (?:was (?:originally |first )?(?:published|updated|corrected)|has been (?:updated|corrected|amended))\b.{0,200}$/i, 'publisher note'],
];

/** "Home > World > Europe": three or more short crumbs joined by arrows. Split, not one regex (no backtracking). */
function isBreadcrumb(line: string): boolean {
  if (line.length > 200 || !/[>›»]/.test(line)) return false;
  const crumbs = line.split(/\s*[>›»]\s*/);
  return crumbs.length >= 3 && crumbs.every((c) => c.length >= 1 && c.length <= 40 && /^[\p{L}\d&'’ -]+$/u.test(c));
}

/** Cookie banners are long but unmistakable: cookies plus a consent word. */
function isCookieNotice(line: string): boolean {
  return line.length <= 500 && /\bcookies?\b/i.test(line) && /\b(?:accept|consent|we use|(?:site|website) uses|privacy|cookie (?:settings|policy|preferences)|browsing experience|manage (?:options|preferences))\b/i.test(line);
}

/** A header that opens a list of links to other stories, bare ("Read also:") or with one link ("Read also: X"). */
export function linkListHeader(line: string): { bare: boolean } | null {
  if (line.length > 160 || !LINK_LIST_HEADERS.some((re) => re.test(line))) return null;
  const bare = line.length <= 60 && !/:\s*\S/.test(line) && !/[.!?]$/.test(line);
  // "Related coverage shows that …" is prose: a header with text after it needs a colon before the link.
  if (!bare && !/^[^:]{1,40}:\s*\S/.test(line)) return null;
  return { bare };
}

/** A headline as it stands in a link list: short, no final full stop, not a sentence with a verb chain. */
export function looksLikeLinkedHeadline(line: string): boolean {
  return line.length >= 8 && line.length < 200 && !/[.;,]$/.test(line) && line.split(/\s+/).length <= 30;
}

/** Reason why this line alone is furniture, or null. */
export function classifyJunk(line: string): string | null {
  if (isCookieNotice(line)) return 'cookie notice';
  if (isBreadcrumb(line)) return 'navigation';
  if (line.length > 280) return null;
  // Reported speech is report text, whatever words it contains ("Residents can sign up, officials said.").
  if (/\b(?:said|says|told|according to)\b/i.test(line) && !/^\(?(?:additional )?(?:reporting|writing|editing) by\b/i.test(line)) return null;
  for (const [re, reason] of JUNK_LINES) if (re.test(line)) return reason;
  return null;
}

/** A short line saying who wrote the piece, at the end of the body ("Jane Doe is a reporter at …"). */
export function isAuthorBio(line: string): boolean {
  if (line.length > 300) return false;
  if (/^about the authors?:?$/i.test(line)) return true;
  return /^(?:\p{Lu}[\p{L}'’.-]+\s+){1,3}(?:is|was|has been)\s+(?:a|an|the|our)\s+(?:[\p{L}-]+\s+){0,5}(?:reporter|correspondent|journalist|writer|editor|columnist|contributor|producer|freelancer)\b/u.test(line);
}
