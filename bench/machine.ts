import os from 'node:os';

/** What the figures were measured on. */
export interface MachineInfo {
  readonly cpu: string;
  readonly cores: number;
  readonly totalMemoryGB: number;
  readonly node: string;
  readonly platform: string;
  /** 1-minute load average when the run started: above ~1 on this 2-core machine, figures are inflated. */
  readonly loadAverage1m: number;
}

export function machineInfo(): MachineInfo {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    cores: cpus.length,
    totalMemoryGB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    platform: `${process.platform}-${process.arch}`,
    loadAverage1m: Math.round(os.loadavg()[0] * 100) / 100,
  };
}
