/**
 * Scrape noise of Indonesian news sites, as data. Collected by reading the pages of the
 * outlets in the project's development corpus (detik, kompas, liputan6, okezone, tempo,
 * cnnindonesia) and the noise kinds of gold/README.md. Patterns are compiled once in
 * src/clean/noise.ts; each entry says which kind of noise it is.
 */
import type { NoiseKind } from '../../types.js';

/** Whole lines (after trimming, case-insensitive) that are noise wherever they stand. */
export const NOISE_LINES: ReadonlyArray<readonly [RegExp, NoiseKind]> = [
  [/^advertisement$/i, 'ad'],
  [/^scroll to continue with content$/i, 'ad'],
  [/^(?:advertisement\s+)?scroll to continue with content$/i, 'ad'],
  [/^iklan$/i, 'ad'],
  [/^baca juga(?:\s*:)?$/i, 'related'],
  [/^baca juga\s*:.+$/i, 'related'],
  [/^(?:lihat|baca) (?:juga|pula|selengkapnya)\s*:.+$/i, 'related'],
  [/^berita terkait\s*:?.*$/i, 'related'],
  [/^artikel terkait\s*:?.*$/i, 'related'],
  [/^\[gambas:[^\]]*\]$/i, 'media'],
  // Photo captions and embeds: "… (Tangkapan layar)", "… naik. Foto: Dok. X", "A post shared by …".
  [/^.{3,200}\((?:tangkapan layar|istimewa|ilustrasi|dok\.?(?: [^)]{1,60})?|foto:? [^)]{1,60})\)$/i, 'media'],
  [/^.{3,200}[.!?]\s*(?:Foto|FOTO|Dok|DOK)\s*:\s*.{2,80}$/, 'media'],
  [/^(?:Foto|FOTO|Ilustrasi)\s*:\s*.{2,160}$/, 'media'],
  [/^A post shared by .{2,160}$/i, 'media'],
  [/^(?:lihat juga )?video\s*:.+$/i, 'media'],
  [/^simak (?:juga )?video\b.*$/i, 'media'],
  [/^(?:tonton|saksikan)(?: juga)? video\b.*$/i, 'media'],
  [/^saksikan live detik\w*\s*:?.*$/i, 'promo'],
  [/^pilihan editor\s*:.*$/i, 'promo'],
  [/^hoegeng awards \d{4}$/i, 'promo'],
  [/^baca kisah inspiratif .+ di sini$/i, 'promo'],
  [/^(?:ikuti|follow) (?:berita|kami|.{0,40}) di (?:google news|whatsapp|telegram|instagram).*$/i, 'promo'],
  [/^.{0,80}(?:whatsapp channel|saluran whatsapp|install aplikasi whatsapp).*$/i, 'promo'],
  [/^https?:\/\/(?:www\.)?whatsapp\.com\/\S+$/i, 'promo'],
  [/^download (?:aplikasi|apps?) .+$/i, 'promo'],
  [/^artikel ini (?:telah )?(?:tayang|terbit|dimuat)(?: sebelumnya)? di.*$/i, 'syndication'],
  [/^(?:sumber|source)\s*:\s*\S.{0,60}$/i, 'syndication'],
  [/^(?:editor|penulis|reporter|pewarta|penyunting|redaktur)\s*:\s*.{2,80}$/i, 'credit'],
  [/^.{2,60} berkontribusi dalam penulisan artikel ini\.?$/i, 'credit'],
  [/^\((?:[a-z]{2,5}\/){1,3}[a-z]{2,5}\)$/i, 'credit'],
  [/^\([a-z]{2,5}\)$/i, 'credit'],
  [/^\*{3,}$|^-{3,}$/, 'ad'],
];

/**
 * Noise glued inside running text (one-line scrapes): matched anywhere, removed, and the
 * paragraph is broken where they stood. Order matters: longer first.
 */
