/** Word lists for figures: number words, scales, currencies and units. */

export const SMALL_NUMBERS: Readonly<Record<string, number>> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70,
  eighty: 80, ninety: 90,
};

export const SCALES: Readonly<Record<string, number>> = {
  hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, dozen: 12,
  // South Asian numbering: a lakh is a hundred thousand, a crore ten million.
  lakh: 1e5, lakhs: 1e5, crore: 1e7, crores: 1e7,
};

/** Fraction words as denominators ("two-thirds", "a quarter"). */
export const FRACTIONS: Readonly<Record<string, number>> = {
  half: 2, halves: 2, third: 3, thirds: 3, quarter: 4, quarters: 4, fifth: 5, fifths: 5,
  sixth: 6, sixths: 6, seventh: 7, sevenths: 7, eighth: 8, eighths: 8, ninth: 9, ninths: 9,
  tenth: 10, tenths: 10,
};

/** Abbreviated scales glued to digits: "$3.5bn", "€200m", "40k". */
export const SCALE_SUFFIX: Readonly<Record<string, number>> = {
  bn: 1e9, b: 1e9, m: 1e6, mn: 1e6, mln: 1e6, k: 1e3, tn: 1e12, trn: 1e12,
};

export const CURRENCY_SYMBOLS: Readonly<Record<string, string>> = {
  $: "USD", "US$": "USD", "A$": "AUD", "AU$": "AUD", "C$": "CAD", "CA$": "CAD", "NZ$": "NZD", "HK$": "HKD", "R$": "BRL",
  "S$": "SGD", "SG$": "SGD", "NT$": "TWD", "MX$": "MXN",
  "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR", "₩": "KRW", "₦": "NGN", "₽": "RUB", "₺": "TRY",
  Rs: "INR", "Rs.": "INR", R: "ZAR", N: "NGN", Sh: "KES", KSh: "KES", Ksh: "KES", Kshs: "KES", USh: "UGX", TSh: "TZS", RM: "MYR", Rp: "IDR",
};

/** Currency names after a number ("4.2 billion cedis", "2,800 CFA francs"). Multi-word first. */
export const CURRENCY_WORDS: Readonly<Record<string, string>> = {
  "cfa francs": "XOF", "cfa franc": "XOF", "swiss francs": "CHF", "us dollars": "USD", "u.s. dollars": "USD",
  dollars: "USD", dollar: "USD", euros: "EUR", euro: "EUR", pounds: "GBP", "pounds sterling": "GBP",
  sterling: "GBP", yen: "JPY", yuan: "CNY", renminbi: "CNY", won: "KRW", rupees: "INR", rupee: "INR",
  cedis: "GHS", cedi: "GHS", francs: "CHF", franc: "CHF", naira: "NGN", rand: "ZAR", pesos: "MXN",
  peso: "MXN", reais: "BRL", real: "BRL", rubles: "RUB", roubles: "RUB", ruble: "RUB", rouble: "RUB",
  dirhams: "AED", dirham: "AED", shillings: "KES", shilling: "KES", lira: "TRY", lire: "TRY",
  ringgit: "MYR", baht: "THB", dong: "VND", zloty: "PLN", zlotys: "PLN", hryvnias: "UAH", hryvnia: "UAH",
  kroner: "DKK", kronor: "SEK", krona: "SEK", krone: "NOK", riyals: "SAR", riyal: "SAR", rupiah: "IDR",
  usd: "USD", eur: "EUR", gbp: "GBP", jpy: "JPY", cny: "CNY",
};

/** Time units: a number with one of these is a duration. */
export const TIME_UNITS = new Set(
  "year years yr yrs month months week weeks day days hour hours hr hrs minute minutes min mins second seconds decade decades century centuries fortnight fortnights night nights".split(" "),
);

/** Measurement units after a number ("15 km", "1.2 million barrels", "40 C"). Multi-word first. */
export const MEASURE_UNITS: readonly string[] = [
  "percentage points", "percentage point", "basis points", "basis point",
  "terawatt hours", "terawatt-hours", "gigawatt hours", "gigawatt-hours", "megawatt hours", "megawatt-hours",
  "kilowatt hours", "kilowatt-hours", "square kilometres", "square kilometers", "square miles", "square metres",
  "square meters", "square feet", "cubic metres", "cubic meters", "degrees celsius", "degrees fahrenheit",
  "km/h", "mph", "kph", "km", "kilometres", "kilometers", "kilometre", "kilometer", "miles", "mile", "metres", "meters",
  "metre", "meter", "cm", "mm", "m", "ft", "feet", "foot", "inches", "inch", "kg", "kilograms", "kilogram", "kilos",
  "grams", "gram", "g", "tonnes", "tonne", "tons", "ton", "t", "lb", "lbs", "litres", "liters", "litre", "liter",
  "gallons", "gallon", "barrels", "barrel", "bpd", "hectares", "hectare", "ha", "acres", "acre",
  "megawatts", "megawatt", "mw", "gigawatts", "gigawatt", "gw", "kilowatts", "kilowatt", "kw", "twh", "gwh", "mwh",
  "kwh", "watts", "volts", "degrees", "degree", "°c", "°f", "c", "f",
  // Devices: storage, memory, batteries, screens, chips, links.
  "terabytes", "gigabytes", "megabytes", "kilobytes", "tb", "gb", "mb", "kb", "mah", "ghz", "mhz", "khz", "hz",
  "gbps", "mbps", "kbps", "megapixels", "nm", "w",
];

export const PERCENT_UNITS = new Set(["percent", "per cent", "pc", "%", "percentage points", "percentage point"]);

export const MONTHS = new Set(
  "january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec".split(" "),
);

export const WEEKDAYS = new Set(
  "monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun".split(" "),
);

/** Words before a number that make it a name or label ("No. 10", "number 4"). */
export const LABEL_WORDS = new Set([
  "no", "no.", "nos", "number", "#", "nr", "vol", "vol.", "ch", "ch.", "p", "p.", "pp", "pp.",
  "resolution", "article", "section", "chapter", "clause", "paragraph", "page", "line", "route", "flight",
  "room", "platform", "gate", "terminal", "channel", "item", "phase", "stage", "level", "grade", "category",
  "version", "season", "episode", "volume", "exhibit", "amendment", "highway", "interstate", "bus", "tier",
  "reference", "ref", "ref.", "crime",
]);

/** Quantifiers that make a following scale word vague ("several hundred thousand"). */
export const VAGUE_BEFORE = new Set(["several", "few", "many", "some", "tens", "hundreds", "thousands", "millions", "couple"]);

/** Ordinal words: never figures themselves, and they make a following "half"/"quarter" a period ("second half"). */
export const ORDINALS = new Set(
  "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth last final next previous".split(" "),
);
