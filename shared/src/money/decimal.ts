/**
 * Exact decimal numbers as a bigint coefficient and a base-10 scale: value = units / 10^scale.
 *
 * Why not a library: prices must never pass through binary floating point, quantities can be as
 * large as 4,294,967,296 × a price (decimal.js rounds silently at 20 significant digits), and the
 * configurator prices on every keystroke, so the engine needs exact and fast arithmetic. Only
 * addition, subtraction, multiplication, division by powers of ten and one rounding rule are needed,
 * which fixed point on bigint does exactly.
 */
export class Decimal {
  static readonly ZERO = new Decimal(0n, 0);
  static readonly ONE = new Decimal(1n, 0);
  static readonly HUNDRED = new Decimal(100n, 0);

  private constructor(
    /** The coefficient: the value times 10^scale. */
    readonly units: bigint,
    /** Number of digits after the decimal point (≥ 0). */
    readonly scale: number,
  ) {}

  /**
   * Parses a plain decimal string: optional leading minus, digits, optional point and digits
   * ("12", "0.25", "-3.5"). No exponent, plus sign, spaces or thousands separators.
   * @throws DecimalFormatError when the text is not such a string.
   */
  static parse(text: string): Decimal {
    const match = PLAIN_DECIMAL.exec(text);
    if (!match) throw new DecimalFormatError(text);
    const [, sign, whole, fraction = ''] = match;
    const units = BigInt(whole + fraction);
    return new Decimal(sign ? -units : units, fraction.length);
  }

  /** True when `text` is a plain decimal string that {@link Decimal.parse} accepts. */
  static isPlain(text: unknown): text is string {
    return typeof text === 'string' && PLAIN_DECIMAL.test(text);
  }

  /** A whole number. */
  static of(value: bigint | number): Decimal {
    if (typeof value === 'number' && !Number.isSafeInteger(value)) {
      throw new RangeError(`Decimal.of needs a safe integer, got ${value}`);
    }
    return new Decimal(BigInt(value), 0);
  }

  /** Builds a value from its coefficient and scale: fromUnits(12345n, 2) is 123.45. */
  static fromUnits(units: bigint, scale: number): Decimal {
    if (!Number.isInteger(scale) || scale < 0) throw new RangeError(`bad scale ${scale}`);
    return new Decimal(units, scale);
  }

  /** Digits after the point of `text` as written ("1.50" → 2). */
  static fractionDigits(text: string): number {
    const point = text.indexOf('.');
    return point < 0 ? 0 : text.length - point - 1;
  }

  plus(other: Decimal): Decimal {
    if (this.scale === other.scale) return new Decimal(this.units + other.units, this.scale);
    const [a, b, scale] = align(this, other);
    return new Decimal(a + b, scale);
  }

  minus(other: Decimal): Decimal {
    if (this.scale === other.scale) return new Decimal(this.units - other.units, this.scale);
    const [a, b, scale] = align(this, other);
    return new Decimal(a - b, scale);
  }

  times(other: Decimal): Decimal {
    return new Decimal(this.units * other.units, this.scale + other.scale);
  }

  /** Exact division by 10^power (a percentage p is p.divideByPowerOfTen(2)). */
  divideByPowerOfTen(power: number): Decimal {
    return new Decimal(this.units, this.scale + power);
  }

  compare(other: Decimal): -1 | 0 | 1 {
    // Same scale (the common case in pricing): compare coefficients without aligning.
    if (this.scale === other.scale) return order(this.units, other.units);
    const [a, b] = align(this, other);
    return order(a, b);
  }

  eq(other: Decimal): boolean {
    return this.compare(other) === 0;
  }

  lt(other: Decimal): boolean {
    return this.compare(other) < 0;
  }

  lte(other: Decimal): boolean {
    return this.compare(other) <= 0;
  }

  gt(other: Decimal): boolean {
    return this.compare(other) > 0;
  }

  gte(other: Decimal): boolean {
    return this.compare(other) >= 0;
  }

  max(other: Decimal): Decimal {
    return this.gte(other) ? this : other;
  }

  min(other: Decimal): Decimal {
    return this.lte(other) ? this : other;
  }

  isZero(): boolean {
    return this.units === 0n;
  }

  isNegative(): boolean {
    return this.units < 0n;
  }

