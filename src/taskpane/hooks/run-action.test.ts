import { outcomeOf, type Outcome } from '../services/outcome';
import { idle, running, runAction, type ActionLane, type RunEvent, type Running } from './run-action';

/** A lane that records what the action said, in order. */
function recordingLane(): { lane: ActionLane; said: string[]; outcomes: Outcome[] } {
  const said: string[] = [];
  const outcomes: Outcome[] = [];
  const lane: ActionLane = {
    begin: () => said.push('begin'),
    report: (o) => {
      said.push(`report:${o.intent}`);
      outcomes.push(o);
    },
    end: () => said.push('end'),
  };
  return { lane, said, outcomes };
}

const done = outcomeOf('success', { vi: 'Xong', en: 'Done' });
const failedWith = (detail: string) => outcomeOf('error', { vi: `Lỗi ${detail}`, en: `Failed ${detail}` });

describe('runAction', () => {
  it.each<[string, () => Promise<Outcome | undefined>, string[]]>([
    ['an outcome', () => Promise.resolve(done), ['begin', 'report:success', 'end']],
    ['no outcome', () => Promise.resolve(undefined), ['begin', 'end']],
    ['a thrown Error', () => Promise.reject(new Error('boom')), ['begin', 'report:error', 'end']],
    ['a thrown string', () => Promise.reject('boom'), ['begin', 'report:error', 'end']],
    [
      'a throw before the first await',
      () => {
        throw new Error('boom');
      },
      ['begin', 'report:error', 'end'],
    ],
  ])('work that gives %s: busy is cleared last, and the call never rejects', async (_, work, expected) => {
    const { lane, said } = recordingLane();
    await expect(runAction(lane, work)).resolves.toBeUndefined();
    expect(said).toEqual(expected);
  });

  it('says an unexpected exception with its detail, in both languages', async () => {
    const { lane, outcomes } = recordingLane();
    await runAction(lane, () => Promise.reject(new Error('disk full')));
    expect(outcomes).toHaveLength(1);
    expect(outcomes[0]?.intent).toBe('error');
    expect(outcomes[0]?.message.vi).toContain('disk full');
    expect(outcomes[0]?.message.en).toContain('disk full');
  });

  it("uses the action's own failure message when it has one", async () => {
    const { lane, outcomes } = recordingLane();
    await runAction(lane, () => Promise.reject(new Error('quota')), failedWith);
    expect(outcomes).toEqual([failedWith('quota')]);
  });
});

describe('running (the busy and outcome part of every reducer)', () => {
  const shown: Running<'save'> = { busy: null, outcome: done };
  it.each<[string, Running<'save'>, RunEvent<'save'>, Running<'save'>]>([
    [
      'begin marks busy and clears the outcome',
      shown,
      { type: 'begin', busy: 'save' },
      { busy: 'save', outcome: undefined },
    ],
    [
      'report keeps busy',
      { busy: 'save', outcome: undefined },
      { type: 'report', outcome: done },
      { busy: 'save', outcome: done },
    ],
    [
      'report of nothing clears the outcome',
      shown,
      { type: 'report', outcome: undefined },
      { busy: null, outcome: undefined },
    ],
    ['end clears busy and keeps the outcome', { busy: 'save', outcome: done }, { type: 'end' }, shown],
    ['end when idle changes nothing', idle(), { type: 'end' }, idle()],
  ])('%s', (_, before, event, after) => {
    expect(running(before, event)).toEqual(after);
  });
});
