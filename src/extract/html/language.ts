/**
 * Language of a text from its most frequent function words (and, for Japanese, Korean and Chinese, from the script).
 * Small and offline: news bodies are long enough that the share of a language's commonest short words separates the
 * major European languages reliably.
 */

const STOP_WORDS: Record<string, string> = {
  en: 'the of and to in is that for it was on with as he by at from his are be this have not but had they has were which an said who been their',
  de: 'der die und in den von zu das mit sich des auf für ist im dem nicht ein eine als auch es an werden aus er hat dass sie nach wird bei einer um',
  fr: 'de la le et les des en un du une que est pour qui dans par sur au pas plus ne se ce il sont avec son aux ont été cette',
  es: 'de la que el en y los del las un por con no una su para es al lo como más pero sus le ha me si sin sobre este ya entre cuando',
  it: 'di e il la che in per un del della è con non una le si da dei sono al alla gli anche più nel ha come delle questo ma',
  pt: 'de a o que e do da em um para com não uma os no se na por mais as dos como mas ao ele das foi à seu sua ou ser quando',
  nl: 'de en van het een in is dat op te zijn voor met die niet aan er om ook als bij door maar wordt dan uit nog worden naar',
  sv: 'och i att det som en på är av för med till den har de inte om ett han men var jag sig från vi så kan',
  pl: 'i w na z że się do nie to jest o jak po co ale od za przez dla są czy tak jego może tym',
  ru: 'и в не на что с по как это он а к из то за от его но для же так все было или уже',
  tr: 've bir bu da de için ile olarak daha çok en gibi ama olan var ne kadar sonra',
};

const SETS = Object.entries(STOP_WORDS).map(([lang, words]) => [lang, new Set(words.split(' '))] as const);

/** ISO 639-1 code of the text's language, or null when no language's function words stand out. */
export function detectLanguage(text: string): string | null {
  const script = byScript(text.slice(0, 5000));
  if (script) return script;
  const words = text.slice(0, 20_000).toLowerCase().match(/\p{L}+/gu);
  if (!words || words.length < 8) return null;
  let best: string | null = null;
  let bestHits = 0;
  let second = 0;
  for (const [lang, set] of SETS) {
    let hits = 0;
    for (const w of words) if (set.has(w)) hits++;
    if (hits > bestHits) {
      second = bestHits;
      bestHits = hits;
      best = lang;
    } else if (hits > second) second = hits;
  }
  if (bestHits / words.length < 0.08 || bestHits < 1.3 * second) return null;
  return best;
}

/** Japanese, Korean and Chinese by their scripts: kana mark Japanese, hangul Korean, Han alone Chinese. */
function byScript(text: string): string | null {
  const letters = (text.match(/\p{L}/gu) ?? []).length;
  if (letters < 20) return null;
  const kana = (text.match(/[\p{Script=Hiragana}\p{Script=Katakana}]/gu) ?? []).length;
  const hangul = (text.match(/\p{Script=Hangul}/gu) ?? []).length;
  const han = (text.match(/\p{Script=Han}/gu) ?? []).length;
  if (hangul > 0.3 * letters) return 'ko';
  if (kana > 0.1 * letters && kana + han > 0.3 * letters) return 'ja';
  if (han > 0.3 * letters) return 'zh';
  return null;
}

/** A declared language tag reduced to its primary subtag ("en-GB" → "en"), or null when it is not a language. */
export function normalizeLang(tag: string | null | undefined): string | null {
  if (!tag) return null;
  const m = /^\s*([a-z]{2,3})(?:[-_][a-z0-9]+)*\s*$/i.exec(tag);
  return m ? m[1]!.toLowerCase() : null;
}
