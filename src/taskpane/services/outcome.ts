import type { Finding, Text } from '../../core/types';

/** What an action ended with, for a message bar: a sentence, and the findings behind it. */
export interface Outcome {
  intent: 'success' | 'info' | 'warning' | 'error';
  message: Text;
  details: Finding[];
}

export const outcomeOf = (intent: Outcome['intent'], message: Text, details: Finding[] = []): Outcome => ({
  intent,
  message,
  details,
});

/** A failed result's findings as an error outcome under `message`. */
export function failureOutcome(message: Text, findings: readonly Finding[]): Outcome {
  return { intent: 'error', message, details: [...findings] };
}
