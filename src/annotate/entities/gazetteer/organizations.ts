/**
 * Organisations we know by name: news outlets and wire agencies (their short forms resolve to them only when the
 * full name came first in the same report), governments' seats used as actors, international bodies, agencies.
 * Line format: `Canonical|variant|...`, and `>short` marks a short form that needs the full name named before
 * ("the Times" is The New York Times only after The New York Times).
 */
export type OrgKind = 'outlet' | 'agency' | 'body';

const OUTLETS = `
The New York Times|New York Times|NYT|>Times;The Washington Post|Washington Post|>Post;The Wall Street Journal|Wall Street Journal|WSJ|>Journal
Financial Times|FT;The Times;The Sunday Times;The Guardian|Guardian;The Observer;The Telegraph|Telegraph|Daily Telegraph
The Independent;Daily Express|Express.co.uk;Daily Mail|Mail Online;The Sun;Daily Mirror
The Economist|Economist;BBC|BBC News;Sky News;ITV;Channel 4 News;CNN;Fox News;NBC|NBC News;CBS|CBS News;ABC News
MSNBC;NPR;PBS;Politico;Axios;The Hill;The Atlantic;Newsweek;Bloomberg|Bloomberg News;Forbes;Vox
Al Jazeera;Al Arabiya;Deutsche Welle|DW;Der Spiegel|Spiegel;Die Zeit;Bild;Le Monde;Le Figaro;Libération;El País|El Pais
Corriere della Sera;La Repubblica;Kyiv Independent;Kyiv Post;Ukrainska Pravda;Meduza;Novaya Gazeta;The Moscow Times|Moscow Times
RT|Russia Today;Sputnik;Euronews;South China Morning Post|SCMP;Global Times;Times of India;Haaretz;The Jerusalem Post|Jerusalem Post
Yonhap|Yonhap News Agency;NHK;Kyodo|Kyodo News;Nikkei;ICARO Media Group
Playboy;Vogue;Time magazine;People magazine;Rolling Stone;Vanity Fair;The New Yorker|New Yorker
HBO;Netflix;Disney;Warner Bros|Warner Bros.;Paramount;Universal Pictures;20th Century Fox;Los Angeles Times|LA Times
`;

const AGENCIES = `
Reuters;Associated Press|AP;Agence France-Presse|AFP;dpa|Deutsche Presse-Agentur;ANSA;EFE;TASS;RIA Novosti|RIA;Interfax
Ukrinform;Xinhua;KCNA|Korean Central News Agency;Anadolu|Anadolu Agency;PA Media|Press Association;UPI
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
  return block
    .split(/[\n;]/)
    .map((l) => l.trim())
    .filter(Boolean)
    .map((l) => {
      const parts = l.split('|').map((v) => v.trim());
      const name = parts[0]!;
      return {
        name,
        variants: [name, ...parts.slice(1).filter((p) => !p.startsWith('>'))],
        shortForms: parts.filter((p) => p.startsWith('>')).map((p) => p.slice(1)),
        kind,
      };
    });
}

export const ORGANIZATIONS: OrgEntry[] = [...parse(OUTLETS, 'outlet'), ...parse(AGENCIES, 'agency'), ...parse(BODIES, 'body')];

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
