import * as z from "../zod";
import type { Analysis } from "../analyze";
import { describeSpan } from "../annotations/anchoring";
import { annotationSchema, VERDICTS, type Annotation, type Target } from "../annotations/schema";

/**
 * W3C Web Annotation (JSON-LD) exchange: the user's annotations and Byline's findings as one
 * `AnnotationCollection`, and back. Targets carry a TextQuoteSelector and a TextPositionSelector,
 * as Hypothesis exports them, so other tools can anchor them too.
 *
 * Mapping (motivation; bodies):
 * - source        → linking;    TextualBody purpose linking (the source's name, `created` = its date),
 *                                SpecificResource purpose linking with `source` = its URL;
 * - note          → commenting; TextualBody purpose commenting;
 * - verdict       → assessing;  TextualBody purpose assessing (verified | disputed | false) [+ commenting];
 * - suppress      → moderating; TextualBody purpose tagging `suppress:RULE` [+ commenting: the reason];
 * - actor         → identifying; TextualBody purpose identifying (alias) or tagging `not-an-actor`;
 * - document-date → describing; TextualBody purpose tagging `document-date` + describing (the date);
 * - Byline's findings → assessing, created by the software agent Byline, id `urn:byline:finding:…`,
 *   TextualBody purpose assessing (message) + classifying (rule id); never imported back.
 */

export const ANNO_CONTEXT = "http://www.w3.org/ns/anno.jsonld";
const FINDING_ID_PREFIX = "urn:byline:finding:";
const BYLINE_AGENT = { type: "Software", name: "Byline" } as const;

export interface ExportedFile {
  /** The target's `source`: a path relative to where the collection is read from, or a URL. */
  readonly source: string;
  readonly analysis: Analysis;
  /** The user's annotations as stored (orphans included; they keep their old target). */
  readonly annotations: readonly Annotation[];
}

type Json = Record<string, unknown>;

/** The AnnotationCollection for the given files. */
export function toWebAnnotationCollection(files: readonly ExportedFile[], options: { label?: string; generated?: string } = {}): Json {
  const items: Json[] = [];
  for (const f of files) {
    for (const a of f.annotations) items.push(userAnnotation(f.source, a));
    f.analysis.findings.forEach((x, i) => {
      items.push({
        "@context": ANNO_CONTEXT,
        id: `${FINDING_ID_PREFIX}${encodeURIComponent(f.source)}:${i}`,
        type: "Annotation",
        motivation: "assessing",
        creator: BYLINE_AGENT,
        body: [
          { type: "TextualBody", purpose: "assessing", value: x.message, format: "text/plain" },
          { type: "TextualBody", purpose: "classifying", value: x.ruleId },
        ],
        target: targetOf(f.source, describeSpan(f.analysis.text, x.span)),
      });
    });
  }
  for (const it of items) delete it["@context"];
  return {
    "@context": ANNO_CONTEXT,
    type: "AnnotationCollection",
    label: options.label ?? "Byline annotations and findings",
    generator: BYLINE_AGENT,
    ...(options.generated ? { generated: options.generated } : {}),
    total: items.length,
    first: { type: "AnnotationPage", startIndex: 0, items },
  };
}

function targetOf(source: string, t: Target | undefined): Json {
  if (!t) return { source };
  return {
    source,
    selector: [
      { type: "TextQuoteSelector", exact: t.quote.exact, prefix: t.quote.prefix, suffix: t.quote.suffix },
      { type: "TextPositionSelector", start: t.position.start, end: t.position.end },
    ],
  };
}

const text = (purpose: string, value: string, extra: Json = {}): Json => ({ type: "TextualBody", purpose, value, ...extra });

function userAnnotation(source: string, a: Annotation): Json {
  let motivation: string;
  let body: Json[];
  switch (a.kind) {
    case "source":
      motivation = "linking";
      body = [text("linking", a.source, a.date ? { created: a.date } : {})];
      if (a.url) body.push({ type: "SpecificResource", purpose: "linking", source: a.url });
      break;
    case "note":
      motivation = "commenting";
      body = [text("commenting", a.text)];
      break;
    case "verdict":
      motivation = "assessing";
      body = [text("assessing", a.verdict)];
      if (a.text !== undefined) body.push(text("commenting", a.text));
      break;
    case "suppress":
      motivation = "moderating";
      body = [text("tagging", `suppress:${a.ruleId}`)];
      if (a.reason !== undefined) body.push(text("commenting", a.reason));
      break;
    case "actor":
      motivation = "identifying";
      body = [a.notAnActor ? text("tagging", "not-an-actor") : text("identifying", a.alias ?? "")];
      break;
    case "document-date":
      motivation = "describing";
      body = [text("tagging", "document-date"), text("describing", a.date)];
      break;
  }
  return {
    "@context": ANNO_CONTEXT,
    id: `urn:uuid:${a.id}`,
    type: "Annotation",
    motivation,
    created: a.created,
    modified: a.modified,
    ...(a.author ? { creator: { type: "Person", name: a.author } } : {}),
    body,
    target: targetOf(source, a.target),
  };
}

