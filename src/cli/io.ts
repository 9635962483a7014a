import { parseArgs, type ParseArgsConfig } from "node:util";

/** What a CLI command reads and writes through, so tests can drive it without a terminal. */
export interface CliIO {
  readonly out: (s: string) => void;
  readonly err: (s: string) => void;
  readonly cwd: string;
  readonly writeFile?: (file: string, data: string) => Promise<void>;
}

/** Prints `byline: CMD: MESSAGE` and the command's usage to stderr; returns the exit code for a usage error. */
export function usage(io: CliIO, cmd: string, message: string, text: string): number {
  io.err(`byline: ${cmd}: ${message}\n\n${text}`);
  return 2;
}

type Options = NonNullable<ParseArgsConfig["options"]>;
const HELP = { help: { type: "boolean", short: "h" } } as const;
type WithHelp<O extends Options> = { args: string[]; allowPositionals: true; options: O & typeof HELP };

/**
 * A subcommand's arguments, with positionals and `-h`/`--help`. A bad option prints the usage
 * error and `--help` the usage text; then the command returns the number given (2 or 0).
 */
export function commandArgs<O extends Options>(io: CliIO, cmd: string, text: string, args: readonly string[], options: O): ReturnType<typeof parseArgs<WithHelp<O>>> | number {
  let parsed;
  try {
    parsed = parseArgs<WithHelp<O>>({ args: [...args], allowPositionals: true, options: { ...options, ...HELP } });
  } catch (e) {
    return usage(io, cmd, (e as Error).message, text);
  }
  if ((parsed.values as { help?: boolean }).help) {
    io.out(text);
    return 0;
  }
  return parsed;
}
