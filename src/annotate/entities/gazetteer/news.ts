/**
 * News organisations: the one list of outlets and wire agencies. The entities layer reads it to name and type
 * them (with their short forms), the attributions and quotes layers to tell a cited news organisation from any
 * other source. Format as in rows.ts, plus two markers on variants:
 * - `>Times`: a short form that stands for the organisation only after its full name was used in the same report
 *   ("the Times" is The New York Times only after The New York Times);
 * - `@Express.co.uk`: the outlet's own website, one entity with the paper, but cited under its own name (a report
 *   that "told Express.co.uk" spoke to the site, which is edited apart from the print paper).
 */
import { rows } from './rows.js';

export type NewsOrgKind = 'outlet' | 'agency';

export interface NewsOrgEntry {
  /** The name a reader knows it by, with its article when it has one ("The New York Times"). */
  name: string;
  kind: NewsOrgKind;
  /** Other ways reports write it, the website included (not the short forms). */
  variants: string[];
  /** Short forms that refer to it only when its full name was used earlier in the report. */
  shortForms: string[];
  /** Websites cited under their own name (`@` entries). */
  sites: string[];
}

const AGENCIES = `
Reuters|Thomson Reuters;Associated Press|AP|The Associated Press;Agence France-Presse|AFP|Agence France Presse
Bloomberg|Bloomberg News;Xinhua|Xinhua News Agency;TASS|Tass;RIA Novosti|RIA;Interfax;Ukrinform;Yonhap|Yonhap News Agency
Kyodo|Kyodo News;Jiji Press;dpa|Deutsche Presse-Agentur|DPA;ANSA;EFE;Press Trust of India|PTI;Asian News International|ANI
Anadolu Agency|Anadolu;Polish Press Agency|PAP;PA Media|Press Association;Australian Associated Press|AAP
Canadian Press|The Canadian Press;United Press International|UPI;KCNA|Korean Central News Agency
`;

const OUTLETS = `
The New York Times|New York Times|NYT|the New York Times|>Times
The Washington Post|Washington Post|the Washington Post|>Post
The Wall Street Journal|Wall Street Journal|WSJ|the Wall Street Journal|>Journal
Financial Times|FT|the Financial Times|The Financial Times;Los Angeles Times|LA Times|the Los Angeles Times
The Guardian|Guardian|the Guardian;The Times|The Times of London;The Sunday Times;The Observer
The Telegraph|Telegraph|Daily Telegraph|the Telegraph|The Daily Telegraph;The Independent|the Independent
The Economist|Economist|the Economist;Daily Mail|Mail Online|MailOnline|the Daily Mail
Daily Express|@Express.co.uk|the Express|The Express;The Sun;Daily Mirror
BBC|BBC News|the BBC;Sky News;ITV;Channel 4 News;CNN;Fox News;NBC News|NBC;CBS News|CBS;ABC News|ABC;MSNBC;NPR;PBS;CNBC
Politico|POLITICO;Axios;The Hill;The Atlantic;Newsweek;USA Today;Forbes;Vox
Al Jazeera|Aljazeera;Al Arabiya;Deutsche Welle|DW;Der Spiegel|Spiegel;Die Zeit;Bild;Le Monde;Le Figaro;Libération
El País|El Pais;Corriere della Sera;La Repubblica;France 24;Euronews;RT|Russia Today;Sputnik
Kyiv Independent|The Kyiv Independent;Kyiv Post;Ukrainska Pravda;Meduza;Novaya Gazeta;The Moscow Times|Moscow Times
Kommersant;Izvestia;South China Morning Post|SCMP;Global Times;Times of India|The Times of India;The Hindu;Haaretz
The Jerusalem Post|Jerusalem Post;NHK;Nikkei;ICARO Media Group
Playboy;Vogue;Time magazine;People magazine;Rolling Stone;Vanity Fair;The New Yorker|New Yorker
`;

function parse(block: string, kind: NewsOrgKind): NewsOrgEntry[] {
  return rows(block).map(([name, ...rest]) => ({
    name,
    kind,
    variants: rest.filter((v) => !v.startsWith('>')).map((v) => v.replace(/^@/, '')),
    shortForms: rest.filter((v) => v.startsWith('>')).map((v) => v.slice(1)),
    sites: rest.filter((v) => v.startsWith('@')).map((v) => v.slice(1)),
  }));
}

export const NEWS_ORGANIZATIONS: NewsOrgEntry[] = [...parse(AGENCIES, 'agency'), ...parse(OUTLETS, 'outlet')];
