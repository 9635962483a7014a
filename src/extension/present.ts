// Pure formatting helpers for hovers, tree items and the status bar. No `vscode` here, so they are
// unit-tested in plain Node (test/unit/extension/present.test.ts).
import type { Claim } from "../core/model/claim";
import type { DocumentDate } from "../core/model/date";
import { dayNumber, daysInMonth, formatDay, isValidIsoDate } from "../core/parse/calendar";

/** "24 Feb 2025 – 23 Feb 2026", or one day when the window is a single day. */
export function formatWindow(d: Pick<DocumentDate, "from" | "to">): string {
  return d.from === d.to ? formatDay(d.from) : `${formatDay(d.from)} – ${formatDay(d.to)}`;
}

/** The inclusive ISO day range a TIMEX3 date value covers, when it names a calendar period. */
export function timexRange(value: string): { from: string; to: string } | undefined {
  let m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (m) {
    const iso = `${m[1]}-${m[2]}-${m[3]}`;
    return isValidIsoDate(iso) ? { from: iso, to: iso } : undefined;
  }
  m = /^(\d{4})-(\d{2})$/.exec(value);
  if (m) {
    const y = Number(m[1]);
    const mo = Number(m[2]);
    if (mo < 1 || mo > 12) return undefined;
    return { from: `${m[1]}-${m[2]}-01`, to: `${m[1]}-${m[2]}-${String(daysInMonth(y, mo)).padStart(2, "0")}` };
  }
  m = /^(\d{4})-Q([1-4])$/.exec(value);
  if (m) {
    const q = Number(m[2]);
    const first = (q - 1) * 3 + 1;
    const last = first + 2;
    const y = Number(m[1]);
    return {
      from: `${m[1]}-${String(first).padStart(2, "0")}-01`,
      to: `${m[1]}-${String(last).padStart(2, "0")}-${String(daysInMonth(y, last)).padStart(2, "0")}`,
    };
  }
  m = /^(\d{4})$/.exec(value);
  if (m) return { from: `${m[1]}-01-01`, to: `${m[1]}-12-31` };
  return undefined;
}

export type Relation = "past" | "present" | "future";

/** Where a date value lies against the document date window, when both are calendar dates. */
export function relationTo(value: string, doc: Pick<DocumentDate, "from" | "to"> | null): Relation | undefined {
  const r = timexRange(value);
  if (!r || !doc) return undefined;
  if (r.to < doc.from) return "past";
  if (r.from > doc.to) return "future";
  return "present";
}

/** "3 days", "about 5 weeks", "about 11 months", "about 2 years". */
export function formatDays(days: number): string {
  if (days < 14) return `${days} day${days === 1 ? "" : "s"}`;
  if (days < 60) return `about ${Math.round(days / 7)} weeks`;
  if (days < 548) return `about ${Math.round(days / 30.44)} months`;
  const years = Math.round(days / 365.25);
  return `about ${years} year${years === 1 ? "" : "s"}`;
}

/** "about 2 years before the document date", "within the document date window", … */
export function describeAgainstDocument(value: string, doc: Pick<DocumentDate, "from" | "to"> | null): string | undefined {
  const r = timexRange(value);
  if (!r || !doc) return undefined;
  if (r.to < doc.from) return `${formatDays(dayNumber(doc.from) - dayNumber(r.to))} before the document date`;
  if (r.from > doc.to) return `${formatDays(dayNumber(r.from) - dayNumber(doc.to))} after the document date`;
  return "within the document date window";
}

