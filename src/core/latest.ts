/**
 * Latest request wins: the one rule for a load that a newer one may overtake (an earlier api, person or token, or an
 * adapter that answers after its signal was aborted). Each call of the function `latest()` returns begins a request
 * and returns its check, true until a newer request begins; an answer whose check is false is dropped.
 *
 *     readonly #loads = latest();
 *     const current = this.#loads();
 *     const answer = await api.load();
 *     if (!current()) return; // a newer load has begun: this answer is late
 */
export function latest(): () => () => boolean {
  let count = 0;
  return () => {
    const mine = ++count;
    return () => mine === count;
  };
}
