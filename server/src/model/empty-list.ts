/**
 * The one empty list shared by the model's lists that are usually empty (an instruction's flags, heredocs and
 * pairs, a command's assignments and redirects, a script's errors…): an `[]` for each was much of a big file's
 * model. Nothing may add to it, or every such list would change at once: test/model/shared-empty.test.ts lints
 * and fixes the corpus with every rule and checks. Not frozen: on Node 20, `for…of` over a frozen array
 * allocated for every step (measured), and the rules loop over these lists all the time.
 */
export const EMPTY_LIST: never[] = [];