// ---------------------------------------------------------------------------------------------
// Import

export interface ImportProblem {
  /** Index of the item in the collection (or -1 for the collection itself). */
  readonly index: number;
  readonly message: string;
}

export interface ImportResult {
  /** The user's annotations by target source, in the collection's order. */
  readonly bySource: ReadonlyMap<string, Annotation[]>;
  /** Findings written by Byline (not imported: they are recomputed). */
  readonly findingsSkipped: number;
  readonly problems: readonly ImportProblem[];
}

const offset = z.number().check(z.int(), z.gte(0));
const selectorSchema = z.union([
  z.looseObject({ type: z.literal("TextQuoteSelector"), exact: z.string(), prefix: z.optional(z.string()), suffix: z.optional(z.string()) }),
  z.looseObject({ type: z.literal("TextPositionSelector"), start: offset, end: offset }),
  z.looseObject({ type: z.string() }),
]);
const oneOrMany = <T extends z.ZodMiniType>(s: T) => {
  const either = z.union([s, z.array(s)]);
  return z.pipe(either, z.transform((v: z.output<typeof either>) => (Array.isArray(v) ? v : [v]) as z.output<T>[]));
};
const optionalString = z.optional(z.string());
const bodySchema = z.looseObject({
  type: optionalString,
  purpose: optionalString,
  value: optionalString,
  source: optionalString,
  id: optionalString,
  created: optionalString,
});
const stringOrStrings = z.optional(z.union([z.string(), z.array(z.string())]));
const itemSchema = z.looseObject({
  id: optionalString,
  type: stringOrStrings,
  motivation: stringOrStrings,
  created: optionalString,
  modified: optionalString,
  creator: z.optional(z.unknown()),
  body: z.optional(oneOrMany(z.union([bodySchema, z.string()]))),
  target: oneOrMany(z.union([z.string(), z.looseObject({ source: z.string(), selector: z.optional(oneOrMany(selectorSchema)) })])),
});

/** Reads an AnnotationCollection (or a single Annotation, or an array of them). Never throws. */
export function fromWebAnnotations(json: unknown, now: string): ImportResult {
  const problems: ImportProblem[] = [];
  const bySource = new Map<string, Annotation[]>();
  let findingsSkipped = 0;
  const items = collectItems(json);
  if (!items) return { bySource, findingsSkipped, problems: [{ index: -1, message: "not a W3C AnnotationCollection, AnnotationPage or Annotation" }] };
  items.forEach((raw, index) => {
    const p = itemSchema.safeParse(raw);
    if (!p.success) {
      problems.push({ index, message: `not a Web Annotation: ${p.error.issues[0]?.path.join(".") ?? ""} ${p.error.issues[0]?.message ?? ""}`.trim() });
      return;
    }
    const it = p.data;
    if (it.id?.startsWith(FINDING_ID_PREFIX) || isByline(it.creator)) {
      findingsSkipped++;
      return;
    }
    const converted = toAnnotation(it, now);
    if ("error" in converted) {
      problems.push({ index, message: converted.error });
      return;
    }
    const list = bySource.get(converted.source) ?? [];
    list.push(converted.annotation);
    bySource.set(converted.source, list);
  });
  return { bySource, findingsSkipped, problems };
}

function collectItems(json: unknown): unknown[] | undefined {
  if (Array.isArray(json)) return json;
  if (!json || typeof json !== "object") return undefined;
  const o = json as Json;
  const types = ([] as unknown[]).concat(o.type ?? []);
  if (types.includes("Annotation")) return [o];
  const pages: unknown[] = [];
  if (types.includes("AnnotationCollection")) {
    for (let page = o.first as Json | undefined; page && typeof page === "object"; page = page.next as Json | undefined) {
      pages.push(...(Array.isArray(page.items) ? page.items : []));
      if (page.next === page) break;
    }
    return pages;
  }
  if (types.includes("AnnotationPage")) return Array.isArray(o.items) ? o.items : [];
  return undefined;
}

function isByline(creator: unknown): boolean {
  return !!creator && typeof creator === "object" && (creator as Json).type === "Software" && (creator as Json).name === "Byline";
}

