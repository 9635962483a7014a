import type { SeedDocument } from "../model/document";
import type { DateMention, DocumentDate } from "../model/date";
import type { KnowledgeBase } from "../knowledge";

export interface DateInputs {
  readonly knowledge: KnowledgeBase;
  readonly referenceDate: string | undefined;
}

/** Temporal expressions and the document date. Filled in by the Dates issue. */
export function analyzeDates(doc: SeedDocument, inputs: DateInputs): { documentDate: DocumentDate | null; dates: DateMention[] } {
  const fmDate = doc.frontMatter?.fields.date;
  const ref = inputs.referenceDate ?? fmDate;
  if (!ref) return { documentDate: null, dates: [] };
  const kind = inputs.referenceDate ? "override" : "front-matter";
  return {
    documentDate: {
      from: ref,
      to: ref,
      basis: [{ kind, message: kind === "override" ? `reference date ${ref} given` : `front matter date: ${ref}`, from: ref, to: ref }],
      conflicts: [],
    },
    dates: [],
  };
}
