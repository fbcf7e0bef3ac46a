/*
 * The teachers' pages in Node: the editor's preview run (the historical strategy over the whole
 * scenario), the share link of an edited classroom scenario and its QR code, and class review
 * replaying 30 handed-in classroom results. Run alone with `npx tsx bench/teacherBench.ts`.
 */

import { pathToFileURL } from 'node:url';
import { create } from 'qrcode';
import { BUILT_IN_SCENARIOS, handsetCurve, POLICIES, runPolicy } from '../src/sim';
import { addAllToReview, EMPTY_REVIEW } from '../src/store/classReview';
import { encodeResultCode, makeResult } from '../src/store/resultFile';
import { scenarioLinkHash } from '../src/store/scenarioLink';
import { weekThree } from '../tests/support/weekThree';
import { summarize, timeCalls } from './stats';

const CLASS_SIZE = 30;

export function teacherBenchmarks(): Record<string, number> {
  const { classroom } = BUILT_IN_SCENARIOS;
  const fullScale = BUILT_IN_SCENARIOS['full-scale'];
  const previewClassroom = summarize(timeCalls(() => handsetCurve(classroom, 1).handsets.length, 5, 1));
  const previewFullScale = summarize(timeCalls(() => handsetCurve(fullScale, 1).handsets.length, 5, 1));

  const link = `https://example.org/backchannel/${scenarioLinkHash(weekThree)}`;
  const qrModules = create(link, { errorCorrectionLevel: 'M' }).modules.size;

  const codes = Array.from({ length: CLASS_SIZE }, (_, i) => {
    const run = runPolicy(classroom, 100 + i, POLICIES.historical({ takedownDay: 500 + 10 * i }));
    return encodeResultCode(makeResult(classroom, 100 + i, run.commands, run.state, `Student ${i + 1}`));
  });
  const inputs = codes.map((text, i) => ({ source: `pasted code ${i + 1}`, text }));
  const review = summarize(timeCalls(() => addAllToReview(EMPTY_REVIEW, inputs).rows.length, 3, 0));

  return {
    'editor.previewMs.classroom': previewClassroom.median,
    'editor.previewMs.fullScale': previewFullScale.median,
    'link.chars': link.length,
    'link.qrModules': qrModules,
    'review.replayMsPerResult': review.median / CLASS_SIZE,
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.stdout.write(`${JSON.stringify(teacherBenchmarks(), null, 2)}\n`);
}
