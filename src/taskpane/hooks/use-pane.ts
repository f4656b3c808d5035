import { createContext, createElement, useContext, type ReactNode } from 'react';
import type { Plan } from '../../core/plan/plan-types';
import type { IsoDate } from '../../core/types';
import type { WorkbookPort } from '../services/workbook-port';
import type { SettingsState } from './use-settings';

/** What every panel's hooks share: where the pane runs, the plan, the settings, and today. */
export interface Pane extends SettingsState {
  port: WorkbookPort;
  plan: Plan;
  /** The clock's day when the pane opened (the default as-of date). */
  today: IsoDate;
}

const PaneContext = createContext<Pane | null>(null);

export function PaneProvider({ value, children }: { value: Pane; children?: ReactNode }) {
  return createElement(PaneContext.Provider, { value }, children);
}

export function usePane(): Pane {
  const pane = useContext(PaneContext);
  if (!pane) throw new Error('usePane must be used inside <PaneProvider>.');
  return pane;
}