/** A human reading of a TIMEX3 value: "January 2026", "28 Dec 2025", "15 years", "the present". */
export function describeTimex(value: string): string {
  // A clock time after the day: "28 Dec 2025, 17:00".
  const t = /^(.+)T(\d{2}:\d{2})$/.exec(value);
  if (t) return `${describeTimex(t[1]!)}, ${t[2]}`;
  if (/^\d{4}-\d{2}-\d{2}$/.test(value) && isValidIsoDate(value)) return formatDay(value);
  let m = /^(\d{4})-(\d{2})$/.exec(value);
  if (m) return `${MONTH_NAMES[Number(m[2]) - 1] ?? m[2]} ${m[1]}`;
  m = /^(\d{4}|XXXX)-([QH])([1-4X])$/.exec(value);
  if (m) {
    const part = m[3] === "X" ? (m[2] === "Q" ? "a quarter" : "a half-year") : m[2] === "Q" ? `Q${m[3]}` : `${m[3] === "1" ? "first" : "second"} half`;
    return m[1] === "XXXX" ? `${part}, year unknown` : m[2] === "Q" ? `${part} ${m[1]}` : `${part} of ${m[1]}`;
  }
  // A decade ("201": the 2010s) or a century ("19": the 1900s).
  m = /^(\d{2,3})$/.exec(value);
  if (m) return `the ${m[1]!.padEnd(4, "0")}s`;
  m = /^PT?(\d+(?:\.\d+)?|X)(Y|M|W|D|H|DE|CE|Q|WE|S)$/.exec(value);
  if (m) {
    const clock = value.startsWith("PT");
    const unit = clock
      ? { H: "hour", M: "minute", S: "second" }[m[2] as "H" | "M" | "S"]
      : { Y: "year", M: "month", W: "week", D: "day", H: "hour", DE: "decade", CE: "century", Q: "quarter", WE: "weekend", S: "second" }[m[2]!];
    if (unit) {
      const plural = unit === "century" ? "centuries" : `${unit}s`;
      return m[1] === "X" ? `some ${plural}` : `${m[1]} ${m[1] === "1" ? unit : plural}`;
    }
  }
  // Year unknown (an undated article): say what is known.
  m = /^XXXX-(\d{2})-(\d{2})$/.exec(value);
  if (m) return `${Number(m[2])} ${MONTH_NAMES[Number(m[1]) - 1] ?? m[1]}, year unknown`;
  m = /^XXXX-(\d{2})$/.exec(value);
  if (m) return `${MONTH_NAMES[Number(m[1]) - 1] ?? m[1]}, year unknown`;
  m = /^(\d{4}|XXXX)-(SP|SU|FA|WI)$/.exec(value);
  if (m) {
    const season = { SP: "spring", SU: "summer", FA: "autumn", WI: "winter" }[m[2] as "SP" | "SU" | "FA" | "WI"];
    return m[1] === "XXXX" ? `${season}, year unknown` : `${season} ${m[1]}`;
  }
  m = /^(\d{4})-W(\d{2})$/.exec(value);
  if (m) return `week ${Number(m[2])} of ${m[1]}`;
  m = /^XXXX-WXX-([1-7])$/.exec(value);
  if (m) return `a ${WEEKDAY_NAMES[Number(m[1]) - 1]}, date unknown`;
  if (/^XXXX(-[WX]XX|-XX)?(-XX)?$/.test(value)) return "date unknown";
  if (value === "PRESENT_REF") return "the present";
  if (value === "PAST_REF") return "the past";
  if (value === "FUTURE_REF") return "the future";
  return value;
}

/** ISO weekdays 1–7. */
const WEEKDAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

const MONTH_NAMES = [
  "January", "February", "March", "April", "May", "June",
  "July", "August", "September", "October", "November", "December",
];

/** Shortens a sentence or quote to `max` characters at a word boundary, with an ellipsis. */
export function excerpt(text: string, max = 60): string {
  const t = text.replace(/\s+/g, " ").trim();
  if (t.length <= max) return t;
  const cut = t.lastIndexOf(" ", max - 1);
  return `${t.slice(0, cut > max / 2 ? cut : max - 1)}…`;
}

/**
 * A claim as a line of the Actors view or an actor's hover card: a quotation in its marks, a
 * reported claim after its reporting verb when it has one ("expressed his desire for …", "told
 * delegates that …"); the cues that are no verb ("according to", "Data from") stand beside it.
 */
export function claimLine(c: Pick<Claim, "cue" | "text" | "direct">, max = 60): string {
  if (c.direct) {
    // Without the punctuation the quotation ends on (by hand: a regex anchored at the end is quadratic on a long run).
    let end = c.text.length;
    while (end > 0 && " \t\n\r,;:".includes(c.text[end - 1]!)) end--;
    return `“${excerpt(c.text.slice(0, end), max - 2)}”`;
  }
  return VERB_CUE.test(c.cue) ? excerpt(`${c.cue} ${c.text}`, max) : excerpt(c.text, max);
}

/** A reporting verb as a claim's cue: one word in small letters ("said", "warned"; not "according to"). */
const VERB_CUE = /^\p{Ll}+$/u;

/** Sort key for TIMEX3 values: calendar values by their first day, others after them. */
export function timexSortKey(value: string): string {
  const r = timexRange(value);
  return r ? `0${r.from}${r.to}` : `1${value}`;
}
