import type { PersonInput } from '../../../../shared/model';
import { foldVietnamese } from '../../../../shared/text/fold';
import { type BinhAnStore, StoreError } from '../../../db';
import { isBlankRow } from '../import/cells';
import type { ColumnMapping, ParsedParticipant, ParticipantContext } from './participant-columns';
import { parseParticipantRow } from './participant-columns';
import {
  type Candidate,
  duplicateRows,
  type MatchChoice,
  type MatchSuggestion,
  suggestMatch,
} from './participant-matching';

export type PreviewRow = ParsedParticipant & {
  match: MatchSuggestion | null;
  /** Line of an earlier row naming the same person, or null. */
  duplicateOf: number | null;
  /** The person already attends this training. */
  alreadyAttending: boolean;
};

/**
 * Parses the rows below the header and looks each distinct name up in the register (diacritic-
 * insensitive, through the store's findPeople). Reads only: nothing is written before the officer confirms.
 */
export async function previewParticipants(
  store: BinhAnStore,
  eventId: string | null,
  rows: readonly string[][],
  headerIndex: number,
  mapping: ColumnMapping,
  context: ParticipantContext,
): Promise<PreviewRow[]> {
  const parsed = rows
    .slice(headerIndex + 1)
    .map((row, offset) => ({ row, line: headerIndex + offset + 2 }))
    .filter(({ row }) => !isBlankRow(row))
    .map(({ row, line }) => parseParticipantRow(row, line, mapping, context));
  const names = [
    ...new Set(parsed.filter((row) => row.person !== null).map((row) => foldVietnamese(row.fullName))),
  ];
  const found = new Map<string, Candidate[]>();
  // Lookups run a few at a time: each is one small indexed read.
  for (let start = 0; start < names.length; start += 128) {
    const chunk = names.slice(start, start + 128);
    const results = await Promise.all(chunk.map((name) => store.programme.findPeople(name)));
    chunk.forEach((name, i) => {
      found.set(name, results[i] ?? []);
    });
  }
  const attending =
    eventId === null
      ? new Set<string>()
      : new Set(
          (await store.programme.attendances.list({ index: 'eventId', equals: eventId })).map(
            (a) => a.personId,
          ),
        );
  const duplicates = duplicateRows(
    parsed.map((row) => ({ fullName: row.fullName, unitCode: row.person === null ? null : row.unitCode })),
  );
  return parsed.map((row, index) => {
    const match =
      row.person === null
        ? null
        : suggestMatch(
            row.fullName,
            row.unitCode,
            row.unitGiven,
            found.get(foldVietnamese(row.fullName)) ?? [],
          );
    const duplicate = duplicates.get(index);
    return {
      ...row,
      match,
      duplicateOf: duplicate === undefined ? null : (parsed[duplicate]?.line ?? null),
      alreadyAttending: match !== null && match.choice !== 'new' && attending.has(match.choice),
    };
  });
}

export type ParticipantWrite = { person: PersonInput; choice: MatchChoice };
export type ImportProgress = { done: number; total: number };
export type ImportResult = { created: number; attended: number; skipped: number };

/**
 * Registers the new people, then their attendance, in batched transactions through the repositories
 * (one audit entry per batch). People who already attend the training are skipped, not doubled.
 */
export async function writeParticipants(
  store: BinhAnStore,
  eventId: string,
  writes: readonly ParticipantWrite[],
  onProgress: (progress: ImportProgress) => void = () => undefined,
  batchSize = 1000,
): Promise<ImportResult> {
  const event = await store.programme.events.get(eventId);
  if (event === undefined || event.deletedAt !== null) throw new StoreError('notFound');
  const year = Number(event.startDate.slice(0, 4));
  const attending = new Set(
    (await store.programme.attendances.list({ index: 'eventId', equals: eventId })).map((a) => a.personId),
  );
  const fresh = writes.filter((write) => write.choice === 'new');
  const total = fresh.length + writes.length;
  const newIds = await store.programme.createPeople(
    fresh.map((write) => write.person),
    { batchSize, onProgress: (done) => onProgress({ done, total }) },
  );
  let next = 0;
  const personIds = writes.map((write) => (write.choice === 'new' ? newIds[next++] : write.choice));
  const attendances: { eventId: string; personId: string; year: number }[] = [];
  for (const personId of personIds) {
    if (personId === undefined || attending.has(personId)) continue;
    attending.add(personId);
    attendances.push({ eventId, personId, year });
  }
  await store.programme.createAttendances(attendances, {
    batchSize,
    onProgress: (done) => onProgress({ done: fresh.length + done, total }),
  });
  onProgress({ done: total, total });
  return { created: fresh.length, attended: attendances.length, skipped: writes.length - attendances.length };
}
