/**
 * One async iterator over the values of several, in the order they arrive. Each source is asked
 * for its next value only once the previous one was handed out, so nothing is lost or read ahead
 * more than one value per source. `return()` ends every source.
 */
export function mergeIterators<T>(sources: ReadonlyArray<AsyncIterator<T>>): AsyncIterableIterator<T> {
  const pending = new Map<number, Promise<{ index: number; result: IteratorResult<T> }>>();
  const open = new Set(sources.keys());
  const ask = (index: number): void => {
    if (!pending.has(index) && open.has(index))
      pending.set(
        index,
        sources[index]!.next().then((result) => ({ index, result })),
      );
  };
  const merged: AsyncIterableIterator<T> = {
    async next(): Promise<IteratorResult<T>> {
      while (open.size > 0) {
        for (const index of open) ask(index);
        const { index, result } = await Promise.race(pending.values());
        pending.delete(index);
        if (!result.done) return { done: false, value: result.value };
        open.delete(index);
      }
      return { done: true, value: undefined };
    },
    async return(): Promise<IteratorResult<T>> {
      open.clear();
      pending.clear();
      await Promise.all(sources.map((source) => source.return?.()));
      return { done: true, value: undefined };
    },
    [Symbol.asyncIterator]() {
      return merged;
    },
  };
  return merged;
}
