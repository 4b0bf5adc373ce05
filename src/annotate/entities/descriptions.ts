/**
 * Descriptions and groups: "the newspaper", "the agency", "the president", "two U.S. officials". They are not
 * names (`generic: true`), but the quote and attribution layers need to know whom they stand for, so a
 * description gets the name of the entity it refers back to (the outlet named last, the person who last held the
 * title) and a group keeps its own words. A description with nothing before it to refer to is left out.
 */
import type { EntityMention } from '../../doc/types.js';

const OUTLET_WORDS = 'newspaper|paper|daily|outlet|publication|broadcaster|network|channel|agency|news agency|wire service|report';
const OUTLET_DESCRIPTION = new RegExp(`\\b[Tt]he (${OUTLET_WORDS})\\b`, 'g');
const TITLE_DESCRIPTION = /\b[Tt]he (president|president-elect|prime minister|mayor|chancellor|governor|senator|spokesman|spokeswoman|spokesperson|minister|secretary|ambassador|general|chief executive)\b/g;
const GROUP =
  /\b(?:(?:[Tt]he|[Tt]wo|[Tt]hree|[Ff]our|[Ss]ome|[Ss]everal|[Mm]any|[Oo]ther|[Uu]nnamed|[Aa]nonymous|[Ss]enior|[Tt]op|\d+)\s+)+(?:(?:U\.S\.|US|UK|EU|NATO|American|British|Ukrainian|Russian|Western|European|Kremlin|[Ss]enior|[Aa]dministration|[Ii]ntelligence|[Mm]ilitary|[Dd]efen[cs]e|[Gg]overnment|[Ss]ecurity|[Cc]ity|[Pp]olice|[Ff]ederal|[Ll]ocal)\s+)*(?:officials|sources|diplomats|analysts|experts|lawmakers|officers|aides|advisers|advisors|critics|supporters|residents|witnesses|engineers|investigators)\b|\b(?:(?:U\.S\.|US|UK|American|British|Ukrainian|Russian|Western|European|Kremlin|[Ss]enior|[Ii]ntelligence|[Mm]ilitary|[Dd]efen[cs]e|[Gg]overnment|[Ss]ecurity|[Cc]ity|[Ff]ederal)\s+)+(?:officials|sources|diplomats|analysts|experts|lawmakers|aides|advisers|advisors)\b/g;

/** Description and group mentions of one report, given its named mentions in text order. */
export function descriptions(text: string, named: EntityMention[]): EntityMention[] {
  const out: EntityMention[] = [];
  const before = (at: number, ok: (m: EntityMention) => boolean): EntityMention | undefined => {
    for (let i = named.length - 1; i >= 0; i--) if (named[i]!.end <= at && ok(named[i]!)) return named[i];
    return undefined;
  };
  for (const m of text.matchAll(OUTLET_DESCRIPTION)) {
    const word = m[1]!.toLowerCase();
    const ok = word === 'agency' || word === 'news agency' || word === 'wire service' ? ['agency'] : word === 'report' ? ['outlet', 'agency'] : ['outlet'];
    const ref = before(m.index!, (n) => n.type === 'organization' && ok.includes(n.orgKind ?? ''));
    if (ref) out.push({ start: m.index!, end: m.index! + m[0].length, text: m[0], type: 'organization', canonical: ref.canonical, generic: true });
  }
  for (const m of text.matchAll(TITLE_DESCRIPTION)) {
    const title = m[1]!.toLowerCase();
    const ref = before(m.index!, (n) => n.type === 'person' && title.split(' ').every((t) => (n.titles ?? []).includes(t)));
    if (ref) out.push({ start: m.index!, end: m.index! + m[0].length, text: m[0], type: 'person', canonical: ref.canonical, generic: true });
  }
  for (const m of text.matchAll(GROUP)) {
    out.push({ start: m.index!, end: m.index! + m[0].length, text: m[0], type: 'person', canonical: m[0].replace(/^The\b/, 'the'), generic: true });
  }
  return out;
}
