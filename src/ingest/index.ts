/**
 * Reading articles: files (.txt, .json, .jsonl, .csv), standard input, and bytes in
 * whatever encoding a scraper left them. Per-record problems become error records so a
 * batch goes on; only a problem with the whole input throws.
 */
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { parse as parseCsv } from 'csv-parse';
import { z } from 'zod';
import { WartaError, errorInfo } from '../errors.js';
import { LIMITS } from '../settings.js';
import type { ArticleInput, Diagnostic } from '../types.js';

/** Column and key names, English or Indonesian (CONTRACT.md), lower-cased. */
const FIELD_NAMES: Record<keyof ArticleInput, readonly string[]> = {
  id: ['id', 'article_id', 'uid'],
  title: ['title', 'judul', 'headline'],
  text: ['text', 'isi', 'isi_berita', 'body', 'content', 'fulltext', 'konten', 'artikel'],
  published: ['published', 'tanggal', 'tanggal_publikasi', 'date', 'waktu', 'published_at', 'pubdate'],
  url: ['url', 'tautan', 'link'],
  author: ['author', 'penulis', 'reporter', 'byline'],
  outlet: ['outlet', 'sumber', 'source', 'media', 'site', 'portal'],
};

const LOOKUP = new Map<string, keyof ArticleInput>();
for (const [field, names] of Object.entries(FIELD_NAMES)) {
  for (const n of names) LOOKUP.set(n, field as keyof ArticleInput);
}

export function fieldFor(name: string): keyof ArticleInput | undefined {
  return LOOKUP.get(name.trim().toLowerCase().replace(/[\s-]+/g, '_'));
}

const scalar = z
  .union([z.string(), z.number(), z.null()])
  .optional()
  .transform((v) => (v === null || v === undefined ? undefined : String(v)));

const ArticleSchema = z.object({
  id: scalar,
  title: scalar,
  published: scalar,
  url: scalar,
  author: scalar,
  outlet: scalar,
  text: z.string({ required_error: 'the article has no "text"', invalid_type_error: '"text" must be a string' }),
});

/** Validate an article object, accepting English or Indonesian keys. */
export function toArticleInput(value: unknown): ArticleInput {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new WartaError('bad-article', 'an article must be a JSON object with a "text" field');
  }
  const mapped: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    const field = fieldFor(k);
    if (field && mapped[field] === undefined) mapped[field] = v;
  }
  const parsed = ArticleSchema.safeParse(mapped);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new WartaError('bad-article', issue.message === 'Required' ? `missing "${issue.path.join('.')}"` : issue.message);
  }
  const a = parsed.data;
  if (a.text.trim() === '') throw new WartaError('empty-text', 'the article text is empty');
  if (a.text.length > LIMITS.maxTextLength) {
    throw new WartaError('too-large', `the article text has ${a.text.length} characters; the limit is ${LIMITS.maxTextLength}`);
  }
  const out: ArticleInput = { text: a.text };
  for (const k of ['id', 'title', 'published', 'url', 'author', 'outlet'] as const) {
    const v = a[k];
    if (v !== undefined && v !== '') out[k] = v;
  }
  return out;
}

export interface Decoded {
  text: string;
  diagnostics: Diagnostic[];
}

/**
 * Bytes to text: UTF-8 (with or without BOM), UTF-16 with a BOM, and, for bytes that are not
 * valid UTF-8, Windows-1252 with a warning. Bytes with NULs and no UTF-16 BOM are binary.
 */
export function decodeBytes(buf: Uint8Array, what = 'input'): Decoded {
  if (buf.length >= 2 && buf[0] === 0xff && buf[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(buf.subarray(2)), diagnostics: [] };
  if (buf.length >= 2 && buf[0] === 0xfe && buf[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(buf.subarray(2)), diagnostics: [] };
  const probe = buf.subarray(0, 65536);
  let nul = 0;
  for (let i = 0; i < probe.length; i++) if (probe[i] === 0) nul++;
  if (nul > 0) throw new WartaError('binary-input', `${what} looks binary (it holds NUL bytes), not text`);
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(buf), diagnostics: [] };
  } catch {
    return {
      text: new TextDecoder('windows-1252').decode(buf),
      diagnostics: [{ severity: 'warning', code: 'encoding', message: `${what} is not valid UTF-8; read as Windows-1252` }],
    };
  }
}

export type InputFormat = 'txt' | 'json' | 'jsonl' | 'csv';

export function formatOf(path: string): InputFormat | null {
  const p = path.toLowerCase().replace(/\.gz$/, '');
  if (p.endsWith('.jsonl') || p.endsWith('.ndjson')) return 'jsonl';
  if (p.endsWith('.json')) return 'json';
  if (p.endsWith('.csv')) return 'csv';
  if (p.endsWith('.txt') || p.endsWith('.text')) return 'txt';
  return null;
}

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

