/**
 * When an autosaved draft is due: once the user pauses for `quietMs`, and never later than
 * `maxWaitMs` after the first change not yet kept, so steady typing is kept every few seconds
 * instead of only when it stops.
 */
export class DraftSchedule {
  private timer: ReturnType<typeof setTimeout> | null = null;
  private firstChangeAt: number | null = null;

  constructor(
    private readonly save: () => void,
    private readonly quietMs: number,
    private readonly maxWaitMs: number,
  ) {}

  /** Notes a change; the draft follows after a pause or at the latest by the maximum wait. */
  changed(): void {
    const now = Date.now();
    this.firstChangeAt ??= now;
    const wait = Math.min(this.quietMs, this.firstChangeAt + this.maxWaitMs - now);
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = setTimeout(
      () => {
        this.fire();
      },
      Math.max(0, wait),
    );
  }

  /** Saves now what is waiting (the window loses focus, is hidden or closes). */
  flush(): void {
    if (this.timer !== null) this.fire();
  }

  /** Forgets what is waiting without saving it (the case was saved as a version or closed). */
  cancel(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    this.firstChangeAt = null;
  }

  private fire(): void {
    this.cancel();
    this.save();
  }
}
