/** One face's metrics in font units: what text measurement needs and nothing else. */
export interface FaceMetrics {
  readonly unitsPerEm: number;
  readonly ascent: number;
  readonly descent: number;
  /** Width used for a character the table does not list (that of "n"). */
  readonly fallback: number;
  /** Advance widths, in the order of `MEASURED_CHARACTERS`. */
  readonly widths: readonly number[];
}
