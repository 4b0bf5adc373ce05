/**
 * Organisations we know by name: news outlets and wire agencies (from news.ts, the list the attribution layer
 * shares), film and TV studios, governments' seats used as actors, international bodies, agencies, parties and
 * companies. Format as in rows.ts.
 */
import { NEWS_ORGANIZATIONS } from './news.js';
import { rows } from './rows.js';

export type OrgKind = 'outlet' | 'agency' | 'body';

/** Studios and streamers: media companies, typed as outlets here, but no news sources, so not in news.ts. */
const STUDIOS = `
HBO;Netflix;Disney;Warner Bros|Warner Bros.;Paramount;Universal Pictures;20th Century Fox
`;

const BODIES = `
NATO|North Atlantic Treaty Organization;United Nations|UN|U.N.;UN Security Council|Security Council;European Union|EU|E.U.
European Commission;European Parliament;European Council;Council of Europe;G7|Group of Seven;G20;OSCE;ASEAN;African Union
International Atomic Energy Agency|IAEA;World Health Organization|WHO;International Monetary Fund|IMF;World Bank
International Criminal Court|ICC;Red Cross|International Committee of the Red Cross|ICRC;Amnesty International;Human Rights Watch
White House;Kremlin;Pentagon;State Department|US State Department;Department of Defense|Defense Department|DoD
Congress;Senate;House of Representatives;Supreme Court;CIA;FBI;NSA;Downing Street;Foreign Office;Ministry of Defence|MoD
Bundestag;Élysée|Elysee;Duma|State Duma;FSB;SBU;Wagner Group|Wagner;Hamas;Hezbollah;Houthis;Taliban;Islamic State|ISIS|ISIL
Rand Corporation|RAND;Institute for the Study of War|ISW;Democratic Party|Democrats;Republican Party|Republicans;Labour Party|Labour
Conservative Party|Conservatives|Tories;Gazprom;Rosatom;Lockheed Martin;Raytheon;Boeing;Airbus;SpaceX;Starlink;Google;Apple;Microsoft
Amazon;Meta;Facebook;Tesla;OpenAI;Nvidia;Samsung;Huawei;TikTok;Twitter;General Motors|GM;General Electric|GE;General Dynamics
Vatican|Holy See;World Trade Organization|WTO;Shell;BP;ExxonMobil|Exxon;Toyota;Volkswagen|VW;Siemens;Rheinmetall;BAE Systems
`;

export interface OrgEntry {
  name: string;
  variants: string[];
  /** Short forms that refer to this organisation only when its full name was used earlier in the report. */
  shortForms: string[];
  kind: OrgKind;
}

function parse(block: string, kind: OrgKind): OrgEntry[] {
  return rows(block).map(([name, ...rest]) => ({ name, variants: [name, ...rest], shortForms: [], kind }));
}

/**
 * News organisations as entities. A variant written with its article ("The Associated Press") is left out:
 * whether "the" belongs to a mention is decided from the text (index.ts `withArticle`), by the canonical name.
 */
const NEWS: OrgEntry[] = NEWS_ORGANIZATIONS.map((o) => ({
  name: o.name,
  variants: [o.name, ...o.variants.filter((v) => !/^the\s/i.test(v))],
  shortForms: o.shortForms,
  kind: o.kind,
}));

export const ORGANIZATIONS: OrgEntry[] = [...NEWS, ...parse(STUDIOS, 'outlet'), ...parse(BODIES, 'body')];

/** Last words that make a capitalised run an organisation ("ICARO Media Group", "Harbor Transit Authority"). */
export const ORG_HEADS = new Set([
  'administration', 'agency', 'alliance', 'army', 'assembly', 'association', 'authority', 'bank', 'board', 'brigade',
  'bureau', 'cabinet', 'center', 'centre', 'command', 'commission', 'committee', 'company', 'congress', 'corp',
  'corporation', 'corps', 'council', 'court', 'department', 'directorate', 'division', 'federation', 'force', 'forces',
  'foundation', 'front', 'fund', 'government', 'group', 'guard', 'inc', 'institute', 'institution', 'league', 'ltd',
  'media', 'ministry', 'movement', 'navy', 'network', 'news', 'office', 'organisation', 'organization', 'parliament',
  'party', 'police', 'press', 'regiment', 'school', 'senate', 'service', 'services', 'society', 'tribunal', 'trust',
  'union', 'university', 'college', 'club', 'team', 'times', 'post', 'journal', 'herald', 'tribune', 'gazette',
  'telecom', 'telecoms', 'airlines', 'airways', 'motors', 'networks', 'technologies', 'communications',
  'pharmaceuticals', 'plant', 'factory', 'refinery', 'studios', 'records', 'entertainment', 'bancorp', 'partners',
  'hospital', 'clinic', 'church', 'cathedral', 'museum', 'library', 'ledger', 'courier', 'signal', 'chronicle',
  'daily', 'radio', 'tv', 'television', 'broadcasting', 'holdings', 'industries', 'labs', 'laboratories',
]);

/** Heads that name a kind of outlet; runs ending with them are outlets (they can be "the newspaper"). */
export const OUTLET_HEADS = new Set(['times', 'post', 'journal', 'herald', 'tribune', 'gazette', 'daily', 'news', 'radio', 'tv', 'television', 'broadcasting', 'press', 'media', 'ledger', 'courier', 'chronicle', 'signal']);

/** First words of organisations named "X of Y" ("University of Port Adalyn", "Bank of England"). */
export const ORG_OPENERS = new Set(['university', 'bank', 'ministry', 'department', 'council', 'institute', 'museum', 'court', 'church', 'college', 'school', 'office', 'house', 'secretary', 'board', 'commission', 'academy', 'federation', 'union', 'league', 'kingdom', 'republic', 'state', 'states']);
