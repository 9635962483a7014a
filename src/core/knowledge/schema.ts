import * as z from "../zod";
import { isValidIsoDate } from "../parse/calendar";

/** ISO date, or a year-month or year when only that is known. Open ends are simply omitted. */
const KB_DATE = /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/;
export const kbDateSchema = z.string().check(
  z.regex(KB_DATE, "expected an ISO date: YYYY, YYYY-MM or YYYY-MM-DD"),
  // Only for well-formed full dates (the pattern reports the others): 2023-02-30 does not exist.
  z.refine((s) => s.length < 10 || !KB_DATE.test(s) || isValidIsoDate(s), "no such day in that month"),
);

const nameList = z.array(z.string().check(z.minLength(1)));

export const officeKinds = [
  "head-of-state",
  "head-of-government",
  "foreign-minister",
  "minister",
  "central-bank-governor",
  "organization-head",
  "spokesperson",
  "envoy",
  "other",
] as const;
export type OfficeKind = (typeof officeKinds)[number];

export const officeSchema = z.strictObject({
  title: z.described(z.string().check(z.minLength(1)), "The office as articles name it: \"President\", \"Foreign Minister\"."),
  of: z.described(
    z.optional(z.string()),
    "Country or organisation, as named by a country or organization entry: \"Ukraine\", \"United Nations\".",
  ),
  from: z.described(z.optional(kbDateSchema), "First day in office (YYYY-MM-DD; YYYY-MM or YYYY when only that is known)."),
  to: z.described(z.optional(kbDateSchema), "Last day in office; omit while still in office."),
  kind: z.described(
    z.optional(z.enum(officeKinds)),
    "What the office is; inferred from the title when omitted (\"Prime Minister\" → head-of-government).",
  ),
  aliases: z.described(
    z.optional(nameList),
    "Other titles articles use for this office: \"spokesperson\", \"leader\", \"Kremlin spokesperson\".",
  ),
});

const NOTE = "A remark shown with the entry: context, caveats, a source.";

export const personSchema = z.strictObject({
  type: z.literal("person"),
  name: z.described(z.string().check(z.minLength(1)), "Canonical name: \"Volodymyr Zelensky\"."),
  variants: z.described(z._default(nameList, []), "Other spellings and transliterations: \"Zelenskyy\", \"Zelenskiy\"."),
  surname: z.described(
    z.optional(z.string().check(z.minLength(1))),
    "The name used alone on second reference, when not the last word of the name: \"Xi\", \"Lula\".",
  ),
  offices: z._default(z.array(officeSchema), []),
  country: z.optional(z.string()),
  note: z.described(z.optional(z.string()), NOTE),
});

export const organizationKinds = [
  "government",
  "intergovernmental",
  "agency",
  "company",
  "news",
  "party",
  "ngo",
  "military",
  "court",
  "other",
] as const;

export const organizationSchema = z.strictObject({
  type: z.literal("organization"),
  name: z.string().check(z.minLength(1)),
  variants: z._default(nameList, []),
  acronyms: z._default(nameList, []),
  kind: z._default(z.enum(organizationKinds), "other"),
  country: z.optional(z.string()),
  note: z.described(z.optional(z.string()), NOTE),
});

export const countrySchema = z.strictObject({
  type: z.literal("country"),
  name: z.string().check(z.minLength(1)),
  variants: z._default(nameList, []),
  demonyms: z.described(
    z._default(nameList, []),
    "Adjectives and nouns for its people: \"Ukrainian\", \"French\". Plurals in -s are found without listing them.",
  ),
  capital: z.optional(z.string()),
  /** Metonyms for the government: "Washington", "the Kremlin", "Beijing". */
  seatsOfGovernment: z.described(z._default(nameList, []), "Metonyms for the government: \"the Kremlin\", \"Downing Street\"."),
  partOf: z.described(z.optional(z.string()), "For a territory: the country it belongs to or is administered by."),
  note: z.described(z.optional(z.string()), NOTE),
});

export const eventSchema = z.strictObject({
  type: z.literal("event"),
  name: z.string().check(z.minLength(1)),
  variants: z.described(z._default(nameList, []), "Names that identify the event on their own: \"the war in Ukraine\"."),
  vague: z.described(
    z.optional(nameList),
    "Names that mean this event only when a context word is in the article: \"the war\", \"the conflict\".",
  ),
  kind: z._default(z.enum(["war", "conflict", "pandemic", "disaster", "election", "summit", "crisis", "other"]), "other"),
  /** Countries or places that tell a vague variant ("the conflict", "the war") apart. */
  context: z.described(z._default(nameList, []), "Words that tell a vague name apart: \"Ukraine\", \"Russia\", \"Kyiv\"."),
  start: z.optional(kbDateSchema),
  end: z.optional(kbDateSchema),
  note: z.described(z.optional(z.string()), NOTE),
});

export const entrySchema = z.discriminatedUnion("type", [personSchema, organizationSchema, countrySchema, eventSchema]);

/** One knowledge file: bundled data or a workspace's `.byline/knowledge.json`. */
export const knowledgeFileSchema = z.described(
  z.strictObject({
    $schema: z.optional(z.string()),
    /** The date the facts in this file are true as of. */
    asOf: z.described(z.optional(kbDateSchema), "The date the facts in this file are true as of."),
    description: z.optional(z.string()),
    entries: z.array(entrySchema),
  }),
  "Byline knowledge file: people, offices, organisations, countries and events.",
);

export type Office = z.output<typeof officeSchema>;
export type PersonEntry = z.output<typeof personSchema>;
export type OrganizationEntry = z.output<typeof organizationSchema>;
export type CountryEntry = z.output<typeof countrySchema>;
export type EventEntry = z.output<typeof eventSchema>;
export type Entry = z.output<typeof entrySchema>;
export type KnowledgeFile = z.output<typeof knowledgeFileSchema>;
export type KnowledgeFileInput = z.input<typeof knowledgeFileSchema>;
