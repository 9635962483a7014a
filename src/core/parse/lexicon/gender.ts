import { FEMALE_NAMES, MALE_NAMES, MIXED_NAMES } from "./given-names";

/** "m" or "f" for a given name mostly given to men or to women, "u" for one given to both. */
export type NameGender = "m" | "f" | "u";

let table: Map<string, NameGender> | undefined;

/**
 * The gender a given name is mostly given to ("kenneth" m, "maureen" f, "jordan" u), or undefined
 * for a word that is no common given name. Lower case in. The table is built at the first call.
 */
export function givenName(lower: string): NameGender | undefined {
  if (table === undefined) {
    table = new Map();
    for (const [list, g] of [[MALE_NAMES, "m"], [FEMALE_NAMES, "f"], [MIXED_NAMES, "u"]] as const) for (const n of list.split(" ")) table.set(n, g);
  }
  return table.get(lower);
}

/**
 * Common given names that are also the names of cities, states or countries, and so of teams and
 * firms ("Orlando Magic", "Charlotte Hornets", "Georgia Power"): no sign of a person alone.
 */
export const GIVEN_AND_PLACE_NAMES: ReadonlySet<string> = new Set(
  (
    "austin houston dallas denver phoenix orlando charlotte sydney brooklyn madison chelsea georgia virginia carolina " +
    "jackson lincoln camden chester paris london florence savannah dakota cheyenne aurora raleigh tyler cleveland milton " +
    "kingston preston clifton dayton eugene tyrone jordan israel india kenya chad regina victoria adelaide alexandria " +
    "darwin marion trenton boston"
  ).split(" "),
);

/** A common given name that is no place's name too ("kenneth", not "orlando"). */
export function personalName(lower: string): boolean {
  return givenName(lower) !== undefined && !GIVEN_AND_PLACE_NAMES.has(lower);
}
