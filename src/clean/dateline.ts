/**
 * Datelines: the "PLACE, AGENCY -" opener of a news body, in every outlet style of the
 * development corpus:
 *   "JAKARTA, KOMPAS.com -"   "TEMPO.CO, Jakarta -"   "Liputan6.com, Jakarta -"
 *   "Liputan6.com, JakartaUpaya…" (no separator left by the scraper)
 *   "Jakarta, CNN Indonesia --"   "JAKARTA -"   "JAKARTA- "   "Jakarta\n-\n" (detik)
 *   "Jakarta (ANTARA) -"
 * Strategies are tried in order; the first that matches wins.
 */
import type { Dateline } from '../types.js';

const AGENCY = String.raw`(?:[A-Za-z][A-Za-z0-9]*\.(?:com|COM|co\.id|CO\.ID|co|CO|id|ID|net|tv|TV)|CNN Indonesia|ANTARA(?: News)?|Antara|detikcom|Republika|VIVA|iNews)`;
const PLACE_CAPS = String.raw`[A-Z][A-Z'.]+(?:[ -][A-Z][A-Z'.]+){0,3}`;
const PLACE_TITLE = String.raw`[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}`;
const DASH = String.raw`[ \t]*[-–—]{1,2}[ \t]*`;
/** After the dateline: a dash, or (scraper glue) straight into the capitalised first word. */
const END = String.raw`(?:${DASH}|[ \t]*(?=[A-Z“"‘'(]))`;

interface Strategy {
  name: string;
  re: RegExp;
  place: number;
  agency: number | null;
}

const STRATEGIES: readonly Strategy[] = [
  { name: 'place-agency', re: new RegExp(String.raw`^\s*(${PLACE_CAPS}|${PLACE_TITLE}),[ \t]*(${AGENCY})${END}`), place: 1, agency: 2 },
  { name: 'agency-place', re: new RegExp(String.raw`^\s*(${AGENCY}),[ \t]*(${PLACE_TITLE}|${PLACE_CAPS})${END}`), place: 2, agency: 1 },
  { name: 'place-paren-agency', re: new RegExp(String.raw`^\s*(${PLACE_CAPS}|${PLACE_TITLE})[ \t]*\((${AGENCY})\)${DASH}`), place: 1, agency: 2 },
  { name: 'caps-dash', re: new RegExp(String.raw`^\s*(${PLACE_CAPS})${DASH}(?=\S)`), place: 1, agency: null },
  { name: 'title-broken-dash', re: new RegExp(String.raw`^\s*(${PLACE_TITLE})[ \t]*\n[ \t]*[-–—]{1,2}[ \t]*\n\s*`), place: 1, agency: null },
  { name: 'title-dash', re: new RegExp(String.raw`^\s*(${PLACE_TITLE})[ \t]+[-–—]{1,2}[ \t]+(?=\S)`), place: 1, agency: null },
];

export interface DatelineMatch {
  dateline: Dateline;
  /** Length of the matched prefix, to be cut from the body. */
  length: number;
  /** The prefix exactly as it stood. */
  raw: string;
  strategy: string;
}

export function findDateline(body: string): DatelineMatch | null {
  const head = body.slice(0, 120);
  for (const s of STRATEGIES) {
    const m = s.re.exec(head);
    if (!m) continue;
    const place = m[s.place]!.trim();
    // A one-letter or very long "place" is a sentence, not a dateline.
    if (place.length < 3 || place.length > 40) continue;
    // Sentence openers in capitals ("PRESIDEN Prabowo") are not places: require the caps
    // strategy's place to stand alone before the dash.
    return {
      dateline: { place, agency: s.agency === null ? null : m[s.agency]!.trim() },
      length: m[0].length,
      raw: m[0],
      strategy: s.name,
    };
  }
  return null;
}
