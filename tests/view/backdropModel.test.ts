import { describe, expect, it } from 'vitest';
import {
  BACKDROP_SEED,
  buildBackdropModel,
  pointOnCurve,
  pulsesAt,
  STATIC_FRAME_MS,
} from '../../src/view/backdrop/backdropModel';

describe('title backdrop model', () => {
  const model = buildBackdropModel();

  it('is deterministic for a seed and differs between seeds', () => {
    expect(buildBackdropModel(BACKDROP_SEED)).toEqual(model);
    expect(buildBackdropModel(BACKDROP_SEED + 1).nodes).not.toEqual(model.nodes);
  });

  it('has a world-sized field of contacts, hubs and both kinds of tie', () => {
    expect(model.nodes.length).toBeGreaterThan(200);
    expect(model.nodes.length).toBeLessThan(600);
    expect(model.nodes.filter((n) => n.hub).length).toBeGreaterThan(10);
    expect(model.longLinks.length).toBeGreaterThan(10);
    expect(model.localLinks.length).toBeGreaterThan(model.nodes.length / 2);
    for (const n of model.nodes) {
      expect(n.x).toBeGreaterThanOrEqual(0);
      expect(n.x).toBeLessThanOrEqual(1);
      expect(n.y).toBeGreaterThanOrEqual(0);
      expect(n.y).toBeLessThanOrEqual(1);
    }
    expect(model.nodes[model.listeningPost].hub).toBe(true);
  });

  it('pulses are a pure function of time', () => {
    expect(pulsesAt(model, STATIC_FRAME_MS)).toEqual(pulsesAt(model, STATIC_FRAME_MS));
    expect(pulsesAt(model, STATIC_FRAME_MS + 500)).not.toEqual(pulsesAt(model, STATIC_FRAME_MS));
  });

  it('the reduced-motion frame shows messages and copies in flight', () => {
    const pulses = pulsesAt(model, STATIC_FRAME_MS);
    expect(pulses.some((p) => p.kind === 'message' && p.progress < 1)).toBe(true);
    expect(pulses.some((p) => p.kind === 'copy')).toBe(true);
    for (const p of pulses) {
      expect(p.strength).toBeGreaterThan(0);
      expect(p.strength).toBeLessThanOrEqual(1);
      expect(p.progress).toBeGreaterThanOrEqual(0);
      expect(p.progress).toBeLessThanOrEqual(1);
    }
  });

  it('copies always travel to the listening post', () => {
    for (let ms = 0; ms < 60_000; ms += 700) {
      for (const p of pulsesAt(model, ms)) if (p.kind === 'copy') expect(p.to).toBe(model.listeningPost);
    }
  });

  it('keeps traffic calm: never more than a dozen pulses at once', () => {
    for (let ms = 0; ms < 120_000; ms += 250) expect(pulsesAt(model, ms).length).toBeLessThanOrEqual(12);
  });

  it('curves start and end at their endpoints', () => {
    expect(pointOnCurve(0, 0, 10, 0, 0.3, 0)).toEqual({ x: 0, y: 0 });
    expect(pointOnCurve(0, 0, 10, 0, 0.3, 1)).toEqual({ x: 10, y: 0 });
    expect(pointOnCurve(0, 0, 10, 0, 0, 0.5)).toEqual({ x: 5, y: 0 });
  });
});
