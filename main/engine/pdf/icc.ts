/**
 * A minimal ICC v2 sRGB display profile (matrix/TRC), built in code for the PDF/A output intent.
 * No npm package ships an sRGB profile under a licence we could check (and the colour managers'
 * own profiles come with Ghostscript's AGPL), while the profile itself is a few published
 * numbers: IEC 61966-2-1 primaries adapted to the D50 connection space (Bradford), the sRGB
 * tone curve as a 1024-entry table — the same shape as the classic "sRGB IEC61966-2.1" profile.
 */

/** The profile's description, also the output condition named in the PDF. */
export const SRGB_DESCRIPTION = 'sRGB IEC61966-2.1';

/** sRGB primaries in the D50 PCS (ICC.1 Annex; as in the classic sRGB IEC61966-2.1 profile). */
const RED = [0.4361, 0.2225, 0.0139] as const;
const GREEN = [0.3851, 0.7169, 0.0971] as const;
const BLUE = [0.1431, 0.0606, 0.7141] as const;
/** The display's white (D65), as v2 display profiles record it. */
const MEDIA_WHITE = [0.9505, 1.0, 1.089] as const;
const PCS_ILLUMINANT = [0.9642, 1.0, 0.8249] as const; // D50, required by ICC.1
const TRC_POINTS = 1024;

class Writer {
  private bytes: number[] = [];
  get length(): number {
    return this.bytes.length;
  }
  u8(v: number): this {
    this.bytes.push(v & 0xff);
    return this;
  }
  u16(v: number): this {
    return this.u8(v >>> 8).u8(v);
  }
  u32(v: number): this {
    return this.u16(v >>> 16).u16(v & 0xffff);
  }
  sig(s: string): this {
    for (let i = 0; i < 4; i++) this.u8(s.charCodeAt(i) || 0x20);
    return this;
  }
  s15f16(v: number): this {
    return this.u32(Math.round(v * 65536) >>> 0);
  }
  ascii(s: string): this {
    for (const ch of s) this.u8(ch.charCodeAt(0));
    return this.u8(0);
  }
  zeros(n: number): this {
    for (let i = 0; i < n; i++) this.u8(0);
    return this;
  }
  align4(): this {
    while (this.bytes.length % 4 !== 0) this.u8(0);
    return this;
  }
  setU32(at: number, v: number): void {
    this.bytes[at] = (v >>> 24) & 0xff;
    this.bytes[at + 1] = (v >>> 16) & 0xff;
    this.bytes[at + 2] = (v >>> 8) & 0xff;
    this.bytes[at + 3] = v & 0xff;
  }
  toBytes(): Uint8Array {
    return Uint8Array.from(this.bytes);
  }
}

function xyzTag(xyz: readonly number[]): Writer {
  const w = new Writer().sig('XYZ ').u32(0);
  for (const v of xyz) w.s15f16(v);
  return w;
}

function descTag(text: string): Writer {
  // textDescriptionType (v2): ASCII, then an empty Unicode and an empty ScriptCode part.
  return new Writer()
    .sig('desc')
    .u32(0)
    .u32(text.length + 1)
    .ascii(text)
    .u32(0)
    .u32(0)
    .u16(0)
    .u8(0)
    .zeros(67);
}

function trcTag(): Writer {
  const w = new Writer().sig('curv').u32(0).u32(TRC_POINTS);
  for (let i = 0; i < TRC_POINTS; i++) {
    const x = i / (TRC_POINTS - 1);
    const y = x <= 0.04045 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4;
    w.u16(Math.round(y * 65535));
  }
  return w;
}

let cached: Uint8Array | undefined;

/** The profile's bytes (built once; the same bytes every time). */
export function srgbIccProfile(): Uint8Array {
  if (cached) return cached;
  const trc = trcTag();
  // Tags in order; the three tone curves share one table (allowed, and what sRGB profiles do).
  const data: [string, Writer][] = [
    ['desc', descTag(SRGB_DESCRIPTION)],
    ['cprt', new Writer().sig('text').u32(0).ascii('No copyright, use freely')],
    ['wtpt', xyzTag(MEDIA_WHITE)],
    ['rXYZ', xyzTag(RED)],
    ['gXYZ', xyzTag(GREEN)],
    ['bXYZ', xyzTag(BLUE)],
    ['rTRC', trc],
    ['gTRC', trc],
    ['bTRC', trc],
  ];
  const out = new Writer();
  // Header (ICC.1:2001-04 §6.1): size patched below.
  out
    .u32(0)
    .u32(0) // preferred CMM: none
    .u32(0x02100000) // version 2.1.0
    .sig('mntr')
    .sig('RGB ')
    .sig('XYZ ')
    .u16(2026)
    .u16(1)
    .u16(1)
    .u16(0)
    .u16(0)
    .u16(0) // creation date: fixed, so every file gets the same profile
    .sig('acsp')
    .u32(0) // primary platform: none
    .u32(0) // flags: not embedded-only, independent
    .u32(0) // device manufacturer
    .u32(0) // device model
    .zeros(8) // attributes: reflective, glossy
    .u32(0); // rendering intent: perceptual
  for (const v of PCS_ILLUMINANT) out.s15f16(v);
  out.u32(0); // creator
  out.zeros(128 - out.length);
  out.u32(data.length);
  const tableAt = out.length;
  out.zeros(12 * data.length);
  const offsets = new Map<Writer, number>();
  data.forEach(([sig, tag], i) => {
    let at = offsets.get(tag);
    if (at === undefined) {
      out.align4();
      at = out.length;
      offsets.set(tag, at);
      for (const b of tag.toBytes()) out.u8(b);
    }
    const entry = tableAt + 12 * i;
    out.setU32(entry, sigValue(sig));
    out.setU32(entry + 4, at);
    out.setU32(entry + 8, tag.length);
  });
  out.align4();
  out.setU32(0, out.length);
  cached = out.toBytes();
  return cached;
}

function sigValue(sig: string): number {
  return (
    ((sig.charCodeAt(0) << 24) |
      (sig.charCodeAt(1) << 16) |
      (sig.charCodeAt(2) << 8) |
      sig.charCodeAt(3)) >>>
    0
  );
}
