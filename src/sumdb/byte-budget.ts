// How many bytes of work may be in flight at once, across callers: memory stays bounded when
// many large inflates start together. Pure (no I/O).

export class ByteBudget {
  #used = 0;
  #waiting: (() => void)[] = [];
  readonly #limit: number;

  constructor(limit: number) {
    this.#limit = limit;
  }

  /** Bytes admitted and not yet released. */
  get used(): number {
    return this.#used;
  }

  /**
   * Runs `work` once `bytes` fit beside what is in flight. Work larger than the whole budget
   * still runs, alone: the budget orders work, it never refuses it.
   */
  async run<T>(bytes: number, work: () => Promise<T>): Promise<T> {
    while (this.#used > 0 && this.#used + bytes > this.#limit)
      await new Promise<void>((resolve) => this.#waiting.push(resolve));
    this.#used += bytes;
    try {
      return await work();
    } finally {
      this.#used -= bytes;
      for (const wake of this.#waiting.splice(0)) wake();
    }
  }
}
