/**
 * Where does a related headline glued into running text end?
 *
 *   "… bahan pokok. Baca juga:Memo Wakil Ketua DPRD Banten Tak Sakti, Siswa Titipannya Tak
 *    Lolos di SPMB 2025 Paket dikirim menggunakan kapal …"
 *
 * A headline is Title Case: its words are capitalised (or digits, or a few lowercase
 * function words). Body text resumes at the first lowercase content word ("dikirim"),
 * whose sentence began at one of the capitalised words just before it ("Paket"). Which
 * one? A known sentence opener ("Ia", "Namun") if there is one; otherwise the longest
 * run of those words that the article uses elsewhere (a subject such as "Sekolah Rakyat"
 * recurs in the body); otherwise only the last word.
 */
import { CLEAN } from './settings.js';
import { HEADLINE_FUNCTION_WORDS, SENTENCE_OPENERS } from '../lang/id/noise.js';

interface Word {
  start: number;
  end: number;
  text: string;
}

const WORD = /\S+/g;
const PRONOUNS: ReadonlySet<string> = new Set(['Ia', 'Dia', 'Mereka', 'Beliau', 'Kami', 'Saya']);
const UPPER_START = /^[\p{Lu}\p{N}(“"'‘[#@$]/u;
const LOWER_START = /^\p{Ll}/u;
const ENDS_SENTENCE = /[.!?]["”’']?$/;
/** "RusiaKemudian": a headline's last word glued to the body's first. */
const GLUED_PAIR = /^(\p{Lu}\p{Ll}+)(\p{Lu}\p{Ll}+)$/u;
/** Closing punctuation stuck to the next sentence: "SUGBK!Seperti". */
const GLUED_END = /^(.*?[\p{L}\p{N}][!?.]["”’']?)(\p{Lu}\p{Ll}.*)$/u;

function wordsFrom(text: string, from: number, to: number): Word[] {
  WORD.lastIndex = from;
  const out: Word[] = [];
  let m: RegExpExecArray | null;
  while ((m = WORD.exec(text)) && m.index < to) {
    const end = Math.min(m.index + m[0].length, to);
    out.push({ start: m.index, end, text: text.slice(m.index, end) });
  }
  return out;
}

function bare(word: string): string {
  return word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
}

/**
 * The end offset of a headline that starts at `from` (just after "Baca juga:"), looking no
 * further than `to` (the end of the line). `elsewhere(phrase)` tells whether the article
 * uses a phrase outside the headline.
 */
export function headlineEnd(text: string, from: number, to: number, elsewhere: (phrase: string) => boolean): number {
  const words = wordsFrom(text, from, to);
  if (words.length === 0) return from;
  const limit = Math.min(words.length, CLEAN.headlineMaxWords + 6);
  for (let k = 0; k < limit; k++) {
    const w = words[k]!;
    const core = bare(w.text);
    if (k >= CLEAN.headlineMinWords - 1) {
      const gluedEnd = GLUED_END.exec(w.text);
      if (gluedEnd) return w.start + gluedEnd[1]!.length;
    }
    // A connective with its comma, or a pronoun, opens the body ("… Indonesia Kemudian, Menteri").
    if (k >= CLEAN.headlineMinWords && (PRONOUNS.has(core) || (SENTENCE_OPENERS.has(core) && w.text.endsWith(',')))) {
      return words[k - 1]!.end;
    }
    // A quotation opening after a few headline words starts the body ("… Garuda “Insya Allah").
    if (k >= CLEAN.headlineMinWords && /^[“"]/.test(w.text)) return words[k - 1]!.end;
    if (LOWER_START.test(core) && !HEADLINE_FUNCTION_WORDS.has(core.toLowerCase())) {
      // The body resumed; its sentence began at one of the capitalised words before k, and
      // may have run through a few function words first ("Sementara dari kemarin").
      let k0 = k;
      while (k0 > 0 && /^[\p{Ll}\p{N}]/u.test(bare(words[k0 - 1]!.text))) k0--;
      if (k0 === 0) return from; // not a headline at all
      const prev = words[k0 - 1]!;
      const pair = GLUED_PAIR.exec(prev.text);
      if (pair && k0 - 1 >= CLEAN.headlineMinWords - 1) return prev.start + pair[1]!.length;
      return sentenceStart(words, k0, elsewhere);
    }
    if (!UPPER_START.test(w.text) && !HEADLINE_FUNCTION_WORDS.has(core.toLowerCase()) && core.length > 0) {
      return k > 0 ? words[k - 1]!.end : from;
    }
    if (k >= CLEAN.headlineMinWords - 1 && ENDS_SENTENCE.test(w.text) && !/\d[.]\d*$/.test(w.text)) {
      // "… Hal Menyentuh di SUGBK!" ends the headline; "2.0" does not.
      const next = words[k + 1];
      if (!next || UPPER_START.test(next.text)) return w.end;
    }
  }
  if (words.length <= CLEAN.headlineMaxWords) return words[words.length - 1]!.end;
  // No clear end within reach: keep the text (losing content is worse than leaving noise).
  return from;
}

/** Headline end when the body resumes with the lowercase word `k`. */
function sentenceStart(words: Word[], k: number, elsewhere: (phrase: string) => boolean): number {
  // The run of capitalised words right before k; the sentence began at one of them.
  let j = k;
  while (j > 0) {
    const prev = words[j - 1]!.text;
    const t = bare(prev);
    if (!t || !/^\p{Lu}/u.test(t) || /[,:;.!?]$/.test(prev)) break;
    j--;
  }
  const first = Math.max(j, CLEAN.headlineMinWords);
  if (first > k - 1) return words[k - 1]!.end;
  for (let i = k - 1; i >= first; i--) {
    if (SENTENCE_OPENERS.has(bare(words[i]!.text))) return words[i - 1]!.end;
  }
  for (let i = first; i < k - 1; i++) {
    const phrase = words
      .slice(i, k)
      .map((w) => w.text)
      .join(' ');
    if (elsewhere(phrase)) return words[i - 1]!.end;
  }
  return words[k - 2]!.end;
}
