// Texts for the benchmark: the bundled seeds, and plain text rebuilt from the MEANTIME corpus's
// token XML (../shared/corpora/meantime). Nothing from the corpus is copied into the repository.
import * as fs from "node:fs";
import * as path from "node:path";

export interface Article {
  readonly name: string;
  readonly text: string;
}

export const REPO = path.resolve(__dirname, "..");
export const MEANTIME = path.resolve(REPO, "..", "shared", "corpora", "meantime", "intra-doc_annotation");

/** The seed files bundled in `seeds/`. */
export function bundledSeeds(): Article[] {
  const dir = path.join(REPO, "seeds");
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".txt") || f.endsWith(".md"))
    .sort()
    .map((f) => ({ name: `seeds/${f}`, text: fs.readFileSync(path.join(dir, f), "utf8") }));
}

/** MEANTIME articles as plain text, or null when ../shared is not there. */
export function meantimeArticles(): Article[] | null {
  return meantimeFiles()?.map(({ name, xml }) => ({ name, text: meantimeText(xml) })) ?? null;
}

/** MEANTIME's XML files, in order ("corpus_airbus/….xml"), or null when ../shared is not there. */
export function meantimeFiles(): { name: string; xml: string }[] | null {
  if (!fs.existsSync(MEANTIME)) return null;
  const out: { name: string; xml: string }[] = [];
  for (const corpus of fs.readdirSync(MEANTIME).sort()) {
    const dir = path.join(MEANTIME, corpus);
    if (!fs.statSync(dir).isDirectory()) continue;
    for (const f of fs.readdirSync(dir).sort()) {
      if (f.endsWith(".xml")) out.push({ name: `${corpus}/${f}`, xml: fs.readFileSync(path.join(dir, f), "utf8") });
    }
  }
  return out;
}

const TOKEN = /<token ([^>]{0,200})>([^<]{0,500})<\/token>/g;
const SENTENCE_ATTR = /\bsentence="(\d{1,6})"/;
const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: "\"", apos: "'" };

/**
 * The corpus stores tokens with their sentence number only. Rebuild a seed-like article: the title
 * (sentence 0) as a heading line, the date line (sentence 1), then the body, three sentences a line,
 * with the usual spacing around punctuation and `` '' turned into curly quotes.
 */
export function meantimeText(xml: string): string {
  return meantimeDocument(xml).text;
}

/** `meantimeText`, with where each of the corpus's sentences (by number) ended up in it. */
export function meantimeDocument(xml: string): { text: string; sentences: Map<number, { start: number; end: number }> } {
  const sentences: string[][] = [];
  for (const m of xml.matchAll(TOKEN)) {
    const n = Number(SENTENCE_ATTR.exec(m[1]!)?.[1] ?? 0);
    const tok = m[2]!.replace(/&(amp|lt|gt|quot|apos);/g, (_x, e: string) => ENTITIES[e]!);
    (sentences[n] ??= []).push(tok);
  }
  const numbers: number[] = [];
  sentences.forEach((s, n) => {
    if (s !== undefined) numbers.push(n);
  });
  const body = numbers.map((n) => detokenize(sentences[n]!));
  const spans = new Map<number, { start: number; end: number }>();
  let text = "";
  // The title and the date line, a line each; then the body, three sentences a line.
  const line = (from: number, to: number): void => {
    for (let k = from; k < to; k++) {
      if (k > from) text += " ";
      spans.set(numbers[k]!, { start: text.length, end: text.length + body[k]!.length });
      text += body[k]!;
    }
    text += "\n";
  };
  if (body.length > 0) line(0, 1);
  if (body.length > 1) line(1, 2);
  for (let i = 2; i < body.length; i += 3) line(i, Math.min(i + 3, body.length));
  return { text: body.length === 0 ? "\n" : text, sentences: spans };
}

const NO_SPACE_BEFORE = new Set([",", ".", ";", ":", "!", "?", ")", "]", "}", "%", "'s", "n't", "'re", "'ve", "'ll", "'d", "'m", "''", "”", "’", "..."]);
const NO_SPACE_AFTER = new Set(["(", "[", "{", "$", "US$", "CA$", "£", "``", "“", "#"]);

function detokenize(tokens: string[]): string {
  let s = "";
  let prev = "";
  let straightOpen = false;
  for (const raw of tokens) {
    let t = raw === "``" ? "“" : raw === "''" ? "”" : raw;
    let glue = s === "" || NO_SPACE_BEFORE.has(raw) || NO_SPACE_AFTER.has(prev);
    if (raw === "\"") {
      // Straight quotes alternate: opening glues to the next word, closing to the previous one.
      if (straightOpen) glue = true;
      straightOpen = !straightOpen;
      t = "\"";
    }
    if (prev === "\"" && straightOpen) glue = true;
    s += glue ? t : " " + t;
    prev = raw === "``" ? "“" : raw;
  }
  return s;
}

/** About `bytes` of article text: whole articles, one after another, separated by blank lines. */
export function bigArticle(sources: readonly Article[], bytes: number): string {
  const parts: string[] = [];
  let n = 0;
  for (let i = 0; n < bytes; i++) {
    const t = sources[i % sources.length]!.text;
    parts.push(t);
    n += t.length + 1;
  }
  return parts.join("\n");
}

/**
 * Text built to make regexes and scanners backtrack or go quadratic: long runs of spaces, quote
 * marks, digits and capitals, unclosed quotes, abbreviation-like dots, lines that continue one
 * paragraph forever, and one very long line.
 */
export function adversarialText(bytes: number): string {
  return adversarialBlocks(bytes).join("\n");
}

/** The runs of `adversarialText`, one string each. */
export function adversarialBlocks(bytes: number): string[] {
  const piece = Math.max(1000, Math.floor(bytes / 16));
  const rep = (s: string): string => s.repeat(Math.ceil(piece / s.length)).slice(0, piece);
  return [
    rep(" "),
    rep("\""),
    rep("“"),
    rep("'"),
    rep("0123456789"),
    rep("1,000,"),
    rep("ABCDEFGHIJKLMNOPQRSTUVWXYZ"),
    rep("U.S. A. B. C. "),
    rep("“He said ‘it was "),
    rep("$1.5 billion 15-year 90 percent "),
    rep("January 2024, Dec. 28, Monday, "),
    rep("continues the paragraph\n"),
    rep("Mr. Smith said \"Ms. Jones said '"),
    rep("KYIV, Dec 28 (Reuters) "),
    rep("-- — – "),
    rep("a\u00a0\u00a0\t\t "),
  ];
}
