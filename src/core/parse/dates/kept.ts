import { diffOf, inMemoSession } from "../../memo";

/** The items of the last text per kind, in an incremental session. */
const KEPT = new Map<string, { readonly text: string; readonly from: number; readonly items: readonly { readonly index: number }[] }>();

/**
 * The items (regex matches, in text order) `find(from, text.length + 1)` gives, for a search none
 * of whose matches holds a wall character (`isWall`) and whose attempts read no further than one
 * (so the matches before a wall depend only on the text up to it, those after it only on the text
 * from it): `find(lo, hi)` gives those starting in [lo, hi), for `lo` = `from` or just after a
 * wall and `hi` a wall or past the end. In an incremental session, the previous text's items
 * before the last wall before the edit are kept, those after the first wall after it moved
 * (`moved`), and only the text between is searched. Items kept are never mutated, and hold no
 * string that keeps their run's text alive (`detached()`).
 */
export function keptByWalls<T extends { readonly index: number }>(
  kind: string,
  text: string,
  from: number,
  isWall: (c: number) => boolean,
  find: (lo: number, hi: number) => T[],
  moved: (item: T, shift: number) => T,
): readonly T[] {
  if (!inMemoSession()) return find(from, text.length + 1);
  const last = KEPT.get(kind);
  const prev = last && last.from === from ? (last as unknown as { readonly text: string; readonly items: readonly T[] }) : undefined;
  let a = -1;
  let b = -1;
  let shift = 0;
  if (prev) {
    const diff = diffOf(prev.text, text);
    shift = text.length - prev.text.length;
    for (let i = Math.min(diff.same, text.length) - 1; i >= from; i--) {
      if (isWall(text.charCodeAt(i))) {
        a = i;
        break;
      }
    }
    for (let i = diff.sameEnd; i < text.length; i++) {
      if (isWall(text.charCodeAt(i))) {
        b = i;
        break;
      }
    }
    if (b >= 0 && b - shift < from) b = -1;
  }
  const out: T[] = [];
  let k = 0;
  if (prev && a >= 0) for (; k < prev.items.length && prev.items[k]!.index < a; k++) out.push(prev.items[k]!);
  for (const item of find(a >= 0 ? a + 1 : from, b >= 0 ? b : text.length + 1)) out.push(item);
  if (prev && b >= 0) {
    const old = b - shift;
    while (k < prev.items.length && prev.items[k]!.index <= old) k++;
    for (; k < prev.items.length; k++) out.push(shift === 0 ? prev.items[k]! : moved(prev.items[k]!, shift));
  }
  KEPT.set(kind, { text, from, items: out });
  return out;
}