type Item = z.output<typeof itemSchema>;

function toAnnotation(it: Item, now: string): { source: string; annotation: Annotation } | { error: string } {
  const tgt = it.target[0];
  if (tgt === undefined) return { error: "no target" };
  const source = typeof tgt === "string" ? tgt : tgt.source;
  let target: Target | undefined;
  if (typeof tgt !== "string" && tgt.selector) {
    const q = tgt.selector.find((s) => s.type === "TextQuoteSelector") as { exact: string; prefix?: string; suffix?: string } | undefined;
    const pos = tgt.selector.find((s) => s.type === "TextPositionSelector") as { start: number; end: number } | undefined;
    if (q && q.exact) {
      target = {
        quote: { exact: q.exact, prefix: q.prefix ?? "", suffix: q.suffix ?? "" },
        // Without offsets the quote alone anchors it (position 0 only seeds "nearest").
        position: pos && pos.end >= pos.start ? { start: pos.start, end: pos.end } : { start: 0, end: 0 },
      };
    }
  }
  const bodies = (it.body ?? []).map((b) => (typeof b === "string" ? { type: "TextualBody", value: b } : b));
  const byPurpose = (purpose: string) => bodies.find((b) => b.purpose === purpose && b.value !== undefined);
  const tags = bodies.filter((b) => b.purpose === "tagging" && b.value !== undefined).map((b) => b.value!);
  const motivations = ([] as string[]).concat(it.motivation ?? []);
  const id = (it.id ?? "").replace(/^urn:uuid:/, "") || undefined;
  const stamp = { created: validTime(it.created) ?? now, modified: validTime(it.modified) ?? validTime(it.created) ?? now };
  const commenting = byPurpose("commenting")?.value;

  let fields: Json;
  const suppress = tags.find((t) => t.startsWith("suppress:"));
  if (tags.includes("document-date")) {
    fields = { kind: "document-date", date: byPurpose("describing")?.value };
  } else if (suppress) {
    fields = { kind: "suppress", ruleId: suppress.slice("suppress:".length), ...(commenting !== undefined ? { reason: commenting } : {}) };
  } else if (tags.includes("not-an-actor")) {
    fields = { kind: "actor", notAnActor: true };
  } else if (motivations.includes("identifying") && byPurpose("identifying")) {
    fields = { kind: "actor", alias: byPurpose("identifying")!.value };
  } else if (motivations.includes("linking") || bodies.some((b) => b.purpose === "linking")) {
    const name = bodies.find((b) => b.purpose === "linking" && b.value !== undefined);
    const link = bodies.find((b) => b.type === "SpecificResource" && b.source) ?? bodies.find((b) => b.id && /^https?:/.test(b.id));
    const url = link?.source ?? link?.id;
    fields = {
      kind: "source",
      source: name?.value ?? url,
      ...(url ? { url } : {}),
      ...(name?.created ? { date: name.created } : {}),
    };
  } else if (motivations.includes("assessing") && (VERDICTS as readonly string[]).includes(byPurpose("assessing")?.value ?? "")) {
    fields = { kind: "verdict", verdict: byPurpose("assessing")!.value, ...(commenting !== undefined ? { text: commenting } : {}) };
  } else {
    // Anything else with text (a Hypothesis comment, a reply, a highlight with a note) is a note.
    const value = commenting ?? bodies.find((b) => b.value !== undefined && b.purpose !== "tagging")?.value;
    if (value === undefined) return { error: `nothing Byline can keep (motivation ${motivations.join(", ") || "none"}, no text)` };
    fields = { kind: "note", text: value };
  }
  const candidate = { id: id ?? `imported-${hash(JSON.stringify(it))}`, ...fields, ...(target ? { target } : {}), ...stamp, ...creatorName(it.creator) };
  const r = annotationSchema.safeParse(candidate);
  if (!r.success) {
    const i = r.error.issues[0];
    return { error: `${fields.kind} annotation: ${i ? `${i.path.join(".")}: ${i.message}` : "invalid"}` };
  }
  return { source, annotation: r.data };
}

function creatorName(c: unknown): { author?: string } {
  if (c && typeof c === "object" && typeof (c as Json).name === "string" && (c as Json).name) return { author: (c as Json).name as string };
  if (typeof c === "string" && c) return { author: c };
  return {};
}

function validTime(s: string | undefined): string | undefined {
  return s !== undefined && z.iso.datetime({ offset: true }).safeParse(s).success ? s : undefined;
}

/** A short stable hash (FNV-1a) so an item without id gets the same id on every import. */
function hash(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, "0");
}
