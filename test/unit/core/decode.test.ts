import { strict as assert } from "node:assert";
import { decodeArticleBytes } from "../../../src/core/decode";

describe("decodeArticleBytes", () => {
  it("reads UTF-8 (a BOM kept), UTF-16 with a BOM in either byte order, and refuses binary data anywhere in the file", () => {
    assert.deepEqual(decodeArticleBytes(new TextEncoder().encode("\ufeffCafé “x”")), { ok: true, text: "\ufeffCafé “x”" });
    const le = Uint8Array.from([0xff, 0xfe, 0x43, 0, 0xe9, 0]);
    assert.deepEqual(decodeArticleBytes(le), { ok: true, text: "\ufeffCé" });
    const be = Uint8Array.from([0xfe, 0xff, 0, 0x43, 0, 0xe9, 0]);
    assert.deepEqual(decodeArticleBytes(be), { ok: true, text: "\ufeffCé" }, "an odd last byte is dropped");
    const late = new Uint8Array(20000).fill(0x61);
    late[16384] = 0;
    const r = decodeArticleBytes(late);
    assert.equal(r.ok, false);
    assert.match(!r.ok ? r.message : "", /binary/);
  });
});