export const INLINE_NOISE: ReadonlyArray<readonly [RegExp, NoiseKind, 'capitals-only'?]> = [
  // The ad banner counts only in capitals: the word in running prose is left alone.
  [/advertisement/gi, 'ad', 'capitals-only'],
  [/SCROLL TO CONTINUE WITH CONTENT/g, 'ad'],
  [/\[Gambas:[^\]\n]{1,60}\]/g, 'media'],
];

/** Markers that open a related-headline link glued into the text ("Baca juga:Headline"). */
export const RELATED_MARKER = /\b(?:Baca|BACA|baca) (?:[Jj]uga|JUGA|[Pp]ula)\s*:\s*/g;

/**
 * Footers and promos glued into running text. Each: a literal to look for first (cheap),
 * the pattern, the kind, and how far the piece runs: to the end of the line (when what
 * follows is short, as a footer's is), just the match, or a headline after the marker.
 */
export type TailReach = 'line' | 'match' | 'headline';
export const TAIL_MARKERS: ReadonlyArray<readonly [string, RegExp, NoiseKind, TailReach]> = [
  ['Pilihan Editor', /Pilihan Editor\s*:/g, 'promo', 'headline'],
  ['Artikel ini', /Artikel ini (?:telah )?(?:tayang|terbit|dimuat)(?: sebelumnya)? di(?:\b|(?=\p{Lu}))/gu, 'syndication', 'line'],
  ['berkontribusi', /\b[A-Z][\p{L}.' ]{1,60} berkontribusi dalam penulisan artikel ini\./gu, 'credit', 'match'],
  ['Video', /\b(?:Simak|Tonton|Saksikan|Lihat) (?:juga )?[Vv]ideo\b/g, 'media', 'line'],
  ['Saksikan Live', /\bSaksikan Live \w+\s*:?/g, 'promo', 'line'],
];

/** A footer that runs "to the end of the line" is at most this long; longer, it is body. */
export const TAIL_LINE_MAX_CHARS = 240;

/** Photo credits glued before a caption: "SHUTTERSTOCK/TIMESTOPPER69Ilustrasi Blockchain." */
export const CAPTION = /\b(?:DOK\.? |Dok\.? |FOTO: ?)?[A-Z][A-Z0-9.]{2,}(?:\/[A-Z0-9][A-Za-z0-9.]*)+\s?(?:Ilustrasi|Foto|Tangkapan layar|Dok\.?)[^.!?\n]{0,160}[.!?]?/g;

/** A trailing editor/reporter code or byline: "(dem/dem)", "(ant/fjp)", "(Fetra Hariandja)". */
export const TRAILING_CREDIT = /\((?:[a-z]{2,5}\/){1,3}[a-z]{2,5}\)$|\((?:[A-Z][\p{L}'.-]+)(?: [A-Z][\p{L}'.-]+){0,3}\)$/u;

/** Words that may stand lowercase inside a Title Case headline. */
export const HEADLINE_FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'di', 'ke', 'dari', 'dan', 'atau', 'yang', 'untuk', 'dengan', 'pada', 'soal', 'usai', 'hingga',
  'jadi', 'tak', 'tidak', 'bagi', 'oleh', 'dalam', 'ini', 'itu', 'vs', 'versi', 'serta', 'jelang',
  'saat', 'kala', 'demi', 'agar', 'akan', 'sudah', 'telah', 'bisa', 'masih', 'juga', 'lagi', 'pun',
  'the', 'of', 'and', 'in', 'for', 'to', 'a', 'an', 'on', 'at', 'by', 'with',
]);

/** Words that typically open a sentence of body text right after a glued related headline. */
export const SENTENCE_OPENERS: ReadonlySet<string> = new Set([
  'Ia', 'Dia', 'Mereka', 'Kami', 'Kita', 'Saya', 'Beliau', 'Namun', 'Sementara', 'Selain',
  'Kemudian', 'Meski', 'Meskipun', 'Seperti', 'Menurut', 'Sebelumnya', 'Adapun', 'Sedangkan',
  'Padahal', 'Akibatnya', 'Sehingga', 'Apalagi', 'Tetapi', 'Bahkan', 'Selanjutnya', 'Sementara itu',
]);
