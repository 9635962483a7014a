import { z } from "zod";
import { isValidIsoDate } from "../parse/calendar";

/** ISO date, or a year-month or year when only that is known. Open ends are simply omitted. */
const KB_DATE = /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/;
export const kbDateSchema = z
  .string()
  .regex(KB_DATE, "expected an ISO date: YYYY, YYYY-MM or YYYY-MM-DD")
  // Only for well-formed full dates (the pattern reports the others): 2023-02-30 does not exist.
  .refine((s) => s.length < 10 || !KB_DATE.test(s) || isValidIsoDate(s), "no such day in that month");

const nameList = z.array(z.string().min(1));

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

export const officeSchema = z
  .object({
    title: z.string().min(1).describe("The office as articles name it: \"President\", \"Foreign Minister\"."),
    of: z
      .string()
      .optional()
      .describe("Country or organisation, as named by a country or organization entry: \"Ukraine\", \"United Nations\"."),
    from: kbDateSchema.optional().describe("First day in office (YYYY-MM-DD; YYYY-MM or YYYY when only that is known)."),
    to: kbDateSchema.optional().describe("Last day in office; omit while still in office."),
    kind: z
      .enum(officeKinds)
      .optional()
      .describe("What the office is; inferred from the title when omitted (\"Prime Minister\" → head-of-government)."),
    aliases: nameList
      .optional()
      .describe("Other titles articles use for this office: \"spokesperson\", \"leader\", \"Kremlin spokesperson\"."),
  })
  .strict();

export const personSchema = z
  .object({
    type: z.literal("person"),
    name: z.string().min(1).describe("Canonical name: \"Volodymyr Zelensky\"."),
    variants: nameList.default([]).describe("Other spellings and transliterations: \"Zelenskyy\", \"Zelenskiy\"."),
    surname: z
      .string()
      .min(1)
      .optional()
      .describe("The name used alone on second reference, when not the last word of the name: \"Xi\", \"Lula\"."),
    offices: z.array(officeSchema).default([]),
    country: z.string().optional(),
    note: z.string().optional().describe("A remark shown with the entry: context, caveats, a source."),
  })
  .strict();

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

export const organizationSchema = z
  .object({
    type: z.literal("organization"),
    name: z.string().min(1),
    variants: nameList.default([]),
    acronyms: nameList.default([]),
    kind: z.enum(organizationKinds).default("other"),
    country: z.string().optional(),
    note: z.string().optional().describe("A remark shown with the entry: context, caveats, a source."),
  })
  .strict();

export const countrySchema = z
  .object({
    type: z.literal("country"),
    name: z.string().min(1),
    variants: nameList.default([]),
    demonyms: nameList.default([]).describe("Adjectives and nouns for its people: \"Ukrainian\", \"French\". Plurals in -s are found without listing them."),
    capital: z.string().optional(),
    /** Metonyms for the government: "Washington", "the Kremlin", "Beijing". */
    seatsOfGovernment: nameList.default([]).describe("Metonyms for the government: \"the Kremlin\", \"Downing Street\"."),
    partOf: z.string().optional().describe("For a territory: the country it belongs to or is administered by."),
    note: z.string().optional().describe("A remark shown with the entry: context, caveats, a source."),
  })
  .strict();

export const eventSchema = z
  .object({
    type: z.literal("event"),
    name: z.string().min(1),
    variants: nameList.default([]).describe("Names that identify the event on their own: \"the war in Ukraine\"."),
    vague: nameList
      .optional()
      .describe("Names that mean this event only when a context word is in the article: \"the war\", \"the conflict\"."),
    kind: z.enum(["war", "conflict", "pandemic", "disaster", "election", "summit", "crisis", "other"]).default("other"),
    /** Countries or places that tell a vague variant ("the conflict", "the war") apart. */
    context: nameList.default([]).describe("Words that tell a vague name apart: \"Ukraine\", \"Russia\", \"Kyiv\"."),
    start: kbDateSchema.optional(),
    end: kbDateSchema.optional(),
    note: z.string().optional().describe("A remark shown with the entry: context, caveats, a source."),
  })
  .strict();

export const entrySchema = z.discriminatedUnion("type", [personSchema, organizationSchema, countrySchema, eventSchema]);

/** One knowledge file: bundled data or a workspace's `.byline/knowledge.json`. */
export const knowledgeFileSchema = z
  .object({
    $schema: z.string().optional(),
    /** The date the facts in this file are true as of. */
    asOf: kbDateSchema.optional().describe("The date the facts in this file are true as of."),
    description: z.string().optional(),
    entries: z.array(entrySchema),
  })
  .strict()
  .describe("Byline knowledge file: people, offices, organisations, countries and events.");

export type Office = z.output<typeof officeSchema>;
export type PersonEntry = z.output<typeof personSchema>;
export type OrganizationEntry = z.output<typeof organizationSchema>;
export type CountryEntry = z.output<typeof countrySchema>;
export type EventEntry = z.output<typeof eventSchema>;
export type Entry = z.output<typeof entrySchema>;
export type KnowledgeFile = z.output<typeof knowledgeFileSchema>;
export type KnowledgeFileInput = z.input<typeof knowledgeFileSchema>;
