import { describe, expect, it } from 'vitest';

describe('unit test limits', () => {
  it('gives every test a wall-clock limit, so a hung test fails CI instead of hanging it', ({ task }) => {
    expect(task.timeout).toBeGreaterThan(0);
    // Generous: the slowest tests (calibration's timing sweep, ~10 s alone) fit many times over.
    expect(task.timeout).toBeGreaterThanOrEqual(60_000);
  });
});
