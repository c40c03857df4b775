/** A one-line progress bar on a terminal (stderr): count, rate, ETA. */

export interface ProgressState {
  /** Records handled so far (stored, unchanged or rejected). */
  records: number;
  /** Input bytes behind those records, of `totalBytes`. */
  bytes: number;
}

function clock(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return '--:--';
  const s = Math.round(seconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

export class ProgressBar {
  private readonly started = performance.now();
  private last = 0;
  private shown = false;

  constructor(
    private readonly out: NodeJS.WriteStream,
    private readonly totalBytes: number,
  ) {}

  /** The line for a state (exported for tests). */
  line(st: ProgressState, now = performance.now()): string {
    const secs = (now - this.started) / 1000;
    const frac = this.totalBytes > 0 ? Math.min(1, st.bytes / this.totalBytes) : 0;
    const width = 24;
    const full = Math.round(frac * width);
    const rate = secs > 0 ? st.records / secs : 0;
    const eta = frac > 0 && frac < 1 ? (secs * (1 - frac)) / frac : frac >= 1 ? 0 : NaN;
    return `ingest [${'#'.repeat(full)}${'.'.repeat(width - full)}] ${(frac * 100).toFixed(0).padStart(3)}%  ${st.records.toLocaleString('en-US')} records  ${rate.toFixed(0)}/s  ETA ${clock(eta)}`;
  }

  update(st: ProgressState, force = false): void {
    const now = performance.now();
    if (!force && now - this.last < 100) return;
    this.last = now;
    this.shown = true;
    this.out.write(`\r${this.line(st, now)}\u001b[K`);
  }

  /** Clear the line (the summary follows). */
  done(): void {
    if (this.shown) this.out.write('\r\u001b[K');
  }
}