export async function readBytes(path: string): Promise<Buffer> {
  if (path === '-') return readAll(process.stdin);
  try {
    const st = await stat(path);
    if (st.isDirectory()) throw new WartaError('unreadable', `${path} is a directory`);
    return await readFile(path);
  } catch (err) {
    if (err instanceof WartaError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new WartaError('not-found', `no such file: ${path}`);
    throw new WartaError('unreadable', `cannot read ${path}: ${(err as Error).message}`);
  }
}

/** One article from a .txt or .json file, or from stdin (JSON when it starts with "{"). */
export async function readOneArticle(path: string): Promise<{ input: ArticleInput; diagnostics: Diagnostic[] }> {
  const buf = await readBytes(path);
  const { text, diagnostics } = decodeBytes(buf, path === '-' ? 'standard input' : path);
  const fmt = path === '-' ? (/^\s*\{/.test(text) ? 'json' : 'txt') : (formatOf(path) ?? (/^\s*\{/.test(text) ? 'json' : 'txt'));
  if (text.trim() === '') throw new WartaError('empty-input', `${path === '-' ? 'standard input' : path} is empty`);
  if (fmt === 'json') {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (err) {
      throw new WartaError('bad-json', `${path}: not valid JSON (${(err as Error).message})`);
    }
    if (Array.isArray(value)) throw new WartaError('bad-article', `${path} holds a JSON array: use --jsonl with one article per line`);
    return { input: toArticleInput(value), diagnostics };
  }
  if (fmt === 'jsonl' || fmt === 'csv') throw new WartaError('usage', `${path} holds many articles: use --${fmt}`);
  return { input: toArticleInput({ text }), diagnostics };
}

/** A record of a batch: an article, or the reason it could not be read. */
export type BatchRecord =
  | { line: number; input: ArticleInput; diagnostics?: Diagnostic[] }
  | { line: number; id: string | null; error: { code: string; message: string } };

function idOf(value: unknown): string | null {
  if (value && typeof value === 'object' && 'id' in value) {
    const id = (value as { id: unknown }).id;
    if (typeof id === 'string' || typeof id === 'number') return String(id);
  }
  return null;
}

/** Lines of JSON, one article each; every line yields one record, in order. */
export async function* readJsonl(stream: Readable): AsyncGenerator<BatchRecord> {
  const rl = createInterface({ input: stream, crlfDelay: Infinity });
  let line = 0;
  for await (const raw of rl) {
    line++;
    if (raw.trim() === '') {
      yield { line, id: null, error: { code: 'empty-line', message: `line ${line} is empty` } };
      continue;
    }
    if (raw.length > LIMITS.maxLineBytes) {
      yield { line, id: null, error: { code: 'too-large', message: `line ${line} has ${raw.length} characters; the limit is ${LIMITS.maxLineBytes}` } };
      continue;
    }
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (err) {
      yield { line, id: null, error: { code: 'bad-json', message: `line ${line}: ${(err as Error).message}` } };
      continue;
    }
    try {
      const input = toArticleInput(value);
      // readline decodes UTF-8; bytes that are not UTF-8 arrive as U+FFFD.
      yield raw.includes('\uFFFD')
        ? { line, input, diagnostics: [{ severity: 'warning', code: 'encoding', message: `line ${line} holds bytes that are not UTF-8 (shown as U+FFFD)` }] }
        : { line, input };
    } catch (err) {
      yield { line, id: idOf(value), error: errorInfo(err) };
    }
  }
}

/**
 * CSV with a header row; columns mapped by name (English or Indonesian). A file with no
 * text column is rejected whole; a row with an empty text, or one the CSV parser cannot
 * read (a stray or unclosed quote), is an error record and the run goes on.
 */
export async function* readCsv(stream: Readable): AsyncGenerator<BatchRecord> {
  const parser = parseCsv({
    bom: true,
    columns: true,
    relax_column_count: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    info: true,
  });
  const broken: Array<{ line: number; message: string }> = [];
  parser.on('skip', (err: Error & { lines?: number }) => broken.push({ line: err.lines ?? 0, message: err.message }));
  const rows = stream.pipe(parser) as unknown as AsyncIterable<{ record: Record<string, string>; info: { lines: number } }>;
  const flushBroken = function* (before: number): Generator<BatchRecord> {
    while (broken.length && broken[0]!.line <= before) {
      const b = broken.shift()!;
      yield { line: b.line, id: null, error: { code: 'bad-csv', message: `line ${b.line}: ${b.message}` } };
    }
  };
  let checked = false;
  for await (const rec of rows) {
    if (!checked) {
      checked = true;
      const cols = Object.keys(rec.record);
      if (!cols.some((c) => fieldFor(c) === 'text')) {
        throw new WartaError(
          'missing-column',
          `the CSV has no text column (found: ${cols.join(', ')}; expected one of: ${FIELD_NAMES.text.join(', ')})`,
        );
      }
    }
    yield* flushBroken(rec.info.lines - 1);
    try {
      yield { line: rec.info.lines, input: toArticleInput(rec.record) };
    } catch (err) {
      yield { line: rec.info.lines, id: idOf(mapId(rec.record)), error: errorInfo(err) };
    }
  }
  yield* flushBroken(Infinity);
}

function mapId(rec: Record<string, string>): { id?: string } {
  for (const [k, v] of Object.entries(rec)) if (fieldFor(k) === 'id') return { id: v };
  return {};
}

/** A file (gunzipped when it ends in .gz) or standard input as a byte stream. */
export function openStream(path: string): Readable {
  if (path === '-') return process.stdin;
  const file = createReadStream(path);
  return path.toLowerCase().endsWith('.gz') ? file.pipe(createGunzip()) : file;
}
