import type { SeedDocument } from "../model/document";
import type { AttributionFrame } from "../model/attribution";
import type { Quote } from "../model/quote";

/** Gives each direct quotation its speaker, when the text names one. The Sourcing issue adds speakers. */
export function attributeQuotes(doc: SeedDocument, _frames: readonly AttributionFrame[]): Quote[] {
  return doc.quotes.map((q) => ({ ...q, text: doc.text.slice(q.inner.start, q.inner.end) }));
}
