/** An article's bytes as text, or why they are none. Pure: the CLI and the editor read the bytes. */
export type DecodedArticle = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly message: string };

/**
 * UTF-8 text, a BOM kept as U+FEFF so offsets match what editors show; UTF-16 with a BOM (either
 * byte order) decoded as such; binary data (any NUL byte) refused with the reason.
 */
export function decodeArticleBytes(bytes: Uint8Array): DecodedArticle {
  const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe ? "utf-16le" : bytes[0] === 0xfe && bytes[1] === 0xff ? "utf-16be" : undefined;
  // (An odd last byte is dropped.)
  if (utf16) return { ok: true, text: "\ufeff" + new TextDecoder(utf16).decode(bytes.subarray(2, bytes.length - ((bytes.length - 2) % 2))) };
  // (The whole file is searched: a byte search costs little, and a NUL after the first pages is
  // binary data all the same.)
  if (bytes.includes(0)) return { ok: false, message: "looks like a binary file (it contains NUL bytes); not analysed" };
  return { ok: true, text: new TextDecoder("utf-8", { fatal: false, ignoreBOM: true }).decode(bytes) };
}
