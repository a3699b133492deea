/**
 * Partial quotations inside indirect speech: a quoted fragment that continues the reported clause
 * of a cue before it is part of that clause ("Kim said the country “will join international
 * efforts”", "Dermer said Netanyahu “exposed the fangs …”"), not a direct quotation of its own. Read by the direct-quotation stage (`direct.ts`), which then leaves the
 * quotation to indirect speech, where it is the partial quote of the reported content.
 */
import type { Token } from '../../doc/build-doc';
import type { Cue } from './cues';
import { timeWord } from './phrases';
import type { Sources } from './source';
import { tensedVerb } from './verb-forms';

/**
 * A cue whose object comes before a quotation of its own: an addressee ("told reporters “…”"), a
 * named thing ("called the plan “…”") or a characterised one ("described it as “…”").
 */
function objectTaker(s: Sources, cue: Cue): boolean {
  const { words } = s.ix;
  return words.addresseeCues.has(cue.lemma) || words.namingCues.has(cue.lemma) || words.characterisingVerbs.has(cue.lemma);
}

/** A quotation whose first word is lower case, or a verb or auxiliary: it continues a clause. */
function fragmentStart(first: Token | undefined): boolean {
  return first !== undefined && first.isWord && (!first.capitalised || first.pos === 'AUX' || first.pos === 'VERB');
}

/**
 * True when the quotation opening at token `open` is the rest of a clause whose subject stands
 * between the cue and the quotation: 'said the country “will join …”', 'said the plan “is
 * dead”'. Not after a cue whose object is its addressee ('told reporters “…”'), a naming or
 * characterising verb ('called the plan “dead on arrival”', 'described it as “…”'), nor after a
 * time or prepositional phrase ('said on Tuesday “…”'), nor when a comma or colon comes first.
 *
 * @example
 * ```ts
 * clauseFragment(s, said, 4); // true in 'Kim said the country "will join international efforts"'
 * ```
 */
export function clauseFragment(s: Sources, cue: Cue, open: number): boolean {
  const { tokens, words } = s.ix;
  if (!fragmentStart(tokens[open + 1]) || cue.nominal === true || cue.verbClass === 'punctuation') return false;
  if (objectTaker(s, cue)) return false;
  const first = tokens[cue.to];
  if (first === undefined || cue.to >= open || first.pos === 'ADP' || timeWord(first, words)) return false;
  let subject = false;
  for (let k = cue.to; k < open; k += 1) {
    const t = tokens[k];
    if (t === undefined || t.value === ',' || t.value === ':' || t.pos === 'ADP') return false;
    if (t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'PRON') subject = true;
  }
  return subject;
}

/**
 * True when the quotation over tokens `[open, close)` right after the cue is the subject of the
 * reported clause: it opens in lower case and a verb follows its closing mark ('said “thousands of
 * our supporters” will “very definitely be making our voices heard”'). Not after an addressee,
 * naming or characterising cue ('called it “a disaster” that …').
 *
 * @example
 * ```ts
 * quotedSubject(s, said, 3, 8); // true in 'Allen said "thousands of our supporters" will march'
 * ```
 */
export function quotedSubject(s: Sources, cue: Cue, open: number, close: number): boolean {
  const { tokens } = s.ix;
  const first = tokens[open + 1];
  if (first === undefined || !first.isWord || first.capitalised || cue.nominal === true || cue.verbClass === 'punctuation' || open !== cue.to) return false;
  if (objectTaker(s, cue)) return false;
  const after = tokens[close];
  return after?.sentence === first.sentence && tensedVerb(after);
}
