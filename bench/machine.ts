import os from 'node:os';

/** The machine a run measured, stored beside the numbers (timings mean little without it). */
export interface MachineInfo {
  cpus: number;
  cpuModel: string;
  memoryBytes: number;
  node: string;
  platform: string;
}

export function machineInfo(): MachineInfo {
  const cpus = os.cpus();
  return {
    cpus: cpus.length,
    cpuModel: cpus[0]?.model.trim() ?? 'unknown',
    memoryBytes: os.totalmem(),
    node: process.version,
    platform: `${os.platform()} ${os.release()} ${os.arch()}`,
  };
}

/** The 1, 5 and 15 minute load averages, rounded (other processes make timings noisy). */
export const loadAverage = (): number[] => os.loadavg().map((x) => Math.round(x * 100) / 100);
