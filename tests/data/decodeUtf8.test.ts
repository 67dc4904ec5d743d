// @vitest-environment node
/**
 * Strict decoding of data files: a byte that is not UTF-8 is an error at its offset (never a "�" in
 * published text), and a byte-order mark is read the same in the CLI as in the browser.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeUtf8 } from '../../src/data/decodeUtf8.ts';

const bytes = (...values: number[]) => new Uint8Array(values);

describe('decodeUtf8', () => {
  it('decodes UTF-8, Chinese included, and drops a leading byte-order mark', () => {
    expect(decodeUtf8(new TextEncoder().encode('{"name":"臺灣"}'))).toEqual({ ok: true, text: '{"name":"臺灣"}' });
    expect(decodeUtf8(bytes(0xef, 0xbb, 0xbf, 0x7b, 0x7d))).toEqual({ ok: true, text: '{}' });
  });

  it.each([
    ['a Latin-1 "ä" in "United St_tes"', [...new TextEncoder().encode('United St'), 0xe4, ...new TextEncoder().encode('tes')], 9],
    ['a lone continuation byte', [0x41, 0x80, 0x41], 1],
    ['an overlong encoding of "/"', [0x41, 0x42, 0xc0, 0xaf], 2],
    ['a truncated three-byte character at the end', [0x41, 0xe8, 0x87], 1],
  ])('rejects %s at its byte offset', (_name, values, offset) => {
    expect(decodeUtf8(bytes(...values))).toEqual({ ok: false, offset });
  });

  it('the offset is always the first byte a strict decoder refuses (any bytes)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 40 }), (data) => {
        const result = decodeUtf8(data);
        const strict = (part: Uint8Array) => {
          try {
            new TextDecoder('utf-8', { fatal: true }).decode(part);
            return true;
          } catch {
            return false;
          }
        };
        if (result.ok) expect(strict(data)).toBe(true);
        else {
          // Everything before the offset is whole, valid text; the text stops being valid at it.
          expect(strict(data)).toBe(false);
          expect(strict(data.subarray(0, result.offset))).toBe(true);
          expect(strict(data.subarray(0, result.offset + 1))).toBe(false);
        }
      }),
    );
  });
});

describe('npm run validate-data reads bytes strictly', () => {
  const shipped = readFileSync(resolve(process.cwd(), 'data/dataset.json'));
  const run = (file: string) => {
    try {
      return { status: 0, out: execFileSync(process.execPath, ['--import', 'tsx', resolve(process.cwd(), 'scripts/validate-data.ts'), file], { encoding: 'utf8', stdio: 'pipe' }) };
    } catch (error) {
      const e = error as { status: number; stdout: string };
      return { status: e.status, out: e.stdout };
    }
  };

  it('accepts the shipped dataset with a byte-order mark, as the browser does', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bom-'));
    writeFileSync(join(dir, 'dataset.json'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), shipped]));
    const { status, out } = run(join(dir, 'dataset.json'));
    expect(status).toBe(0);
    expect(out).toContain('valid');
  }, 30_000);

  it('refuses a byte that is not UTF-8 inside a name, and says where', () => {
    const dir = mkdtempSync(join(tmpdir(), 'latin1-'));
    const at = shipped.indexOf('United States');
    const broken = Buffer.from(shipped);
    broken[at + 10] = 0xe4; // "United St\xe4tes"
    writeFileSync(join(dir, 'dataset.json'), broken);
    const { status, out } = run(join(dir, 'dataset.json'));
    expect(status).toBe(1);
    expect(out).toContain(`byte ${at + 10} is not UTF-8`);
  }, 30_000);
});
