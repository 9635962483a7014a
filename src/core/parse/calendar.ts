/** Small calendar helpers on ISO dates (proleptic Gregorian, UTC). */

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

const MONTH_DAYS: readonly number[] = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(y: number, m: number): number {
  if (m === 2) return isLeapYear(y) ? 29 : 28;
  return MONTH_DAYS[m - 1] ?? 0;
}

export function isValidDate(y: number, m: number, d: number): boolean {
  return Number.isInteger(y) && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

export function isValidIsoDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  return !!m && isValidDate(Number(m[1]), Number(m[2]), Number(m[3]));
}

export function toIso(y: number, m: number, d: number): string {
  // The usual case spelled out (no padStart): a four-digit year, month and day of at most two digits.
  if (y >= 1000 && y <= 9999 && m >= 0 && m <= 99 && d >= 0 && d <= 99 && Number.isInteger(y) && Number.isInteger(m) && Number.isInteger(d)) {
    return `${y}-${m < 10 ? "0" : ""}${m}-${d < 10 ? "0" : ""}${d}`;
  }
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

/** Days since 1970-01-01 for an ISO date. */
/** The calendar day of `when` where the caller is (its local time zone), as YYYY-MM-DD: `AnalyzeOptions.today`. */
export function localDay(when: Date): string {
  return toIso(when.getFullYear(), when.getMonth() + 1, when.getDate());
}

export function dayNumber(iso: string): number {
  // "YYYY-MM-DD", the usual case, read without splitting; anything else as split on "-".
  if (iso.length === 10 && iso.charCodeAt(4) === 45 && iso.charCodeAt(7) === 45) {
    const y = digitsAt(iso, 0, 4);
    const m = digitsAt(iso, 5, 7);
    const d = digitsAt(iso, 8, 10);
    if (y >= 0 && m >= 0 && d >= 0) return Math.floor(Date.UTC(y, m - 1, d) / 86400000);
  }
  const [y, m, d] = iso.split("-").map(Number);
  return Math.floor(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1) / 86400000);
}

