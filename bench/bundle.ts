/**
 * `npm run bench -- bundle`: a complaint plus a 40-page scanned PDF (A4 at 100 DPI, one JPEG a
 * page) and a 12-megapixel phone photo resampled to 150 DPI — time (p50 of 5 runs after a warm
 * one) and size of each bundle. Same generated inputs as test/bundle.
 */
import { readFileSync } from 'node:fs';
import { buildBundle, type AnnexInput } from '../main/bundle/index.ts';
import { loadFontBytes } from '../main/fonts.ts';
import { getServices } from '../main/services.ts';
import { makeJpeg, makeScannedPdf } from '../test/bundle/fixtures.ts';

async function time(run: () => Promise<Uint8Array>): Promise<{ p50: number; size: number }> {
  let size = (await run()).length; // warm
  const ms: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t = performance.now();
    size = (await run()).length;
    ms.push(performance.now() - t);
  }
  ms.sort((a, b) => a - b);
  return { p50: ms[2] as number, size };
}

export async function runBundleBench(json: boolean): Promise<number> {
  const fonts = loadFontBytes();
  const answers = JSON.parse(
    readFileSync('templates/supreme-court-complaint/samples/complex.json', 'utf8'),
  ) as unknown;
  const filing = (
    await getServices().engine.render(
      { templateId: 'supreme-court-complaint', answers, lang: 'ru', today: '2026-11-20' },
      'pdf',
    )
  ).bytes;
  const scan = await makeScannedPdf(40);
  const photo = makeJpeg(4000, 3000, 85);
  const bundle = (annexes: AnnexInput[]) => () =>
    buildBundle({ filing, lang: 'ru', fonts, annexes, index: true, dpi: 150 }).then((r) => r.bytes);
  const scanRun = await time(
    bundle([{ number: 3, title: 'Скан', statedPages: 40, mime: 'application/pdf', bytes: scan }]),
  );
  const photoRun = await time(
    bundle([{ number: 3, title: 'Фото', statedPages: 1, mime: 'image/jpeg', bytes: photo }]),
  );
  const mb = (n: number): string => (n / 1024 / 1024).toFixed(2);
  const result = {
    filingBytes: filing.length,
    scan40: { inputBytes: scan.length, ms: Math.round(scanRun.p50), bytes: scanRun.size },
    photo12mp: { inputBytes: photo.length, ms: Math.round(photoRun.p50), bytes: photoRun.size },
  };
  if (json) process.stdout.write(`${JSON.stringify(result)}\n`);
  else {
    process.stdout.write(
      `40-page scan (${mb(scan.length)} MB in): ${result.scan40.ms} ms p50, bundle ${mb(scanRun.size)} MB\n`,
    );
    process.stdout.write(
      `12 MP photo (${mb(photo.length)} MB in) at 150 DPI: ${result.photo12mp.ms} ms p50, bundle ${mb(photoRun.size)} MB\n`,
    );
  }
  return 0;
}
