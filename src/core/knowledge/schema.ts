import { z } from "zod";

/** ISO date, or a year-month or year when only that is known. Open ends are simply omitted. */
export const kbDateSchema = z
  .string()
  .regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, "expected an ISO date: YYYY, YYYY-MM or YYYY-MM-DD");

export const officeSchema = z
  .object({
    title: z.string().min(1).describe("The office as articles name it: \"President\", \"Foreign Minister\"."),
    of: z.string().optional().describe("Country or organisation: \"Ukraine\", \"United Nations\"."),
    from: kbDateSchema.optional(),
    to: kbDateSchema.optional(),
  })
  .strict();

export const personSchema = z
  .object({
    type: z.literal("person"),
    name: z.string().min(1),
    variants: z.array(z.string().min(1)).default([]),
    offices: z.array(officeSchema).default([]),
    country: z.string().optional(),
  })
  .strict();

export const organizationSchema = z
  .object({
    type: z.literal("organization"),
    name: z.string().min(1),
    variants: z.array(z.string().min(1)).default([]),
    acronyms: z.array(z.string().min(1)).default([]),
    kind: z
      .enum(["government", "intergovernmental", "agency", "company", "news", "party", "ngo", "military", "court", "other"])
      .default("other"),
    country: z.string().optional(),
  })
  .strict();

export const countrySchema = z
  .object({
    type: z.literal("country"),
    name: z.string().min(1),
    variants: z.array(z.string().min(1)).default([]),
    demonyms: z.array(z.string().min(1)).default([]),
    capital: z.string().optional(),
    /** Metonyms for the government: "Washington", "the Kremlin", "Beijing". */
    seatsOfGovernment: z.array(z.string().min(1)).default([]),
  })
  .strict();

export const eventSchema = z
  .object({
    type: z.literal("event"),
    name: z.string().min(1),
    variants: z.array(z.string().min(1)).default([]),
    kind: z.enum(["war", "conflict", "pandemic", "disaster", "election", "summit", "crisis", "other"]).default("other"),
    /** Countries or places that tell a vague variant ("the conflict", "the war") apart. */
    context: z.array(z.string().min(1)).default([]),
    start: kbDateSchema.optional(),
    end: kbDateSchema.optional(),
  })
  .strict();

export const entrySchema = z.discriminatedUnion("type", [personSchema, organizationSchema, countrySchema, eventSchema]);

/** One knowledge file: bundled data or a workspace's `.byline/knowledge.json`. */
export const knowledgeFileSchema = z
  .object({
    $schema: z.string().optional(),
    /** The date the facts in this file are true as of. */
    asOf: kbDateSchema.optional(),
    description: z.string().optional(),
    entries: z.array(entrySchema),
  })
  .strict();

export type Office = z.output<typeof officeSchema>;
export type PersonEntry = z.output<typeof personSchema>;
export type OrganizationEntry = z.output<typeof organizationSchema>;
export type CountryEntry = z.output<typeof countrySchema>;
export type EventEntry = z.output<typeof eventSchema>;
export type Entry = z.output<typeof entrySchema>;
export type KnowledgeFile = z.output<typeof knowledgeFileSchema>;
