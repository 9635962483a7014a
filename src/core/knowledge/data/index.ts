// The bundled data set: JSON files bundled by esbuild, validated by `knowledgeFileSchema` at load
// and in the unit tests (test/unit/knowledge/data.test.ts). Each file says what date its facts are as of.
import countries from "./countries.json";
import leaders from "./leaders.json";
import international from "./international.json";
import centralBanks from "./central-banks.json";
import organizations from "./organizations.json";
import news from "./news.json";
import companies from "./companies.json";
import events from "./events.json";

/** Named so tests and messages can say which file a problem is in. */
export const bundledData: Readonly<Record<string, unknown>> = {
  "countries.json": countries,
  "leaders.json": leaders,
  "international.json": international,
  "central-banks.json": centralBanks,
  "organizations.json": organizations,
  "news.json": news,
  "companies.json": companies,
  "events.json": events,
};

export const bundledFiles: readonly unknown[] = Object.values(bundledData);
