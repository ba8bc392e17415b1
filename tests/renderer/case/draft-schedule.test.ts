import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DraftSchedule } from '../../../renderer/src/case/draft-schedule';

describe('DraftSchedule', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('saves once the user pauses', () => {
    const save = vi.fn();
    const schedule = new DraftSchedule(save, 800, 3000);
    schedule.changed();
    vi.advanceTimersByTime(799);
    expect(save).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(save).toHaveBeenCalledTimes(1);
  });

  it('saves at least every maximum wait while the user types without pausing', () => {
    const save = vi.fn();
    const schedule = new DraftSchedule(save, 800, 3000);
    // A key every 200 ms for 7 s: a pure trailing debounce would never save.
    for (let t = 0; t < 7000; t += 200) {
      schedule.changed();
      vi.advanceTimersByTime(200);
    }
    expect(save).toHaveBeenCalledTimes(2);
    vi.advanceTimersByTime(800);
    expect(save).toHaveBeenCalledTimes(3);
  });

  it('saves what is waiting at once on flush, and nothing when nothing waits', () => {
    const save = vi.fn();
    const schedule = new DraftSchedule(save, 800, 3000);
    schedule.flush();
    expect(save).not.toHaveBeenCalled();
    schedule.changed();
    schedule.flush();
    expect(save).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(5000);
    expect(save).toHaveBeenCalledTimes(1);
  });

  it('forgets a waiting save on cancel', () => {
    const save = vi.fn();
    const schedule = new DraftSchedule(save, 800, 3000);
    schedule.changed();
    schedule.cancel();
    vi.advanceTimersByTime(5000);
    schedule.flush();
    expect(save).not.toHaveBeenCalled();
  });
});