/** The number written by the ASCII digits [from, to) of `s`; -1 when one is not a digit. */
function digitsAt(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

export function fromDayNumber(n: number): string {
  const dt = new Date(n * 86400000);
  return toIso(dt.getUTCFullYear(), dt.getUTCMonth() + 1, dt.getUTCDate());
}

export function addDays(iso: string, days: number): string {
  return fromDayNumber(dayNumber(iso) + days);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(y: number, m: number, d: number): number {
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

export const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"] as const;
export const MONTHS = [
  "January", "February", "March", "April", "May", "June",
  "July", "August", "September", "October", "November", "December",
] as const;

/** "28 Dec 2025" — the compact human form used in messages. */
export function formatDay(iso: string): string {
  const [y, m, d] = iso.split("-").map(Number);
  const mon = MONTHS[(m ?? 1) - 1]?.slice(0, 3) ?? "";
  return `${d} ${mon} ${y}`;
}

/** "in 2022", "in February 2022", "on 24 Feb 2022": an ISO year, month or day as a message says when. */
export function formatWhen(v: string): string {
  const [y, m, d] = v.split("-");
  if (m === undefined) return `in ${y}`;
  if (d === undefined) return `in ${MONTHS[Number(m) - 1] ?? ""} ${y}`;
  return `on ${formatDay(v)}`;
}

/** ISO 8601 week of a date: the week-year and week number (weeks start on Monday). */
export function isoWeek(iso: string): { year: number; week: number } {
  const n = dayNumber(iso);
  const wd = (new Date(n * 86400000).getUTCDay() + 6) % 7; // 0 = Monday
  const thursday = n - wd + 3;
  const ty = new Date(thursday * 86400000).getUTCFullYear();
  const jan1 = dayNumber(toIso(ty, 1, 1));
  return { year: ty, week: Math.floor((thursday - jan1) / 7) + 1 };
}

/** "2025-W09" for the ISO week `offset` weeks from the one containing `iso`. */
export function isoWeekValue(iso: string, offset = 0): string {
  const w = isoWeek(addDays(iso, offset * 7));
  return `${w.year}-W${String(w.week).padStart(2, "0")}`;
}

/** Add whole months to an ISO date, clamping the day to the target month's length. */
export function addMonths(iso: string, months: number): string {
  const [y = 1970, m = 1, d = 1] = iso.split("-").map(Number);
  const total = y * 12 + (m - 1) + months;
  const ny = Math.floor(total / 12);
  const nm = (total % 12) + 1;
  return toIso(ny, nm, Math.min(d, daysInMonth(ny, nm)));
}

/** Last day of the period an ISO prefix names: "2025" → 2025-12-31, "2025-02" → 2025-02-28. */
export function periodEnd(v: string): string {
  if (/^\d{4}$/.test(v)) return `${v}-12-31`;
  const m = /^(\d{4})-(\d{2})$/.exec(v);
  if (m) return toIso(Number(m[1]), Number(m[2]), daysInMonth(Number(m[1]), Number(m[2])));
  return v;
}

/** First day of the period an ISO prefix names. */
export function periodStart(v: string): string {
  if (/^\d{4}$/.test(v)) return `${v}-01-01`;
  if (/^\d{4}-\d{2}$/.test(v)) return `${v}-01`;
  return v;
}

export const ORDINAL_WORDS = [
  "zeroth", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
  "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth",
] as const;
const TENS_ORD: Record<string, number> = { twentieth: 20, thirtieth: 30, fortieth: 40, fiftieth: 50, sixtieth: 60, seventieth: 70, eightieth: 80, ninetieth: 90, hundredth: 100 };
const TENS_CARD: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };

/** "fourth" → 4, "21st" → 21, "twenty-fifth" → 25; undefined when not an ordinal. */
export function parseOrdinal(s: string): number | undefined {
  const t = s.toLowerCase();
  const d = /^(\d+)(?:st|nd|rd|th)$/.exec(t);
  if (d) return Number(d[1]);
  const i = (ORDINAL_WORDS as readonly string[]).indexOf(t);
  if (i >= 0) return i;
  if (TENS_ORD[t] !== undefined) return TENS_ORD[t];
  const c = /^(\w+)[- ](\w+)$/.exec(t);
  if (c && TENS_CARD[c[1]!] !== undefined) {
    const u = (ORDINAL_WORDS as readonly string[]).indexOf(c[2]!);
    if (u > 0 && u < 10) return TENS_CARD[c[1]!]! + u;
  }
  return undefined;
}

/** 4 → "4th", or "fourth" when `words` (the style of the text being replaced). */
export function formatOrdinal(n: number, words: boolean): string {
  if (words && n < 20) return ORDINAL_WORDS[n] ?? `${n}th`;
  if (words && n < 100) {
    const tens = Object.entries(TENS_CARD).find(([, v]) => v === n - (n % 10))?.[0];
    const tensOrd = Object.entries(TENS_ORD).find(([, v]) => v === n)?.[0];
    if (n % 10 === 0 && tensOrd) return tensOrd;
    if (tens) return `${tens}-${ORDINAL_WORDS[n % 10]}`;
  }
  const s = n % 100 >= 11 && n % 100 <= 13 ? "th" : n % 10 === 1 ? "st" : n % 10 === 2 ? "nd" : n % 10 === 3 ? "rd" : "th";
  return `${n}${s}`;
}

const SMALL: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, a: 1, an: 1, dozen: 12, "a dozen": 12, "a couple of": 2, "a couple": 2, couple: 2, half: 0.5, hundred: 100,
};

/** "three" → 3, "twenty-five" → 25, "1,200" → 1200, "2.5" → 2.5; undefined otherwise. */
export function parseCardinal(s: string): number | undefined {
  const t = s.toLowerCase().replace(/\s+/g, " ").trim();
  if (/^\d[\d,]*(?:\.\d+)?$/.test(t)) return Number(t.replace(/,/g, ""));
  if (SMALL[t] !== undefined) return SMALL[t];
  if (TENS_CARD[t] !== undefined) return TENS_CARD[t];
  const c = /^(\w+)[- ](\w+)$/.exec(t);
  if (c && TENS_CARD[c[1]!] !== undefined && SMALL[c[2]!] !== undefined && SMALL[c[2]!]! < 10) return TENS_CARD[c[1]!]! + SMALL[c[2]!]!;
  // "two hundred", "a hundred and fifty", "three hundred and twenty-five".
  const h = /^(?:(\w+)[- ])?hundred(?: and (\S+(?: \S+)?))?$/.exec(t);
  if (h) {
    const times = h[1] === undefined || h[1] === "a" || h[1] === "one" ? 1 : SMALL[h[1]];
    const rest = h[2] === undefined ? 0 : parseCardinal(h[2]);
    if (times !== undefined && times >= 1 && times < 10 && rest !== undefined && rest < 100) return times * 100 + rest;
  }
  return undefined;
}