  /** True when the value has no fractional part ("5.0" is whole). */
  isInteger(): boolean {
    return this.units % powerOfTen(this.scale) === 0n;
  }

  /**
   * Rounds half up — away from zero on a tie — to `digits` fraction digits (DESIGN: the only
   * rounding in pricing, at the line amount, to the currency's minor unit).
   */
  roundHalfUp(digits: number): Decimal {
    if (digits >= this.scale) return this.rescale(digits);
    const shift = this.scale - digits;
    const divisor = powerOfTen(shift);
    // Adding half the divisor (exact: 10^shift is even for shift ≥ 1) before truncating rounds a tie
    // away from zero in two bigint operations (this runs once per priced line, on every keystroke).
    const half = halfPowerOfTen(shift);
    const units = this.units < 0n ? -((half - this.units) / divisor) : (this.units + half) / divisor;
    return new Decimal(units, digits);
  }

  /** The same value written with exactly `digits` fraction digits; refuses to drop non-zero digits. */
  rescale(digits: number): Decimal {
    if (digits === this.scale) return this;
    if (digits > this.scale) return new Decimal(this.units * powerOfTen(digits - this.scale), digits);
    const reduced = this.normalize();
    if (reduced.scale > digits) throw new RangeError(`${this.toString()} has more than ${digits} decimals`);
    return reduced.rescale(digits);
  }

  /** The same value without trailing fractional zeros ("1.500" → "1.5", "2.00" → "2"). */
  normalize(): Decimal {
    let { units, scale } = this;
    while (scale > 0 && units % 10n === 0n) {
      units /= 10n;
      scale -= 1;
    }
    return scale === this.scale ? this : new Decimal(units, scale);
  }

  /** Rounds half up to `digits` and writes exactly that many fraction digits ("1234.50"). */
  format(digits: number): string {
    return this.roundHalfUp(digits).toString();
  }

  /** Plain decimal text with the value's own scale ("0.25", "-3", "1000.00"). */
  toString(): string {
    const negative = this.units < 0n;
    let digits = (negative ? -this.units : this.units).toString();
    if (this.scale > 0) {
      // Pricing writes tens of these per configuration: one slice on each side of the point, no padding
      // unless the value is below 1.
      if (digits.length <= this.scale) digits = '0'.repeat(this.scale + 1 - digits.length) + digits;
      const point = digits.length - this.scale;
      digits = `${digits.slice(0, point)}.${digits.slice(point)}`;
    }
    return negative ? `-${digits}` : digits;
  }

  toJSON(): string {
    return this.toString();
  }
}

/** Thrown by {@link Decimal.parse} for text that is not a plain decimal. */
export class DecimalFormatError extends Error {
  constructor(readonly text: string) {
    super(`"${text}" is not a plain decimal number`);
    this.name = 'DecimalFormatError';
  }
}

const PLAIN_DECIMAL = /^(-)?(\d+)(?:\.(\d+))?$/;

function order(a: bigint, b: bigint): -1 | 0 | 1 {
  return a < b ? -1 : a > b ? 1 : 0;
}

function align(a: Decimal, b: Decimal): [bigint, bigint, number] {
  if (a.scale === b.scale) return [a.units, b.units, a.scale];
  if (a.scale > b.scale) return [a.units, b.units * powerOfTen(a.scale - b.scale), a.scale];
  return [a.units * powerOfTen(b.scale - a.scale), b.units, b.scale];
}

/** 10^0 … 10^40, computed once: pricing scales stay well inside, and bigint powers allocate. */
const POWERS_OF_TEN: readonly bigint[] = Array.from({ length: 41 }, (_, n) => 10n ** BigInt(n));

function powerOfTen(exponent: number): bigint {
  return exponent < POWERS_OF_TEN.length ? POWERS_OF_TEN[exponent] : 10n ** BigInt(exponent);
}

/** 10^n / 2 for n ≥ 1. */
const HALF_POWERS_OF_TEN: readonly bigint[] = POWERS_OF_TEN.map((power) => power / 2n);

function halfPowerOfTen(exponent: number): bigint {
  return exponent < HALF_POWERS_OF_TEN.length ? HALF_POWERS_OF_TEN[exponent] : powerOfTen(exponent) / 2n;
}
