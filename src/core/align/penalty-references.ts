import { normaliseProvisionNumber } from './gold.js';
import type { AnalysisUnit } from './units.js';

/**
 * Which provisions punish another by reference. Commonwealth acts often set the conduct in
 * one section and the penalty in another ("118. No person shall knowingly organize …";
 * "120. A person who contravenes section 118 is guilty of an offence and liable … to life
 * imprisonment"); French codes aggravate or punish "les infractions prévues à l'article 11".
 * The engine lets the penalty found in the referring provision complete the referred one.
 */
const REFERENCE =
  /(?:contraven\w*|in contravention of|offen[cs]e (?:under|against)|infractions? (?:prévues?|visées?|définies?) (?:à|aux|par) (?:l['’])?|peines? prévues? (?:à|aux|par) (?:l['’])?|violation de (?:l['’])?)\s*(?:sections?|articles?|s\.)\s+((?:\d+[A-Za-z]?(?:\s*\(\d+\))?)(?:\s*(?:,|and|or|et|ou|à|to)\s*\d+[A-Za-z]?(?:\s*\(\d+\))?)*)/giu;

const NUMBER = /\d+[A-Za-z]?/g;

/** For each provision (by position), the provisions that punish it by reference. */
export function penaltyReferences(
  units: readonly AnalysisUnit[],
): ReadonlyMap<number, readonly number[]> {
  const byNumber = new Map<string, number>();
  units.forEach((unit, index) =>
    byNumber.set(`${unit.ref.document}:${normaliseProvisionNumber(unit.ref.num)}`, index),
  );
  const referredBy = new Map<number, number[]>();
  units.forEach((unit, index) => {
    for (const match of unit.text.matchAll(REFERENCE)) {
      for (const number of (match[1] ?? '').replace(/\(\d+\)/g, '').matchAll(NUMBER)) {
        const target = byNumber.get(`${unit.ref.document}:${normaliseProvisionNumber(number[0])}`);
        if (target === undefined || target === index) continue;
        const list = referredBy.get(target) ?? [];
        if (!list.includes(index)) list.push(index);
        referredBy.set(target, list);
      }
    }
  });
  return referredBy;
}
