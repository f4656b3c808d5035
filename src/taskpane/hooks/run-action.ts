import { outcomeOf, type Outcome } from '../services/outcome';
import { textOf } from '../services/text-of';

/** What is running (one of the panel's busy names, or null) and how the last action ended. */
export interface Running<B> {
  busy: B | null;
  outcome: Outcome | undefined;
}

/** The three moments of an action, as reducer actions: begun (outcome cleared), reported, ended. */
export type RunEvent<B> =
  { type: 'begin'; busy: B } | { type: 'report'; outcome: Outcome | undefined } | { type: 'end' };

export const idle = <B>(): Running<B> => ({ busy: null, outcome: undefined });

/** The part of every panel's reducer that follows its actions' busy name and outcome. */
export function running<B>(state: Running<B>, event: RunEvent<B>): Running<B> {
  switch (event.type) {
    case 'begin':
      return { busy: event.busy, outcome: undefined };
    case 'report':
      return { ...state, outcome: event.outcome };
    case 'end':
      return { ...state, busy: null };
  }
}

/** Where an action shows that it runs and how it ended; each hook wires these to its reducer. */
export interface ActionLane {
  /** Marks the action busy and clears the outcome it reports to. */
  begin(): void;
  report(outcome: Outcome): void;
  /** Clears busy. */
  end(): void;
}

/** The lane of an action named `busy`, through `send` (a dispatch that wraps the event). */
export function laneOf<B>(send: (event: RunEvent<B>) => void, busy: B): ActionLane {
  return {
    begin: () => send({ type: 'begin', busy }),
    report: (outcome) => send({ type: 'report', outcome }),
    end: () => send({ type: 'end' }),
  };
}

/** The message of whatever was thrown. */
export const errorDetail = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/** An exception no action expected: said with its detail, so the user can report it. */
export const unexpectedOutcome = (detail: string): Outcome =>
  outcomeOf(
    'error',
    textOf((c) => c.errors.unexpected(detail)),
  );

/**
 * The one shape of a pane action: busy, the outcome cleared, the work, busy cleared whatever happened.
 * The work returns the outcome to show, or undefined when there is none (or it reported itself). An
 * exception becomes the outcome `failed` makes of its detail, never an unhandled rejection: the
 * components call actions with `void`, so a rejection would reach no one.
 */
export async function runAction(
  lane: ActionLane,
  work: () => Promise<Outcome | undefined>,
  failed: (detail: string) => Outcome = unexpectedOutcome,
): Promise<void> {
  lane.begin();
  try {
    const outcome = await work();
    if (outcome) lane.report(outcome);
  } catch (e) {
    lane.report(failed(errorDetail(e)));
  } finally {
    lane.end();
  }
}
