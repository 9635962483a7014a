// JSON text with positions: the files people edit by hand (`.byline/knowledge.json`, annotations
// files, imported Web Annotation collections) are parsed here, so that a syntax error or a schema
// problem can be reported at the line, column and field it concerns. Pure: no file system.
// jsonc-parser is imported by its ESM path, which esbuild bundles into both the CLI and the extension.
import { findNodeAtLocation, getNodeValue, parseTree, printParseErrorCode, type Node, type ParseError } from "jsonc-parser/lib/esm/main.js";
import { LineIndex } from "./model/span";

export type JsonPath = readonly (string | number)[];

/** A place in the text: 1-based line and column, as editors and compilers print them; UTF-16 offset and length. */
export interface JsonPlace {
  readonly line: number;
  /** A byte-order mark at the start of the text is not counted (editors hide it). */
  readonly column: number;
  readonly offset: number;
  readonly length: number;
}

/** Where the node of a path is; `exact` is false when the path does not exist and the place is its nearest existing ancestor. */
export interface JsonLocation extends JsonPlace {
  readonly exact: boolean;
}

export interface JsonSyntaxProblem extends JsonPlace {
  /** What is wrong, in a few plain words ("expected ':'"); callers add their own prefix. */
  readonly message: string;
}

export interface ParsedJson {
  /** The syntax tree; absent exactly when the text is not JSON (then `syntax` says why). */
  readonly root?: Node;
  /** The parsed value (objects have no prototype); undefined when the text is not JSON. */
  readonly value: unknown;
  /** One problem per place, in text order; empty when the text is JSON. */
  readonly syntax: readonly JsonSyntaxProblem[];
  /** The line and column of a span of the text. */
  place(offset: number, length: number): JsonPlace;
  /**
   * The node at `path`, or at the longest prefix of it that exists (a missing field points at its
   * object). With `key`, a property's value gives way to the property's name (for unknown fields).
   */
  locate(path: JsonPath, options?: { readonly key?: boolean }): JsonLocation;
}

/** Parses strict JSON (no comments, no trailing commas), after an optional byte-order mark. Never throws. */
export function parseJson(text: string): ParsedJson {
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const body = bom ? " " + text.slice(1) : text; // keeps offsets those of `text`
  const lines = new LineIndex(text);
  const place = (offset: number, length: number): JsonPlace => {
    const p = lines.positionAt(offset);
    return { line: p.line + 1, column: p.character + 1 - (p.line === 0 ? Math.min(bom, p.character) : 0), offset, length };
  };
  const errors: ParseError[] = [];
  const tree = parseTree(body, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  // One message per place: a stray comma yields both "property name expected" and "value expected".
  const syntax = errors
    .filter((e, i) => errors.findIndex((x) => x.offset === e.offset) === i)
    .map((e) => ({ ...place(e.offset, e.length), message: syntaxMessage(e) }));
  if (!tree && syntax.length === 0) syntax.push({ ...place(0, 0), message: "expected a value" });
  const root = syntax.length === 0 ? tree : undefined;
  const locate = (path: JsonPath, options?: { readonly key?: boolean }): JsonLocation => {
    if (!root) return { ...place(0, 0), exact: false };
    const { node, exact } = nearestNode(root, path);
    const shown = options?.key && exact && node.parent?.type === "property" ? (node.parent.children?.[0] ?? node) : node;
    return { ...place(shown.offset, shown.length), exact };
  };
  return { ...(root ? { root } : {}), value: root ? getNodeValue(root) : undefined, syntax, place, locate };
}

/** The node at `path`, or at the longest prefix of it that exists; `exact` when it is the path's own. */
export function nearestNode(root: Node, path: JsonPath): { readonly node: Node; readonly exact: boolean } {
  for (let n = path.length; n >= 0; n--) {
    const node = findNodeAtLocation(root, path.slice(0, n));
    if (node) return { node, exact: n === path.length };
  }
  return { node: root, exact: path.length === 0 };
}

/** `annotations[2].target.quote.exact`; "" for the root. */
export function formatPath(path: JsonPath): string {
  let s = "";
  for (const p of path) s += typeof p === "number" ? `[${p}]` : s ? `.${p}` : p;
  return s;
}

const SYNTAX_MESSAGES: Readonly<Record<string, string>> = {
  InvalidSymbol: "unexpected character",
  InvalidNumberFormat: "malformed number",
  PropertyNameExpected: "expected a property name in double quotes",
  ValueExpected: "expected a value",
  ColonExpected: "expected ':'",
  CommaExpected: "expected ',' (or a closing bracket)",
  CloseBraceExpected: "expected '}'",
  CloseBracketExpected: "expected ']'",
  EndOfFileExpected: "unexpected text after the end of the JSON value",
  InvalidCommentToken: "comments are not allowed in JSON",
  UnexpectedEndOfComment: "unterminated comment",
  UnexpectedEndOfString: "unterminated string",
  UnexpectedEndOfNumber: "unexpected end of number",
  InvalidUnicode: "invalid \\u escape",
  InvalidEscapeCharacter: "invalid escape character",
  InvalidCharacter: "invalid character in string (control characters must be escaped)",
};

/** A jsonc-parser error in plain words (its code name when the table lacks it). */
export function syntaxMessage(e: ParseError): string {
  const code = printParseErrorCode(e.error);
  return SYNTAX_MESSAGES[code] ?? code;
}
