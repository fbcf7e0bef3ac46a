/** The game's sound cues, synthesised with Web Audio at run time: no audio files to fetch. */
export type Cue = 'alert' | 'country' | 'takedown';

interface Note {
  /** Seconds after the cue starts. */
  at: number;
  hz: number;
  /** Seconds the note lasts (it fades out over that time). */
  length: number;
  wave: OscillatorType;
  volume: number;
}

const cues: Record<Cue, Note[]> = {
  // Two quick falling beeps: something needs you.
  alert: [
    { at: 0, hz: 880, length: 0.14, wave: 'square', volume: 0.08 },
    { at: 0.18, hz: 660, length: 0.2, wave: 'square', volume: 0.08 },
  ],
  // A soft rising pair: the handset reached a new country.
  country: [
    { at: 0, hz: 523.25, length: 0.22, wave: 'sine', volume: 0.12 },
    { at: 0.1, hz: 783.99, length: 0.32, wave: 'sine', volume: 0.1 },
  ],
  // A low thud under a major chord: the day of action.
  takedown: [
    { at: 0, hz: 98, length: 0.6, wave: 'triangle', volume: 0.25 },
    { at: 0.05, hz: 392, length: 0.9, wave: 'sine', volume: 0.07 },
    { at: 0.05, hz: 493.88, length: 0.9, wave: 'sine', volume: 0.06 },
    { at: 0.05, hz: 587.33, length: 0.9, wave: 'sine', volume: 0.06 },
  ],
};

/**
 * Returns a player for the cues. The AudioContext is made on the first cue (by then the player
 * has pressed something, which browsers require before sound).
 */
export function createCuePlayer(): (cue: Cue) => void {
  let context: AudioContext | null = null;
  return (cue) => {
    context ??= new AudioContext();
    const ctx = context;
    if (ctx.state === 'suspended') void ctx.resume();
    const start = ctx.currentTime + 0.02;
    for (const note of cues[cue]) {
      const oscillator = ctx.createOscillator();
      const gain = ctx.createGain();
      oscillator.type = note.wave;
      oscillator.frequency.value = note.hz;
      const t0 = start + note.at;
      gain.gain.setValueAtTime(0.0001, t0);
      gain.gain.exponentialRampToValueAtTime(note.volume, t0 + 0.01);
      gain.gain.exponentialRampToValueAtTime(0.0001, t0 + note.length);
      oscillator.connect(gain).connect(ctx.destination);
      oscillator.start(t0);
      oscillator.stop(t0 + note.length + 0.02);
    }
  };
}
